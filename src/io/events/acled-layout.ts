import type { DuckDBConnection } from "@duckdb/node-api";
import { acledInterLabels } from "../../core/events/acled.ts";

/**
 * How an ACLED row was written, as one small number stored with the row (`events.layout_code`) by the fast
 * path's INSERT, so that the import's layout notes are counted from the rows just written instead of from a
 * second read of the file. With inter = 0 (empty), 1 (numeric pre-2024 code), 2 (2024+ text label) and date
 * form = 0 (empty), 1 (ISO), 2 (day month year), 3 (dd/mm/yyyy), 4 (yyyymmdd):
 *   code = inter1 + 3·inter2 + 9·date form + 45·("Demostrations" (sic) in disorder_type).
 * The shapes are those createAcledMapper counts (src/core/events/acled.ts); the SQL reads the mapped values
 * of acled-sql.ts (`v_*` trimmed text, `n_v_inter*` all digits).
 */
const interCode = (c: string) => `CASE WHEN ${c} IS NULL THEN 0 WHEN n_${c} THEN 1 ELSE 2 END`;
export const acledLayoutCodeSql = `(${interCode("v_inter1")} + 3 * ${interCode("v_inter2")}
  + 9 * CASE WHEN v_date IS NULL THEN 0 WHEN regexp_matches(v_date, '^\\d{4}-') THEN 1
    WHEN regexp_full_match(v_date, '\\d{8}') THEN 4 WHEN contains(v_date, '/') THEN 3 ELSE 2 END
  + 45 * CASE WHEN contains(v_disorder, 'Demostrations') THEN 1 ELSE 0 END)::UTINYINT`;

/**
 * The layout notes of one import from its rows' codes (every parsed record, the rejected ones included,
 * so call it before they are deleted), the zero-fatality count, and the actor-type labels that are neither
 * codes nor ACLED's labels (inter1's sorted, then inter2's not among them).
 */
export async function acledLayoutNotes(connection: DuckDBConnection, importId: number): Promise<string[]> {
  const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS();
  const mine = `import_id = ${importId}`;
  let numeric = 0;
  let textual = 0;
  let demo = 0;
  const forms = [0, 0, 0, 0, 0];
  for (const [codeValue, countValue] of await read(
    `SELECT layout_code, count(*) FROM events WHERE ${mine} GROUP BY layout_code`,
  )) {
    const code = Number(codeValue);
    const count = Number(countValue);
    for (const inter of [code % 3, Math.floor(code / 3) % 3]) {
      if (inter === 1) numeric += count;
      if (inter === 2) textual += count;
    }
    const form = Math.floor(code / 9) % 5;
    forms[form] = (forms[form] ?? 0) + count;
    if (code >= 45) demo += count;
  }
  const known = Object.values(acledInterLabels)
    .map((l) => `'${l.replaceAll("'", "''")}'`)
    .join(", ");
  const unknownOf = async (column: string, inter: string) =>
    (
      await read(`SELECT DISTINCT ${column} FROM events WHERE ${mine} AND ${inter} = 2
        AND ${column} NOT IN (${known}) ORDER BY ${column}`)
    ).map(([label]) => String(label));
  const unknown1 = await unknownOf("actor_a_type", "layout_code % 3");
  const unknown2 = await unknownOf("actor_b_type", "layout_code // 3 % 3");
  const unknown = [...unknown1, ...unknown2.filter((l) => !unknown1.includes(l))];
  const [[zero]] = (await read(`SELECT count(*) FROM events WHERE ${mine} AND fatalities_best = 0`)) as [
    [bigint],
  ];

  const notes: string[] = [];
  const layouts: string[] = [];
  if (numeric) layouts.push(`numeric pre-2024 codes (${numeric} values)`);
  if (textual) layouts.push(`2024+ text labels (${textual} values)`);
  if (layouts.length > 0) notes.push(`inter1/inter2: ${layouts.join(" and ")}`);
  if (unknown.length > 0) notes.push(`unrecognised actor-type labels: ${unknown.join(", ")}`);
  const named = ["iso", "day-month-year", "dd/mm/yyyy", "yyyymmdd"]
    .map((form, i) => [form, forms[i + 1] ?? 0] as const)
    .filter(([, n]) => n > 0);
  if (named.length > 0) notes.push(`event_date forms: ${named.map(([f, n]) => `${f} (${n})`).join(", ")}`);
  if (demo) notes.push(`"Demostrations" (sic) spelling in disorder_type: ${demo} rows`);
  if (Number(zero)) notes.push(`fatalities = 0 on ${zero} rows (ACLED: zero or unknown)`);
  return notes;
}
