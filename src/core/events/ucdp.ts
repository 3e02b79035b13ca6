import { countryByName } from "./countries.ts";
import { parseEventDate } from "./dates.ts";
import { coordinates, count, integer, required, text } from "./fields.ts";
import { guarded, type RowMapper, RowProblem } from "./mapping.ts";
import type { DatePrecision, GeoPrecision, HarmonisedClass } from "./record.ts";

/** The 49 columns of UCDP GED (stable and Candidate releases; shared/events/formats.md §1.2). */
export const ucdpColumns = [
  "id",
  "relid",
  "year",
  "active_year",
  "code_status",
  "type_of_violence",
  "conflict_dset_id",
  "conflict_new_id",
  "conflict_name",
  "dyad_dset_id",
  "dyad_new_id",
  "dyad_name",
  "side_a_dset_id",
  "side_a_new_id",
  "side_a",
  "side_b_dset_id",
  "side_b_new_id",
  "side_b",
  "number_of_sources",
  "source_article",
  "source_office",
  "source_date",
  "source_headline",
  "source_original",
  "where_prec",
  "where_coordinates",
  "where_description",
  "adm_1",
  "adm_2",
  "latitude",
  "longitude",
  "geom_wkt",
  "priogrid_gid",
  "country",
  "country_id",
  "region",
  "event_clarity",
  "date_prec",
  "date_start",
  "date_end",
  "deaths_a",
  "deaths_b",
  "deaths_civilians",
  "deaths_unknown",
  "best",
  "high",
  "low",
  "gwnoa",
  "gwnob",
] as const;

const violence: Record<string, { label: string; harmonised: HarmonisedClass }> = {
  "1": { label: "state-based", harmonised: "battle" },
  "2": { label: "non-state", harmonised: "battle" },
  "3": { label: "one-sided", harmonised: "violence_vs_civilians" },
};
// GED date_prec 1..5 and where_prec 1..7 (formats.md §1.2, §1.5).
const datePrecision: Record<string, DatePrecision> = {
  "1": "day",
  "2": "days",
  "3": "week",
  "4": "month",
  "5": "year",
};
const wherePrecision: Record<string, GeoPrecision> = {
  "1": "point",
  "2": "near",
  "3": "adm2",
  "4": "adm1",
  "5": "region",
  "6": "country",
  "7": "water",
};

export function createUcdpMapper(header: readonly string[]): RowMapper<Readonly<Record<string, string>>> {
  const statuses = new Map<string, number>();
  let withTime = 0;
  let unordered = 0;
  return {
    map: (row) =>
      guarded(() => {
        const id = required(row.id, "id");
        const startText = required(row.date_start, "date_start");
        const start = parseEventDate(startText, "date_start").date;
        const end = parseEventDate(required(row.date_end, "date_end"), "date_end").date;
        if (end < start) throw new RowProblem(`date_end ${end} is before date_start ${start}`);
        if (startText.length > 10) withTime++;
        const tov = required(row.type_of_violence, "type_of_violence");
        const kind = violence[tov];
        if (kind === undefined) throw new RowProblem(`type_of_violence ${tov} is not 1, 2 or 3`);
        const best = count(row.best, "best");
        const low = count(row.low, "low");
        const high = count(row.high, "high");
        // GED promises low ≤ best ≤ high; some released rows break it. They are kept as given and counted.
        if (best !== null && ((low !== null && low > best) || (high !== null && high < best))) unordered++;
        const { lat, lon } = coordinates(row.latitude, row.longitude);
        const dp = text(row.date_prec);
        const wp = text(row.where_prec);
        const countryName = text(row.country);
        const status = text(row.code_status) ?? "(blank)";
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        return {
          dataset: "ucdp",
          sourceId: id,
          datasetVersion: null,
          sourceTimestamp: null,
          dateStart: start,
          dateEnd: end,
          datePrecision: (dp !== null ? datePrecision[dp] : undefined) ?? "day",
          lat,
          lon,
          geoPrecision: (wp !== null ? wherePrecision[wp] : undefined) ?? null,
          country: countryName,
          countryIso3:
            countryName !== null ? (countryByName(countryName.replace(/ \(.*\)$/, ""))?.iso3 ?? null) : null,
          gwCode: integer(row.country_id, "country_id"),
          admin1: text(row.adm_1),
          admin2: text(row.adm_2),
          locationName: text(row.where_coordinates),
          placeId: null,
          actorA: text(row.side_a),
          actorAType: null,
          actorACountry: null,
          actorB: text(row.side_b),
          actorBType: null,
          actorBCountry: null,
          eventClass: kind.label,
          eventSubclass: text(row.conflict_name),
          harmonisedClass: kind.harmonised,
          fatalitiesBest: best,
          fatalitiesLow: low,
          fatalitiesHigh: high,
          conflictScore: null,
          notes: text(row.where_description),
          sources: [text(row.source_article)].filter((s): s is string => s !== null),
        };
      }),
    notes: () => {
      const notes = [`${header.length} columns${header.length === 49 ? "" : " (GED has 49)"}`];
      const missing = ucdpColumns.filter((c) => !header.includes(c));
      if (missing.length > 0) notes.push(`columns missing: ${missing.join(", ")}`);
      notes.push(`code_status: ${[...statuses].map(([s, n]) => `${s} (${n})`).join(", ")}`);
      if (withTime > 0) notes.push(`dates with a time part: ${withTime}`);
      if (unordered > 0)
        notes.push(`rows where low ≤ best ≤ high does not hold (kept as given): ${unordered}`);
      return notes;
    },
  };
}
