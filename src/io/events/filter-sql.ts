import type { DuckDBValue } from "@duckdb/node-api";
import type { EventFilter } from "../../core/events/filter.ts";

/** The WHERE clause (with positional parameters) that selects what `matchesFilter` (core) accepts. */
export function filterSql(filter: EventFilter): { where: string; params: DuckDBValue[] } {
  const clauses: string[] = [];
  const params: DuckDBValue[] = [];
  const param = (value: DuckDBValue) => {
    params.push(value);
    return `$${params.length}`;
  };
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (values === undefined) return;
    if (values.length === 0) clauses.push("FALSE");
    else clauses.push(`${column} IN (${values.map((v) => param(v)).join(", ")})`);
  };
  inList("dataset", filter.datasets);
  if (filter.from !== undefined) clauses.push(`date_start >= ${param(filter.from)}::DATE`);
  if (filter.to !== undefined) clauses.push(`date_start <= ${param(filter.to)}::DATE`);
  inList("country_iso3", filter.countries);
  inList("harmonised_class", filter.classes);
  if (filter.actors !== undefined) {
    const list = filter.actors.map((a) => param(a)).join(", ");
    clauses.push(filter.actors.length === 0 ? "FALSE" : `(actor_a IN (${list}) OR actor_b IN (${list}))`);
  }
  if (filter.dyad !== undefined) {
    clauses.push(
      `actor_a_country = ${param(filter.dyad.from)} AND actor_b_country = ${param(filter.dyad.to)}`,
    );
  }
  inList("place_id", filter.placeIds);
  return { where: clauses.length === 0 ? "" : `WHERE ${clauses.join(" AND ")}`, params };
}
