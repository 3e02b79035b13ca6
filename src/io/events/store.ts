import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { EventFilter } from "../../core/events/filter.ts";
import { createPlaceResolver, type Place, type PlaceResolver } from "../../core/events/place-aliases.ts";
import { EventRecord } from "../../core/events/record.ts";
import { filterSql } from "./filter-sql.ts";
import { type ImportOptions, type ImportReport, importEventFile } from "./import-file.ts";
import { logImport } from "./import-log.ts";
import { settleImport } from "./merge.ts";
import { nextImportId, resolveImportPlaces } from "./places.ts";
import { type MonthlyRow, monthlySeries, type SeriesUnit } from "./series.ts";
import { appendToStage, commitStage, createStage } from "./stage.ts";
import { type StoreSummary, storeSummary } from "./summary.ts";
import { createTablesSql, migrationsSql, recordSelectSql, rowToRecord, storeSchemaVersion } from "./table.ts";
import type { Vintage } from "./vintage.ts";

/** Counts from `upsert`. Records with a key already stored and the same content are `unchanged`. */
export type UpsertResult = { imported: number; updated: number; unchanged: number; skipped: number };

/**
 * The event store: one DuckDB database file per workspace (default `<case-dir>/.entente/events.duckdb`),
 * created on first use, no server. Every method runs on one connection; calls are serialised by the caller
 * (await each one).
 */
export type EventStore = {
  readonly path: string;
  /** Imports one file (format detected unless given); bad rows are reported in the result, never thrown. */
  importFile(file: string, options?: Partial<Omit<ImportOptions, "places">>): Promise<ImportReport>;
  /** Inserts or replaces records by (dataset, sourceId); `raw` defaults to the record itself. */
  upsert(records: readonly EventRecord[], vintage?: Partial<Vintage>): Promise<UpsertResult>;
  /** Removes every record of a dataset; returns how many. */
  deleteDataset(dataset: string): Promise<number>;
  /** Makes a dataset hold exactly these records (e.g. `case` from the case file): upserts them and deletes
   *  the dataset's records that are not among them. */
  replaceDataset(
    dataset: string,
    records: readonly EventRecord[],
    vintage?: Partial<Vintage>,
  ): Promise<UpsertResult & { deleted: number }>;
  /** Records matching a filter, ordered by date, dataset and source id. */
  query(filter?: EventFilter): Promise<EventRecord[]>;
  /** Monthly counts and fatalities per unit (country, dataset or all), computed in SQL. */
  monthly(unit: SeriesUnit, filter?: EventFilter): Promise<MonthlyRow[]>;
  summary(): Promise<StoreSummary>;
  /** The source row of a stored event as it was read (field names restored for CSV/TSV rows), for audit. */
  rawRow(dataset: string, sourceId: string): Promise<unknown>;
  /** The underlying connection, for SQL the API does not cover (read-only use, please). */
  readonly connection: DuckDBConnection;
  close(): Promise<void>;
};

export type StoreOptions = {
  /** Extra places for the alias table (e.g. from the case's places and aliases). */
  places?: readonly Place[];
  /** The clock, injected so tests can fix the data-vintage stamp. */
  now?: () => Date;
};

/** Default store path for a case directory. */
export function defaultStorePath(caseDir: string): string {
  return `${caseDir.replace(/\/+$/, "")}/.entente/events.duckdb`;
}

/**
 * DuckDB settings of a store file. `storage_compatibility_version: latest` writes the storage format of the
 * DuckDB this package pins instead of the v0.10 format DuckDB writes by default for compatibility: only the
 * newer format compresses strings with zstd (the raw audit copies: 188 MB instead of 800 MB for 1M ACLED rows)
 * and writes columns faster. A store file then needs DuckDB ≥ 1.5 to be opened outside Entente. It applies
 * to files created from now on; an older file keeps its format.
 */
export const storeDatabaseConfig: Readonly<Record<string, string>> = {
  storage_compatibility_version: "latest",
};

export async function openEventStore(path: string, options: StoreOptions = {}): Promise<EventStore> {
  if (path !== ":memory:") await mkdir(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path, { ...storeDatabaseConfig });
  const connection = await instance.connect();
  try {
    await checkSchema(connection, path);
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw error;
  }
  await connection.run(createTablesSql);
  await connection.run(`INSERT OR IGNORE INTO store_meta VALUES ('schema_version', '${storeSchemaVersion}')`);
  const places: PlaceResolver = createPlaceResolver(options.places ?? []);
  const now = options.now ?? (() => new Date());

  const store: EventStore = {
    path,
    connection,
    importFile: (file, importOptions = {}) =>
      importEventFile(connection, file, { importedAt: now(), ...importOptions, places }),
    upsert: async (records, vintage = {}) => {
      const rows = records.map((r) => {
        const record = EventRecord.parse(r);
        return { record, raw: JSON.stringify(record), line: null };
      });
      const importedAt = vintage.importedAt ?? now();
      await connection.run("BEGIN TRANSACTION");
      try {
        const importId = await nextImportId(connection);
        await createStage(connection);
        await appendToStage(connection, rows);
        await commitStage(connection, importId);
        await resolveImportPlaces(connection, importId, places);
        const merged = await settleImport(connection, importId);
        const datasets = [...new Set(rows.map((r) => r.record.dataset))].sort();
        await logImport(connection, importId, {
          importedAt: importedAt.toISOString(),
          dataset: datasets.join(", ") || "(none)",
          file: vintage.sourceFile ?? null,
          fileHash: vintage.fileHash ?? null,
          format: "records",
          layout: "upsert",
          notes: [],
          columns: null,
          rows: rows.length,
          imported: merged.imported,
          updated: merged.updated,
          unchanged: merged.unchanged,
          skipped: merged.skips.length,
          deleted: 0,
        });
        await connection.run("COMMIT");
        return {
          imported: merged.imported,
          updated: merged.updated,
          unchanged: merged.unchanged,
          skipped: merged.skips.length,
        };
      } catch (error) {
        await connection.run("ROLLBACK");
        throw error;
      }
    },
    replaceDataset: async (dataset, records, vintage = {}) => {
      const foreign = records.find((r) => r.dataset !== dataset);
      if (foreign)
        throw new Error(
          `replaceDataset(${dataset}): record ${foreign.sourceId} belongs to ${foreign.dataset}`,
        );
      const result = await store.upsert(records, vintage);
      await connection.run("CREATE OR REPLACE TEMP TABLE ev_keep (source_id VARCHAR)");
      const appender = await connection.createAppender("ev_keep");
      for (const r of records) {
        appender.appendVarchar(r.sourceId);
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
      const reader = await connection.runAndReadAll(
        "DELETE FROM events WHERE dataset = $1 AND source_id NOT IN (SELECT source_id FROM ev_keep) RETURNING 1",
        [dataset],
      );
      await connection.run("DROP TABLE ev_keep");
      return { ...result, deleted: reader.currentRowCount };
    },
    deleteDataset: async (dataset) => {
      const reader = await connection.runAndReadAll("DELETE FROM events WHERE dataset = $1 RETURNING 1", [
        dataset,
      ]);
      return reader.currentRowCount;
    },
    query: async (filter = {}) => {
      const { where, params } = filterSql(filter);
      const limit = filter.limit !== undefined ? ` LIMIT ${filter.limit}` : "";
      const reader = await connection.runAndReadAll(
        `SELECT ${recordSelectSql} FROM events ${where} ORDER BY date_start, dataset, source_id${limit}`,
        params,
      );
      return reader.getRowsJS().map(rowToRecord);
    },
    monthly: (unit, filter = {}) => monthlySeries(connection, unit, filter),
    summary: () => storeSummary(connection),
    rawRow: async (dataset, sourceId) => {
      const [row] = (
        await connection.runAndReadAll(
          `SELECT e.raw, i.columns FROM events e LEFT JOIN imports i USING (import_id)
           WHERE e.dataset = $1 AND e.source_id = $2`,
          [dataset, sourceId],
        )
      ).getRowsJS();
      if (row === undefined || row[0] === null) return undefined;
      const value: unknown = JSON.parse(String(row[0]));
      const columns = row[1] as string[] | null;
      if (!Array.isArray(value) || columns === null) return value;
      return Object.fromEntries(columns.map((c, i) => [c, value[i] ?? null]));
    },
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
  return store;
}

async function checkSchema(connection: DuckDBConnection, path: string): Promise<void> {
  const tables = (
    await connection.runAndReadAll(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
    )
  )
    .getRowsJS()
    .map(([name]) => String(name));
  if (!tables.includes("events")) return;
  const version = tables.includes("store_meta")
    ? (
        await connection.runAndReadAll("SELECT value FROM store_meta WHERE key = 'schema_version'")
      ).getRowsJS()[0]?.[0]
    : undefined;
  if (version === storeSchemaVersion) return;
  const migration = typeof version === "string" ? migrationsSql[version] : undefined;
  if (migration === undefined) {
    throw new Error(
      `openEventStore: ${path} has store schema ${version ?? "(none)"}, this Entente writes ${storeSchemaVersion}; ` +
        "delete the file and import again",
    );
  }
  await connection.run(`BEGIN TRANSACTION; ${migration} COMMIT`);
}
