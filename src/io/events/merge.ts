import type { DuckDBConnection } from "@duckdb/node-api";
import { eventColumnNames, recordColumns } from "./table.ts";

export type Vintage = { importedAt: Date; sourceFile: string | null; fileHash: string | null };

/** A staged row that was not merged, by ordinal (and line when the stage knows it). */
export type MergeSkip = { ord: number; line: number | null; sourceId: string; reason: string };

export type MergeResult = { imported: number; updated: number; unchanged: number; skips: MergeSkip[] };

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Merges the good rows of `stage` into `events`, keyed by (dataset, source_id):
 * - a key repeated within the import keeps its latest revision (highest source_timestamp, then last in file);
 *   the others are reported as skipped;
 * - a key not yet stored is imported; one stored with the same row hash is unchanged; one stored with a
 *   different hash is updated — unless the stored revision has a later `source_timestamp` (ACLED), in which
 *   case the staged row is stale and skipped.
 */
export async function mergeStage(
  connection: DuckDBConnection,
  vintage: Vintage,
  /** SQL giving a row's line from its ordinal `ord` where the stage has no line (DuckDB fast path). */
  lineSql = "NULL",
): Promise<MergeResult> {
  const run = (sql: string) => connection.run(sql);
  const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS();

  const [[total, distinct]] = (await read(
    "SELECT count(*), count(DISTINCT (dataset, source_id)) FROM stage WHERE problem IS NULL",
  )) as [[bigint, bigint]];
  const dedupe =
    total === distinct
      ? ""
      : "QUALIFY row_number() OVER (PARTITION BY dataset, source_id ORDER BY source_timestamp DESC NULLS LAST, rowid DESC) = 1";
  await run(`CREATE OR REPLACE TEMP TABLE good AS SELECT * EXCLUDE (problem), rowid AS ord, md5(raw) AS row_hash
    FROM stage WHERE problem IS NULL ${dedupe}`);
  const skips: MergeSkip[] = [];
  if (dedupe !== "") {
    const dup =
      await read(`SELECT s.rowid, s.line, s.source_id, g.ord, coalesce(g.line, ${lineSql}) FROM stage s
      JOIN good g USING (dataset, source_id) WHERE s.problem IS NULL AND s.rowid <> g.ord ORDER BY s.rowid`);
    for (const [ord, line, id, keptOrd, keptLine] of dup) {
      const kept = keptLine === null ? `staged row ${Number(keptOrd) + 1}` : `line ${keptLine}`;
      skips.push({
        ...position(ord, line),
        sourceId: String(id),
        reason: `duplicate of ${id}; ${kept} kept`,
      });
    }
  }

  const stored = (await read(
    "SELECT count(*) FROM events WHERE dataset IN (SELECT DISTINCT dataset FROM good)",
  )) as [[bigint]][];
  const anyStored = Number(stored[0]?.[0] ?? 0) > 0;
  const status = anyStored
    ? `CASE WHEN e.source_id IS NULL THEN 'new' WHEN e.row_hash = g.row_hash THEN 'same'
        WHEN g.source_timestamp < e.source_timestamp THEN 'stale' ELSE 'changed' END`
    : "'new'";
  const join = anyStored ? "LEFT JOIN events e ON e.dataset = g.dataset AND e.source_id = g.source_id" : "";
  await run(`CREATE OR REPLACE TEMP TABLE classified AS SELECT g.*, ${status} AS status,
    ${anyStored ? "e.source_timestamp" : "NULL::BIGINT"} AS stored_timestamp FROM good g ${join}`);

  const counts = new Map<string, number>();
  for (const [s, n] of await read("SELECT status, count(*) FROM classified GROUP BY status"))
    counts.set(String(s), Number(n));
  if ((counts.get("stale") ?? 0) > 0) {
    for (const [ord, line, id, ts, storedTs] of await read(
      "SELECT ord, line, source_id, source_timestamp, stored_timestamp FROM classified WHERE status = 'stale' ORDER BY ord",
    )) {
      skips.push({
        ...position(ord, line),
        sourceId: String(id),
        reason: `older revision (timestamp ${ts}) than the stored one (${storedTs})`,
      });
    }
  }
  if ((counts.get("changed") ?? 0) > 0) {
    await run(`DELETE FROM events USING classified c
      WHERE events.dataset = c.dataset AND events.source_id = c.source_id AND c.status = 'changed'`);
  }
  const values = recordColumns.map(([name]) => name).join(", ");
  const at = vintage.importedAt.toISOString().replace("T", " ").replace("Z", "");
  await run(`INSERT INTO events (${eventColumnNames.join(", ")})
    SELECT ${values}, raw::JSON, row_hash, TIMESTAMP ${sqlText(at)},
      ${vintage.sourceFile === null ? "NULL" : sqlText(vintage.sourceFile)},
      ${vintage.fileHash === null ? "NULL" : sqlText(vintage.fileHash)}, coalesce(line, ${lineSql})
    FROM classified WHERE status IN ('new', 'changed')`);
  await run("DROP TABLE good; DROP TABLE classified");
  return {
    imported: counts.get("new") ?? 0,
    updated: counts.get("changed") ?? 0,
    unchanged: counts.get("same") ?? 0,
    skips,
  };
}

function position(ord: unknown, line: unknown): { ord: number; line: number | null } {
  return { ord: Number(ord), line: line === null || line === undefined ? null : Number(line) };
}
