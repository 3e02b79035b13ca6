import type { EventRecord } from "../../core/events/record.ts";

/**
 * The canonical `events` table: one row per (dataset, source_id), the record of
 * src/core/events/record.ts in snake_case, plus audit columns: `raw` (the source row as JSON text: for
 * CSV/TSV files an array of its fields, empty fields null, named by the import's `imports.columns`; for
 * JSON sources the item itself), `line` where known, the `import_id` of the `imports` log entry that wrote
 * the row — which holds its data vintage (import time, file, SHA-256), once per import instead of once per
 * row (view `events_with_vintage` joins them) — and the ACLED fast path's `layout_code`. NOT NULL marks
 * what a stored row always has; the table itself does not enforce it because rejected rows pass through
 * it during an import.
 */
export const recordColumns = [
  ["dataset", "VARCHAR NOT NULL"],
  ["source_id", "VARCHAR NOT NULL"],
  ["dataset_version", "VARCHAR"],
  ["source_timestamp", "BIGINT"],
  ["date_start", "DATE NOT NULL"],
  ["date_end", "DATE NOT NULL"],
  ["date_precision", "VARCHAR NOT NULL"],
  ["lat", "DOUBLE"],
  ["lon", "DOUBLE"],
  ["geo_precision", "VARCHAR"],
  ["country", "VARCHAR"],
  ["country_iso3", "VARCHAR"],
  ["gw_code", "INTEGER"],
  ["admin1", "VARCHAR"],
  ["admin2", "VARCHAR"],
  ["location_name", "VARCHAR"],
  ["place_id", "VARCHAR"],
  ["actor_a", "VARCHAR"],
  ["actor_a_type", "VARCHAR"],
  ["actor_a_country", "VARCHAR"],
  ["actor_b", "VARCHAR"],
  ["actor_b_type", "VARCHAR"],
  ["actor_b_country", "VARCHAR"],
  ["event_class", "VARCHAR"],
  ["event_subclass", "VARCHAR"],
  ["harmonised_class", "VARCHAR NOT NULL"],
  ["fatalities_best", "INTEGER"],
  ["fatalities_low", "INTEGER"],
  ["fatalities_high", "INTEGER"],
  ["conflict_score", "DOUBLE"],
  ["notes", "VARCHAR"],
  ["sources", "VARCHAR[] NOT NULL"],
] as const;

export const auditColumns = [
  // JSON text; zstd because the generic string compression's analysis doubles the import time of raw rows
  // (DuckDB applies it only in the storage format `storeDatabaseConfig` asks for; older files keep it plain).
  ["raw", "VARCHAR USING COMPRESSION zstd"],
  ["line", "BIGINT"],
  ["import_id", "BIGINT NOT NULL"],
  // Set only while an import runs, on rows the SQL mapping rejected; they are reported and deleted before commit.
  ["problem", "VARCHAR"],
  // How the ACLED fast path found the source row written (acled-layout.ts), counted into the import's notes.
  ["layout_code", "UTINYINT"],
] as const;

export const eventColumnNames = [...recordColumns, ...auditColumns].map(([name]) => name);
export const recordColumnList = recordColumns.map(([name]) => name).join(", ");

/**
 * Bumped whenever the tables change shape; a store of an unknown version is refused, not silently misused.
 * 2: the vintage moved from every row to the `imports` log (rows keep `import_id`); `layout_code` added.
 */
export const storeSchemaVersion = "2";

/** Brings a store of an older schema to `storeSchemaVersion`, keyed by the version it has. */
export const migrationsSql: Readonly<Record<string, string>> = {
  // Every v1 row's vintage is its import's (both were written from the same values), so nothing is lost.
  "1": `ALTER TABLE events DROP COLUMN imported_at; ALTER TABLE events DROP COLUMN source_file;
    ALTER TABLE events DROP COLUMN file_hash; ALTER TABLE events ADD COLUMN layout_code UTINYINT;
    UPDATE store_meta SET value = '2' WHERE key = 'schema_version';`,
};

export const createTablesSql = `
CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS events (${[...recordColumns, ...auditColumns].map(([n, t]) => `${n} ${t.replace(" NOT NULL", "")}`).join(", ")});
CREATE TABLE IF NOT EXISTS imports (
  import_id BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL, dataset VARCHAR NOT NULL, source_file VARCHAR, file_hash VARCHAR,
  format VARCHAR, layout VARCHAR, notes VARCHAR[], rows BIGINT, imported BIGINT, updated BIGINT,
  unchanged BIGINT, skipped BIGINT, deleted BIGINT, columns VARCHAR[]);
CREATE VIEW IF NOT EXISTS events_with_vintage AS
  SELECT e.*, i.imported_at, i.source_file, i.file_hash FROM events e LEFT JOIN imports i USING (import_id);
`;

/** Record field for each snake_case column (the same order as recordColumns). */
export const recordFields: readonly (keyof EventRecord)[] = [
  "dataset",
  "sourceId",
  "datasetVersion",
  "sourceTimestamp",
  "dateStart",
  "dateEnd",
  "datePrecision",
  "lat",
  "lon",
  "geoPrecision",
  "country",
  "countryIso3",
  "gwCode",
  "admin1",
  "admin2",
  "locationName",
  "placeId",
  "actorA",
  "actorAType",
  "actorACountry",
  "actorB",
  "actorBType",
  "actorBCountry",
  "eventClass",
  "eventSubclass",
  "harmonisedClass",
  "fatalitiesBest",
  "fatalitiesLow",
  "fatalitiesHigh",
  "conflictScore",
  "notes",
  "sources",
];

/** The SELECT list that reads records back with dates as ISO text. */
export const recordSelectSql = recordColumns
  .map(([name, type]) => (type.startsWith("DATE") ? `strftime(${name}, '%Y-%m-%d') AS ${name}` : name))
  .join(", ");

/** Turns a row of `recordSelectSql` (JS values) into an EventRecord. */
export function rowToRecord(row: readonly unknown[]): EventRecord {
  const out: Record<string, unknown> = {};
  recordFields.forEach((field, i) => {
    const value = row[i];
    out[field] = typeof value === "bigint" ? Number(value) : value;
  });
  return out as EventRecord;
}
