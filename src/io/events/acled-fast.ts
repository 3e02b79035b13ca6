import type { DuckDBConnection } from "@duckdb/node-api";
import { acledHeaderNotes } from "../../core/events/acled.ts";
import { acledLayoutNotes } from "./acled-layout.ts";
import { type AcledInsert, acledInsertSql, acledMacroSql, acledRejectsTable } from "./acled-sql.ts";
import { readDelimited } from "./read-delimited.ts";

export type FastImport = {
  /** Records DuckDB parsed, good and bad (the malformed ones it rejected are in `rejects`). */
  rows: number;
  rejects: { line: number; reason: string }[];
  /** Rows the SQL mapping rejected, already removed from `events`. */
  problems: { line: number; reason: string; sourceId: string | null }[];
  notes: string[];
  /** SQL for the record line of a row of this import from its rowid. */
  lineSql: (rowid: string) => string;
  /** The first rowid of the import, as SQL text (transaction-local rowids exceed 2^53). */
  baseRowid: string;
  /** Physical lines of rows of this import, by ordinal (rowid − baseRowid), for reports. */
  linesOf(ords: readonly number[]): Promise<Map<number, number>>;
};

/**
 * Imports an ACLED CSV through DuckDB: read_csv + the SQL mapping of acled-sql.ts append every row to
 * `events` under `importId`; rejected rows are read out with their lines and deleted. Rows are appended in
 * file order, so a row's ordinal is its rowid minus the first rowid of the import.
 */
export async function importAcledFast(
  connection: DuckDBConnection,
  file: string,
  header: readonly string[],
  target: AcledInsert,
): Promise<FastImport> {
  const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS();
  await connection.run(`DROP TABLE IF EXISTS ${acledRejectsTable}; DROP TABLE IF EXISTS ev_reject_scans`);
  await connection.run(acledMacroSql);
  await connection.run(acledInsertSql(file, header, target));
  const mine = `import_id = ${target.importId}`;

  const rejectRows = await read(`SELECT line, arg_min(error_type || ': ' || error_message, column_idx)
    FROM ${acledRejectsTable} GROUP BY line ORDER BY line`);
  // DuckDB numbers rejected records by record (header = 1): the physical line unless a quoted field spans
  // lines before it, which `physical` corrects.
  const rejectLines = rejectRows.map(([line]) => Number(line));
  const [[rows, firstRowid]] = (await read(`SELECT count(*), min(rowid) FROM events WHERE ${mine}`)) as [
    [bigint, bigint | null],
  ];
  const base = String(firstRowid ?? 0n);
  // Whether any record spans lines (only asked when there are lines to report).
  let multiline: boolean | undefined;
  const hasMultiline = async () => {
    multiline ??=
      Number(
        (
          await read(`SELECT count(*) FROM (SELECT 1 FROM events WHERE ${mine} AND (
        contains(notes, chr(10)) OR contains(coalesce(raw, ''), '\\n')) LIMIT 1)`)
        )[0]?.[0] ?? 0,
      ) > 0;
    return multiline;
  };

  // Record line of the k-th appended row: k + 2 (header, 1-based) plus the rejected records before it.
  const recordLineOf = (ord: number) => {
    let line = ord + 2;
    for (const r of rejectLines) if (r <= line) line++;
    return line;
  };
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ev_reject_pos AS SELECT unnest([${rejectLines.join(",")}]::BIGINT[]) AS record_line`,
  );
  const lineSql = (rowid: string) =>
    rejectLines.length === 0
      ? `(${rowid} - ${base} + 2)`
      : `(${rowid} - ${base} + 2 + (SELECT count(*) FROM (SELECT record_line - 2 - (row_number() OVER (ORDER BY record_line) - 1) AS p
           FROM ev_reject_pos) WHERE p <= ${rowid} - ${base}))`;
  const physical = async (recordLines: readonly number[]) => {
    if (recordLines.length === 0 || !(await hasMultiline())) return new Map(recordLines.map((l) => [l, l]));
    const wanted = new Set(recordLines);
    const out = new Map<number, number>();
    let record = 0;
    for await (const row of readDelimited(file, { delimiter: ",", quoting: true })) {
      if ("error" in row) break;
      record++;
      if (wanted.has(record)) out.set(record, row.line);
      if (out.size === wanted.size) break;
    }
    return out;
  };
  const linesOf = async (ords: readonly number[]) => {
    const recordLines = ords.map(recordLineOf);
    const map = await physical(recordLines);
    return new Map(ords.map((o, i) => [o, map.get(recordLines[i] ?? 0) ?? recordLines[i] ?? 0]));
  };

  const rejectPhysical = await physical(rejectLines);
  const rejects = rejectRows.map(([line, reason]) => ({
    line: rejectPhysical.get(Number(line)) ?? Number(line),
    reason: `malformed CSV record: ${String(reason)}`,
  }));
  const bad = await read(
    `SELECT rowid - ${base}, problem, source_id FROM events WHERE ${mine} AND problem IS NOT NULL ORDER BY rowid`,
  );
  const badLines = await linesOf(bad.map(([ord]) => Number(ord)));
  const problems = bad.map(([ord, reason, id]) => ({
    line: badLines.get(Number(ord)) ?? 0,
    reason: String(reason),
    sourceId: id === null ? null : String(id),
  }));
  const notes = [...acledHeaderNotes(header), ...(await acledLayoutNotes(connection, target.importId))];
  if (bad.length > 0) await connection.run(`DELETE FROM events WHERE ${mine} AND problem IS NOT NULL`);
  notes.push("read by DuckDB read_csv (fast path)");
  return { rows: Number(rows), rejects, problems, notes, lineSql, baseRowid: base, linesOf };
}
