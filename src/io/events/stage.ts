import { type DuckDBAppender, type DuckDBConnection, LIST, VARCHAR } from "@duckdb/node-api";
import type { EventRecord } from "../../core/events/record.ts";
import { recordColumnList, recordColumns, recordFields } from "./table.ts";

/**
 * Records mapped in JavaScript (csv-parse and JSON paths, `upsert`) go through a temporary table, filled by
 * DuckDB's appender, and from there into `events` in one INSERT, in order, under the import's id.
 */
export type StagedRow = { record: EventRecord; raw: string | null; line: number | null };

const listOfText = LIST(VARCHAR);

export async function createStage(connection: DuckDBConnection): Promise<void> {
  const columns = recordColumns.map(([name, type]) => `${name} ${type.replace(" NOT NULL", "")}`);
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE stage (${columns.join(", ")}, raw VARCHAR, line BIGINT)`,
  );
}

export async function appendToStage(connection: DuckDBConnection, rows: readonly StagedRow[]): Promise<void> {
  const appender = await connection.createAppender("stage");
  try {
    for (const row of rows) appendRow(appender, row);
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Moves the staged rows into `events` under an import id (whose log entry holds the vintage), keeping their order. */
export async function commitStage(connection: DuckDBConnection, importId: number): Promise<void> {
  await connection.run(`INSERT INTO events (${recordColumnList}, raw, line, import_id)
    SELECT ${recordColumnList}, raw, line, ${importId} FROM stage ORDER BY rowid`);
  await connection.run("DROP TABLE stage");
}

function appendRow(appender: DuckDBAppender, row: StagedRow): void {
  recordColumns.forEach(([, type], i) => {
    const value = row.record[recordFields[i] as keyof EventRecord];
    if (value === null || value === undefined) appender.appendNull();
    else if (Array.isArray(value)) appender.appendList(value, listOfText);
    else if (typeof value === "number") {
      if (type.startsWith("INTEGER")) appender.appendInteger(value);
      else if (type.startsWith("BIGINT")) appender.appendBigInt(BigInt(value));
      else appender.appendDouble(value);
    } else appender.appendVarchar(String(value));
  });
  if (row.raw === null) appender.appendNull();
  else appender.appendVarchar(row.raw);
  if (row.line === null) appender.appendNull();
  else appender.appendBigInt(BigInt(row.line));
  appender.endRow();
}
