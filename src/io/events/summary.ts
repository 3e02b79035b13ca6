import type { DuckDBConnection } from "@duckdb/node-api";
import type { ImportCounts } from "./import-log.ts";

export type DatasetSummary = {
  dataset: string;
  events: number;
  firstDate: string | null;
  lastDate: string | null;
  countries: number;
  fatalitiesBest: number;
  fatalitiesUnknown: number;
  byClass: Record<string, number>;
};

export type ImportLogEntry = ImportCounts & {
  importedAt: string;
  dataset: string;
  file: string | null;
  fileHash: string | null;
  format: string | null;
  layout: string | null;
};

export type StoreSummary = { events: number; datasets: DatasetSummary[]; imports: ImportLogEntry[] };

/** What the store holds, per dataset, and the import log (the data vintages). */
export async function storeSummary(connection: DuckDBConnection): Promise<StoreSummary> {
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS();
  const classes = new Map<string, Record<string, number>>();
  for (const [dataset, cls, n] of await rows(
    "SELECT dataset, harmonised_class, count(*) FROM events GROUP BY ALL ORDER BY 1, 3 DESC",
  )) {
    const byClass = classes.get(String(dataset)) ?? {};
    byClass[String(cls)] = Number(n);
    classes.set(String(dataset), byClass);
  }
  const datasets = (
    await rows(`SELECT dataset, count(*), strftime(min(date_start), '%Y-%m-%d'), strftime(max(date_start), '%Y-%m-%d'),
      count(DISTINCT coalesce(country_iso3, country)), coalesce(sum(fatalities_best), 0),
      count(*) FILTER (WHERE fatalities_best IS NULL) FROM events GROUP BY dataset ORDER BY dataset`)
  ).map(([dataset, events, first, last, countries, best, unknown]) => ({
    dataset: String(dataset),
    events: Number(events),
    firstDate: first === null ? null : String(first),
    lastDate: last === null ? null : String(last),
    countries: Number(countries),
    fatalitiesBest: Number(best),
    fatalitiesUnknown: Number(unknown),
    byClass: classes.get(String(dataset)) ?? {},
  }));
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const imports = (
    await rows(`SELECT strftime(imported_at, '%Y-%m-%dT%H:%M:%S.%gZ'), dataset, source_file, file_hash, format, layout,
      rows, imported, updated, unchanged, skipped, deleted FROM imports ORDER BY imported_at`)
  ).map(([at, dataset, file, hash, format, layout, ...n]) => ({
    importedAt: String(at),
    dataset: String(dataset),
    file: text(file),
    fileHash: text(hash),
    format: text(format),
    layout: text(layout),
    rows: Number(n[0]),
    imported: Number(n[1]),
    updated: Number(n[2]),
    unchanged: Number(n[3]),
    skipped: Number(n[4]),
    deleted: Number(n[5]),
  }));
  return { events: datasets.reduce((s, d) => s + d.events, 0), datasets, imports };
}
