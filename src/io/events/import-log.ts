import type { DuckDBConnection } from "@duckdb/node-api";

/** What one import did to the store; the report, the log row and the summary all carry these counts. */
export type ImportCounts = {
  /** Source rows read (records for CSV/TSV, items for JSON). */
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  deleted: number;
};

export type ImportLogRow = ImportCounts & {
  importedAt: string;
  dataset: string;
  file: string | null;
  fileHash: string | null;
  format: string;
  layout: string;
  notes: readonly string[];
  columns: readonly string[] | null;
};

/** Appends one entry to the `imports` log: the data vintage of every row written under `importId`. */
export async function logImport(
  connection: DuckDBConnection,
  importId: number,
  r: ImportLogRow,
): Promise<void> {
  const q = (s: string | null) => (s === null ? "NULL" : `'${s.replaceAll("'", "''")}'`);
  await connection.run(
    `INSERT INTO imports VALUES (${importId}, TIMESTAMP ${q(r.importedAt.replace("T", " ").replace("Z", ""))}, ${q(r.dataset)},
      ${q(r.file)}, ${q(r.fileHash)}, ${q(r.format)}, ${q(r.layout)}, [${r.notes.map(q).join(", ")}]::VARCHAR[],
      ${r.rows}, ${r.imported}, ${r.updated}, ${r.unchanged}, ${r.skipped}, ${r.deleted},
      ${r.columns === null ? "NULL" : `[${r.columns.map(q).join(", ")}]::VARCHAR[]`})`,
  );
}
