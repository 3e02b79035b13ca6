import type { DuckDBConnection } from "@duckdb/node-api";
import { acledHeaderNotes, acledInterLabels } from "../../core/events/acled.ts";
import { acledMacroSql, acledRejectsTable, acledStageSql } from "./acled-sql.ts";
import { readDelimited } from "./read-delimited.ts";

export type FastStageResult = {
  /** Records DuckDB read (good and bad, not counting malformed ones it rejected). */
  rows: number;
  /** Malformed CSV records DuckDB rejected, with their lines. */
  rejects: { line: number; reason: string }[];
  notes: string[];
  /** SQL for the line of a staged row from its ordinal `ord` (the stage's rowid). */
  lineSql: string;
  /** The physical line of staged row `ord`, for reports. */
  lineOf(ords: readonly number[]): Promise<Map<number, number>>;
};

/** Stages an ACLED CSV through DuckDB's read_csv and the SQL mapping of acled-sql.ts. */
export async function stageAcledFast(
  connection: DuckDBConnection,
  file: string,
  header: readonly string[],
): Promise<FastStageResult> {
  await connection.run(`DROP TABLE IF EXISTS ${acledRejectsTable}; DROP TABLE IF EXISTS ev_reject_scans`);
  await connection.run(acledMacroSql);
  await connection.run(acledStageSql(file, header));
  const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS();

  const rejectRows = await read(`SELECT line, arg_min(error_type || ': ' || error_message, column_idx)
    FROM ${acledRejectsTable} GROUP BY line ORDER BY line`);
  // DuckDB numbers rejected records by record (header = 1), which equals the physical line unless a quoted
  // field spans lines before it; those are corrected below.
  const rejectLines = rejectRows.map(([line]) => Number(line));
  const [[rows, multiline]] = (await read(
    "SELECT count(*), count(*) FILTER (WHERE contains(raw, '\\n')) FROM stage",
  )) as [[bigint, bigint]];

  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ev_reject_pos AS SELECT unnest(?::BIGINT[]) AS record_line`.replace(
      "?",
      `[${rejectLines.join(",")}]`,
    ),
  );
  // Record line of staged row k: k + 2 (header, 1-based) plus the rejected records before it. Rejected
  // record i (0-based, sorted) sits after (line_i − 2 − i) staged rows.
  const recordLineOf = (ord: number) => {
    let line = ord + 2;
    for (const r of rejectLines) if (r <= line) line++;
    return line;
  };
  const lineSql =
    rejectLines.length === 0
      ? "ord + 2"
      : `ord + 2 + (SELECT count(*) FROM (SELECT record_line - 2 - (row_number() OVER (ORDER BY record_line) - 1) AS p
           FROM ev_reject_pos) WHERE p <= ord)`;

  const physical = async (recordLines: readonly number[]) => {
    if (Number(multiline) === 0 || recordLines.length === 0) return new Map(recordLines.map((l) => [l, l]));
    const wanted = new Set(recordLines);
    const out = new Map<number, number>();
    let record = 0;
    for await (const row of readDelimited(file, { delimiter: ",", quoting: true })) {
      record++;
      if (wanted.has(record)) out.set(record, row.line);
      if (out.size === wanted.size) break;
    }
    return out;
  };
  const rejectPhysical = await physical(rejectLines);
  const rejects = rejectRows.map(([line, reason]) => ({
    line: rejectPhysical.get(Number(line)) ?? Number(line),
    reason: `malformed CSV record: ${String(reason)}`,
  }));

  const notes = [...acledHeaderNotes(header), ...(await layoutNotes(connection))];
  notes.push("read by DuckDB read_csv (fast path)");
  return {
    rows: Number(rows),
    rejects,
    notes,
    lineSql,
    lineOf: async (ords) => {
      const recordLines = ords.map(recordLineOf);
      const map = await physical(recordLines);
      return new Map(ords.map((ord, i) => [ord, map.get(recordLines[i] ?? 0) ?? recordLines[i] ?? 0]));
    },
  };
}

async function layoutNotes(connection: DuckDBConnection): Promise<string[]> {
  const reader = await connection.runAndReadAll(`SELECT
      count(*) FILTER (WHERE problem IS NULL AND x_inter_a = 'numeric')
        + count(*) FILTER (WHERE problem IS NULL AND x_inter_b = 'numeric'),
      count(*) FILTER (WHERE problem IS NULL AND x_inter_a = 'text')
        + count(*) FILTER (WHERE problem IS NULL AND x_inter_b = 'text'),
      count(*) FILTER (WHERE problem IS NULL AND x_date_form = 'iso'),
      count(*) FILTER (WHERE problem IS NULL AND x_date_form = 'day-month-year'),
      count(*) FILTER (WHERE problem IS NULL AND x_date_form = 'dd/mm/yyyy'),
      count(*) FILTER (WHERE problem IS NULL AND x_date_form = 'yyyymmdd'),
      count(*) FILTER (WHERE problem IS NULL AND x_demostrations),
      count(*) FILTER (WHERE problem IS NULL AND fatalities_best = 0)
    FROM stage`);
  const [numeric, textual, iso, dmy, slash, compact, demo, zero] = (reader.getRowsJS()[0] ?? []).map(Number);
  const notes: string[] = [];
  const layouts: string[] = [];
  if (numeric) layouts.push(`numeric pre-2024 codes (${numeric} values)`);
  if (textual) layouts.push(`2024+ text labels (${textual} values)`);
  if (layouts.length > 0) notes.push(`inter1/inter2: ${layouts.join(" and ")}`);
  const known = Object.values(acledInterLabels)
    .map((l) => `'${l.replaceAll("'", "''")}'`)
    .join(", ");
  const unknown = (
    await connection.runAndReadAll(`SELECT DISTINCT t FROM (
      SELECT actor_a_type t FROM stage WHERE problem IS NULL AND x_inter_a = 'text'
      UNION SELECT actor_b_type FROM stage WHERE problem IS NULL AND x_inter_b = 'text')
      WHERE t IS NOT NULL AND t NOT IN (${known}) ORDER BY t`)
  )
    .getRowsJS()
    .map(([t]) => String(t));
  if (unknown.length > 0) notes.push(`unrecognised actor-type labels: ${unknown.join(", ")}`);
  const forms = [
    ["iso", iso],
    ["day-month-year", dmy],
    ["dd/mm/yyyy", slash],
    ["yyyymmdd", compact],
  ].filter(([, n]) => Number(n) > 0);
  if (forms.length > 0) notes.push(`event_date forms: ${forms.map(([f, n]) => `${f} (${n})`).join(", ")}`);
  if (demo) notes.push(`"Demostrations" (sic) spelling in disorder_type: ${demo} rows`);
  if (zero) notes.push(`fatalities = 0 on ${zero} rows (ACLED: zero or unknown)`);
  return notes;
}
