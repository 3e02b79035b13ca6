import type { DuckDBConnection } from "@duckdb/node-api";
import type { EventFilter } from "../../core/events/filter.ts";
import { filterSql } from "./filter-sql.ts";

/** What a monthly series is grouped by. */
export type SeriesUnit = "country" | "dataset" | "all";

/**
 * One unit-month. Fatality sums skip nulls (unknown), and `fatalitiesUnknown` counts the events whose
 * best estimate is null, so a month of unknowns is not mistaken for a quiet month. Months without events
 * are absent (the series code in core fills zeros over the range it needs).
 */
export type MonthlyRow = {
  unit: string;
  month: string;
  events: number;
  fatalitiesBest: number;
  fatalitiesLow: number;
  fatalitiesHigh: number;
  fatalitiesUnknown: number;
};

export async function monthlySeries(
  connection: DuckDBConnection,
  unit: SeriesUnit,
  filter: EventFilter,
): Promise<MonthlyRow[]> {
  const unitSql =
    unit === "country" ? "coalesce(country_iso3, country, '?')" : unit === "dataset" ? "dataset" : "'all'";
  const { where, params } = filterSql(filter);
  const reader = await connection.runAndReadAll(
    `SELECT ${unitSql} AS unit, strftime(date_start, '%Y-%m') AS month, count(*),
       coalesce(sum(fatalities_best), 0), coalesce(sum(fatalities_low), 0), coalesce(sum(fatalities_high), 0),
       count(*) FILTER (WHERE fatalities_best IS NULL)
     FROM events ${where} GROUP BY ALL ORDER BY unit, month`,
    params,
  );
  return reader.getRowsJS().map(([u, month, events, best, low, high, unknown]) => ({
    unit: String(u),
    month: String(month),
    events: Number(events),
    fatalitiesBest: Number(best),
    fatalitiesLow: Number(low),
    fatalitiesHigh: Number(high),
    fatalitiesUnknown: Number(unknown),
  }));
}
