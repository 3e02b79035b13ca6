import type { EventRecord } from "../../core/events/record.ts";

/**
 * The canonical `events` table: one row per (dataset, source_id), the record of
 * src/core/events/record.ts in snake_case, plus audit columns: `raw` (the source row as JSON text: for
 * CSV/TSV files an array of its fields, empty fields null, named by the import's `imports.columns`; for
 * JSON sources the item itself), the data vintage (`imported_at`, `source_file`, `file_hash`, `line` where known) and the
 * `import_id` of the `imports` log entry that wrote the row. NOT NULL marks what a stored row always has;
 * the table itself does not enforce it because rejected rows pass through it during an import.
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
  // JSON text; zstd because the generic string compression's analysis doubles the import time of raw rows.
  ["raw", "VARCHAR USING COMPRESSION zstd"],
  ["imported_at", "TIMESTAMP NOT NULL"],
  ["source_file", "VARCHAR"],
  ["file_hash", "VARCHAR"],
  ["line", "BIGINT"],
  ["import_id", "BIGINT NOT NULL"],
  // Set only while an import runs, on rows the SQL mapping rejected; they are reported and deleted before commit.
  ["problem", "VARCHAR"],
] as const;

export const eventColumnNames = [...recordColumns, ...auditColumns].map(([name]) => name);
export const recordColumnList = recordColumns.map(([name]) => name).join(", ");

/** Bumped whenever the tables change shape; a store of another version is refused, not silently misused. */
export const storeSchemaVersion = "1";

export const createTablesSql = `
CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS events (${[...recordColumns, ...auditColumns].map(([n, t]) => `${n} ${t.replace(" NOT NULL", "")}`).join(", ")});
CREATE TABLE IF NOT EXISTS imports (
  import_id BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL, dataset VARCHAR NOT NULL, source_file VARCHAR, file_hash VARCHAR,
  format VARCHAR, layout VARCHAR, notes VARCHAR[], rows BIGINT, imported BIGINT, updated BIGINT,
  unchanged BIGINT, skipped BIGINT, deleted BIGINT, columns VARCHAR[]);
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
