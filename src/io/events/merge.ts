import type { DuckDBConnection } from "@duckdb/node-api";
import { recordColumns } from "./table.ts";

/** A row of this import that was not kept: its line when known, else its ordinal in the import. */
export type MergeSkip = { ord: number | null; line: number | null; sourceId: string; reason: string };

export type MergeResult = { imported: number; updated: number; unchanged: number; skips: MergeSkip[] };

/**
 * Settles the rows an import appended to `events` (all with `import_id`) against what was there before,
 * keyed by (dataset, source_id):
 * - a key repeated within the import keeps its latest revision (highest source_timestamp, then last in
 *   file); the others are deleted and reported;
 * - a key not stored before is imported; one stored with identical content (record columns and raw row)
 *   is unchanged (the new copy is dropped, the first vintage kept); one stored with different content is
 *   updated (the old row is dropped) — unless the stored revision has a later `source_timestamp` (ACLED),
 *   then the new row is stale, dropped and reported.
 * Row ids follow file order because rows are appended in order; `lineSql` maps a rowid to a line where the
 * row carries none (the DuckDB fast path).
 */
export async function settleImport(
  connection: DuckDBConnection,
  importId: number,
  lineSql: (rowid: string) => string = () => "NULL",
  /** First rowid of the import (SQL text), to report ordinals of rows without a line. */
  baseRowid: string | null = null,
): Promise<MergeResult> {
  const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS();
  const run = (sql: string) => connection.run(sql);
  const mine = `import_id = ${importId}`;
  const skips: MergeSkip[] = [];
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const ordSql = (rowid: string) => (baseRowid === null ? "NULL::BIGINT" : `(${rowid} - ${baseRowid})`);

  const [[total, distinct]] = (await read(
    `SELECT count(*), count(DISTINCT (dataset, source_id)) FROM events WHERE ${mine}`,
  )) as [[bigint, bigint]];
  let duplicates = 0;
  if (total !== distinct) {
    await run(`CREATE OR REPLACE TEMP TABLE ev_dup AS
      SELECT rowid AS rid, ${ordSql("rowid")} AS ord, coalesce(line, ${lineSql("rowid")}) AS line, source_id,
        first_value(coalesce(line, ${lineSql("rowid")})) OVER w AS kept_line, row_number() OVER w AS rn
      FROM events WHERE ${mine}
      WINDOW w AS (PARTITION BY dataset, source_id ORDER BY source_timestamp DESC NULLS LAST, rowid DESC)
      QUALIFY rn > 1`);
    for (const [ord, line, id, keptLine] of await read(
      "SELECT ord, line, source_id, kept_line FROM ev_dup ORDER BY rid",
    )) {
      const kept = keptLine === null ? "a later row kept" : `line ${keptLine} kept`;
      skips.push({
        ord: num(ord),
        line: num(line),
        sourceId: String(id),
        reason: `duplicate of ${id}; ${kept}`,
      });
    }
    duplicates = skips.length;
    await run("DELETE FROM events WHERE rowid IN (SELECT rid FROM ev_dup); DROP TABLE ev_dup");
  }

  const [[older]] = (await read(`SELECT count(*) FROM (SELECT 1 FROM events
    WHERE import_id <> ${importId} AND dataset IN (SELECT DISTINCT dataset FROM events WHERE ${mine}) LIMIT 1)`)) as [
    [bigint],
  ];
  let updated = 0;
  let unchanged = 0;
  let matched = 0;
  if (Number(older) > 0) {
    const same = [...recordColumns.map(([n]) => n), "raw"]
      .map((c) => `n.${c} IS NOT DISTINCT FROM o.${c}`)
      .join(" AND ");
    await run(`CREATE OR REPLACE TEMP TABLE ev_cls AS
      SELECT n.rowid AS new_rid, o.rowid AS old_rid, ${ordSql("n.rowid")} AS ord, coalesce(n.line, ${lineSql("n.rowid")}) AS line,
        n.source_id,
        n.source_timestamp AS ts, o.source_timestamp AS old_ts,
        CASE WHEN ${same} THEN 'same' WHEN n.source_timestamp < o.source_timestamp THEN 'stale' ELSE 'changed' END AS status
      FROM events n JOIN events o ON o.dataset = n.dataset AND o.source_id = n.source_id AND o.import_id <> n.import_id
      WHERE n.${mine}`);
    const counts = new Map<string, number>();
    for (const [s, n] of await read("SELECT status, count(*) FROM ev_cls GROUP BY status"))
      counts.set(String(s), Number(n));
    for (const [ord, line, id, ts, oldTs] of await read(
      "SELECT ord, line, source_id, ts, old_ts FROM ev_cls WHERE status = 'stale' ORDER BY new_rid",
    )) {
      skips.push({
        ord: num(ord),
        line: num(line),
        sourceId: String(id),
        reason: `older revision (timestamp ${ts}) than the stored one (${oldTs})`,
      });
    }
    await run(`DELETE FROM events WHERE rowid IN (SELECT new_rid FROM ev_cls WHERE status IN ('same', 'stale'));
      DELETE FROM events WHERE rowid IN (SELECT old_rid FROM ev_cls WHERE status = 'changed');
      DROP TABLE ev_cls`);
    updated = counts.get("changed") ?? 0;
    unchanged = counts.get("same") ?? 0;
    matched = updated + unchanged + (counts.get("stale") ?? 0);
  }
  return { imported: Number(total) - duplicates - matched, updated, unchanged, skips };
}
