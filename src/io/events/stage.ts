import { type DuckDBAppender, type DuckDBConnection, LIST, VARCHAR } from "@duckdb/node-api";
import type { EventRecord } from "../../core/events/record.ts";
import { recordColumns, recordFields } from "./table.ts";

/**
 * The per-import staging table: mapped records before they are merged into `events`. Rows carry their
 * line when known (their order of staging is the rowid), the raw source row as JSON and — on the DuckDB fast
 * path, where mapping happens in SQL — the reason a row was rejected (`problem`).
 */
export const stageColumnsSql = [
  ...recordColumns.map(([name, type]) => `${name} ${type.replace(" NOT NULL", "")}`),
  "raw VARCHAR",
  "line BIGINT",
  "problem VARCHAR",
].join(", ");

export async function createStage(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE stage (${stageColumnsSql})`);
}

/** A mapped row; its ordinal in the stage is the order of appending (the stage's rowid). */
export type StagedRow = { record: EventRecord; raw: string; line: number | null };

const listOfText = LIST(VARCHAR);

/** Appends mapped records (JS path) to `stage` through DuckDB's appender. */
export async function appendToStage(connection: DuckDBConnection, rows: readonly StagedRow[]): Promise<void> {
  const appender = await connection.createAppender("stage");
  try {
    for (const row of rows) appendRow(appender, row);
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
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
  appender.appendVarchar(row.raw);
  if (row.line === null) appender.appendNull();
  else appender.appendBigInt(BigInt(row.line));
  appender.appendNull();
  appender.endRow();
}
