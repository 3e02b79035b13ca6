import { acledInterLabels } from "../../core/events/acled.ts";
import { countryNameEntries } from "../../core/events/countries.ts";
import { maxYear, minYear } from "../../core/events/dates.ts";
import { acledLayoutCodeSql } from "./acled-layout.ts";
import { recordColumnList } from "./table.ts";

/**
 * The ACLED fast path: DuckDB's own `read_csv` reads the file (in parallel, all columns as text, malformed
 * records kept in a rejects table with their line) and one INSERT maps every row to the canonical columns
 * of `events` — the same mapping and the same checks, in the same order, as the pure `createAcledMapper`
 * (src/core/events/acled.ts); a parity test holds the two together. A row failing a check is written with
 * its reason in `problem`, then reported and deleted before the import commits.
 */
const sq = (s: string) => `'${s.replaceAll("'", "''")}'`;
const id = (s: string) => `"${s.replaceAll('"', '""')}"`;

export const acledRejectsTable = "ev_reject_errors";

/**
 * `text()` of src/core/events/fields.ts in SQL: trimmed, with blank, NA and NULL as missing. DuckDB's
 * `trim` removes Unicode space separators (Zs) and copies every value, which made it the costliest part of
 * an import; an ASCII value that neither starts nor ends with a space (the only ASCII Zs) is already
 * trimmed, so only the others go through `trim` — the same result for every value.
 */
export const acledMacroSql = `CREATE OR REPLACE TEMP MACRO ev_t(x) AS CASE
  WHEN starts_with(x, ' ') OR ends_with(x, ' ') OR strlen(x) <> length(x)
    THEN (CASE WHEN trim(x) IN ('', 'NA', 'NULL') THEN NULL ELSE trim(x) END)
  WHEN x IN ('', 'NA', 'NULL') THEN NULL ELSE x END`;

/** Country lookups as constant lists (no join, so DuckDB keeps the file order of rows). */
function countryListsSql(): {
  iso3ByNumeric: string;
  gwByNumeric: string;
  names: string;
  iso3ByName: string;
  gwByName: string;
} {
  const iso3 = new Array<string>(1000).fill("NULL");
  const gw = new Array<string>(1000).fill("NULL");
  const entries = countryNameEntries();
  for (const [, c] of entries) {
    if (c.isoNumeric > 0 && c.isoNumeric < 1000) {
      iso3[c.isoNumeric] = sq(c.iso3);
      gw[c.isoNumeric] = c.gw === null ? "NULL" : String(c.gw);
    }
  }
  return {
    iso3ByNumeric: `[${iso3.join(", ")}]::VARCHAR[]`,
    gwByNumeric: `[${gw.join(", ")}]::INTEGER[]`,
    names: `[${entries.map(([n]) => sq(n)).join(", ")}]::VARCHAR[]`,
    iso3ByName: `[${entries.map(([, c]) => sq(c.iso3)).join(", ")}]::VARCHAR[]`,
    gwByName: `[${entries.map(([, c]) => (c.gw === null ? "NULL" : String(c.gw))).join(", ")}]::INTEGER[]`,
  };
}

/** read_csv options for an ACLED file whose header is known: no sniffing (a malformed record must not stop
 *  the dialect detection), every column as text. */
export function acledCsvOptions(header: readonly string[]): string {
  const columns = header.map((h) => `${sq(h)}: 'VARCHAR'`).join(", ");
  return `header = true, auto_detect = false, columns = {${columns}}, delim = ',', quote = '"', escape = '"',
    max_line_size = 10000000, null_padding = false`;
}

export type AcledInsert = { importId: number; keepRaw: boolean };

/** One INSERT that reads the file with read_csv and appends every row, mapped, to `events` (rows that fail a
 *  check carry their reason in `problem`). */
export function acledInsertSql(file: string, header: readonly string[], target: AcledInsert): string {
  const col = (name: string) => (header.includes(name) ? `ev_t(r.${id(name)})` : "NULL::VARCHAR");
  const monadic = !header.includes("actor2") && !header.includes("inter2");
  const labels = `[${Object.values(acledInterLabels).map(sq).join(", ")}]`;
  // n_<column>: whether the value is all digits, computed once per row in `parsed` (RE2 is the costly part).
  const interLabel = (c: string) =>
    `CASE WHEN ${c} IS NULL THEN NULL WHEN NOT n_${c} THEN ${c}
      WHEN ${c}::HUGEINT = 0 THEN NULL ELSE (${labels})[try_cast(${c} AS BIGINT)] END`;
  const interProblem = (c: string, name: string) =>
    `WHEN ${c} IS NOT NULL AND n_${c} AND ${c}::HUGEINT > 8
      THEN format('${name} code {} is not an ACLED actor type (0–8)', ${c})`;
  const numberProblem = (c: string, name: string) =>
    `WHEN ${c} IS NOT NULL AND try_cast(${c} AS DOUBLE) IS NULL THEN format('${name} "{}" is not a number', ${c})`;
  const integerProblem = (c: string, name: string) =>
    `WHEN ${c} IS NOT NULL AND NOT regexp_full_match(${c}, '-?\\d+') THEN format('${name} "{}" is not an integer', ${c})`;
  const lists = countryListsSql();
  // Split on ';', trim each part (DuckDB's trim: Unicode Zs), drop empty parts. The lambdas are the costly
  // part, so they run only where a part is empty or starts or ends with a Zs character; elsewhere the plain
  // split gives the same list.
  const sources = (c: string) =>
    `CASE WHEN NOT regexp_matches(${c}, '(^|;)(\\p{Zs}|;|$)|\\p{Zs}(;|$)') THEN string_split(${c}, ';')
      ELSE coalesce(list_filter(list_transform(string_split(${c}, ';'), x -> trim(x)), x -> x <> ''), []) END`;

  return `
INSERT INTO events (${recordColumnList}, raw, line, import_id, problem, layout_code)
SELECT * FROM (
WITH src AS (
  SELECT ${target.keepRaw ? `to_json([${header.map((h) => `r.${id(h)}`).join(", ")}]::VARCHAR[])::VARCHAR` : "NULL::VARCHAR"} AS raw,
    ${col("event_id_cnty")} AS v_id, ${col("event_date")} AS v_date, ${col("year")} AS v_year,
    ${col("time_precision")} AS v_tp, ${col("disorder_type")} AS v_disorder, ${col("event_type")} AS v_type,
    ${col("sub_event_type")} AS v_subtype, ${col("actor1")} AS v_actor1, ${col("inter1")} AS v_inter1,
    ${col("actor2")} AS v_actor2, ${col("inter2")} AS v_inter2, ${col("iso")} AS v_iso, ${col("country")} AS v_country,
    ${col("admin1")} AS v_admin1, ${col("admin2")} AS v_admin2, ${col("location")} AS v_location,
    ${col("latitude")} AS v_lat, ${col("longitude")} AS v_lon, ${col("geo_precision")} AS v_gp,
    ${col("source")} AS v_source, ${col("notes")} AS v_notes, ${col("fatalities")} AS v_fat,
    ${col("timestamp")} AS v_ts
  FROM read_csv(${sq(file)}, ${acledCsvOptions(header)},
    store_rejects = true, rejects_table = '${acledRejectsTable}', rejects_scan = 'ev_reject_scans') r
), parsed AS (
  SELECT *,
    try_strptime(v_date, ['%Y-%m-%d', '%Y-%m-%d %H:%M:%S', '%d %B %Y', '%d %b %Y', '%d-%b-%Y', '%d/%m/%Y', '%Y%m%d'])::DATE AS p_date,
    try_cast(v_lat AS DOUBLE) AS p_lat, try_cast(v_lon AS DOUBLE) AS p_lon,
    CASE WHEN regexp_full_match(v_fat, '\\d+(\\.0+)?') THEN try_cast(try_cast(v_fat AS DOUBLE) AS INTEGER) END AS p_fat,
    regexp_full_match(v_inter1, '\\d+') AS n_v_inter1, regexp_full_match(v_inter2, '\\d+') AS n_v_inter2,
    regexp_full_match(v_iso, '-?\\d+') AS n_v_iso,
    CASE WHEN regexp_full_match(v_iso, '-?\\d+') THEN try_cast(v_iso AS INTEGER) END AS p_iso
  FROM src
), checked AS (
  SELECT *, CASE
    WHEN v_id IS NULL THEN 'event_id_cnty is empty'
    WHEN v_date IS NULL THEN 'event_date is empty'
    WHEN p_date IS NULL AND (regexp_full_match(v_date, '\\d{4}-\\d{1,2}-\\d{1,2}')
        OR regexp_full_match(v_date, '\\d{1,2}[ -][A-Za-z]{3,9}[ -]\\d{4}') OR regexp_full_match(v_date, '\\d{1,2}/\\d{1,2}/\\d{4}'))
      THEN format('event_date "{}" is not a calendar date', v_date)
    WHEN p_date IS NULL THEN format('event_date "{}" is not a date (expected YYYY-MM-DD, "16 May 2025" or dd/mm/yyyy)', v_date)
    WHEN year(p_date) NOT BETWEEN ${minYear} AND ${maxYear}
      THEN format('event_date "{}": year {} is outside ${minYear}–${maxYear}', v_date, year(p_date))
    ${integerProblem("v_year", "year")}
    WHEN v_year IS NOT NULL AND v_year::HUGEINT <> year(p_date)
      THEN format('year {} disagrees with event_date {}', v_year::HUGEINT, v_date)
    ${interProblem("v_inter1", "inter1")}
    ${interProblem("v_inter2", "inter2")}
    ${numberProblem("v_lat", "latitude")}
    ${numberProblem("v_lon", "longitude")}
    WHEN p_lat NOT BETWEEN -90 AND 90 THEN format('latitude {} is outside −90…90', p_lat)
    WHEN p_lon NOT BETWEEN -180 AND 180 THEN format('longitude {} is outside −180…180', p_lon)
    WHEN (p_lat IS NULL) <> (p_lon IS NULL) THEN 'only one of latitude/longitude is given'
    WHEN v_fat IS NOT NULL AND p_fat IS NULL THEN format('fatalities "{}" is not a non-negative whole number', v_fat)
    WHEN v_type IS NULL THEN 'event_type is empty'
    WHEN v_tp IS NOT NULL AND v_tp NOT IN ('1', '2', '3') THEN format('time_precision {} is not 1, 2 or 3', v_tp)
    WHEN v_gp IS NOT NULL AND v_gp NOT IN ('1', '2', '3') THEN format('geo_precision {} is not 1, 2 or 3', v_gp)
    WHEN v_iso IS NOT NULL AND NOT n_v_iso THEN format('iso "{}" is not an integer', v_iso)
    ${integerProblem("v_ts", "timestamp")}
  END AS problem
  FROM parsed
)
SELECT
  'acled' AS dataset,
  ${monadic ? "CASE WHEN v_actor1 IS NULL THEN v_id ELSE v_id || ':' || v_actor1 END" : "v_id"} AS source_id,
  NULL::VARCHAR AS dataset_version,
  CASE WHEN problem IS NULL THEN v_ts::BIGINT END AS source_timestamp,
  p_date AS date_start, p_date AS date_end,
  CASE v_tp WHEN '2' THEN 'week' WHEN '3' THEN 'month' ELSE 'day' END AS date_precision,
  p_lat AS lat, p_lon AS lon,
  CASE v_gp WHEN '1' THEN 'point' WHEN '2' THEN 'near' WHEN '3' THEN 'region' END AS geo_precision,
  v_country AS country,
  coalesce(c_iso3, (${lists.iso3ByName})[c_name]) AS country_iso3,
  CASE WHEN c_iso3 IS NOT NULL THEN (${lists.gwByNumeric})[p_iso + 1] ELSE (${lists.gwByName})[c_name] END AS gw_code,
  v_admin1 AS admin1, v_admin2 AS admin2, v_location AS location_name, NULL::VARCHAR AS place_id,
  v_actor1 AS actor_a, CASE WHEN problem IS NULL THEN ${interLabel("v_inter1")} WHEN NOT n_v_inter1 THEN v_inter1 END AS actor_a_type,
  NULL::VARCHAR AS actor_a_country,
  v_actor2 AS actor_b, CASE WHEN problem IS NULL THEN ${interLabel("v_inter2")} WHEN NOT n_v_inter2 THEN v_inter2 END AS actor_b_type,
  NULL::VARCHAR AS actor_b_country,
  v_type AS event_class, v_subtype AS event_subclass,
  CASE v_type WHEN 'Battles' THEN 'battle' WHEN 'Explosions/Remote violence' THEN 'remote_violence'
    WHEN 'Violence against civilians' THEN 'violence_vs_civilians' WHEN 'Protests' THEN 'protest'
    WHEN 'Riots' THEN 'riot' WHEN 'Strategic developments' THEN 'strategic' ELSE 'other' END AS harmonised_class,
  p_fat AS fatalities_best, p_fat AS fatalities_low, NULL::INTEGER AS fatalities_high,
  NULL::DOUBLE AS conflict_score, v_notes AS notes, ${sources("v_source")} AS sources,
  raw, NULL::BIGINT AS line, ${target.importId} AS import_id, problem, ${acledLayoutCodeSql} AS layout_code
FROM (
  SELECT *, CASE WHEN v_country IS NOT NULL AND c_iso3 IS NULL THEN list_position(${lists.names}, lower(v_country)) END AS c_name
  FROM (SELECT *, CASE WHEN p_iso BETWEEN 1 AND 999 THEN (${lists.iso3ByNumeric})[p_iso + 1] END AS c_iso3 FROM checked)
))`;
}
