import { z } from "zod";

/**
 * The canonical event record: every importer (ACLED, UCDP GED, ICEWS, GDELT, PLOVER/POLECAT, generic CSV,
 * the case file) maps its native rows to this shape, and the store returns it from queries.
 * Follows the harmonised record suggested in shared/events/formats.md §1.5; field names are camelCase here
 * and snake_case in the DuckDB table.
 *
 * Conventions
 * - Dates are ISO calendar dates `YYYY-MM-DD`; `dateEnd` equals `dateStart` for single-day events.
 * - `null` means "not given by the source", never zero: fatalities keep `null` ≠ `0`. ACLED's
 *   `fatalities = 0` also means "unknown" in ACLED's own terms (formats.md §1.1); it is kept as 0, the
 *   dataset name tells the reader how to interpret it.
 * - Countries: `countryIso3` is ISO 3166-1 alpha-3 when the source gives or implies one; `country` is the
 *   source's own country name.
 */

/** Temporal precision of an event's date: ACLED time_precision 1/2/3 → day/week/month; GED date_prec
 *  1/2/3/4/5 → day/days/week/month/year (formats.md §1.5). `days` is "within 2–6 days". */
export const DatePrecision = z.enum(["day", "days", "week", "month", "year"]);
export type DatePrecision = z.output<typeof DatePrecision>;

/** Spatial precision: ACLED geo_precision 1/2/3 → point/near/region; GED where_prec 1..7 →
 *  point/near/adm2/adm1/region/country/water; GDELT geo type 1..5 → country/adm1/point/point/adm1. */
export const GeoPrecision = z.enum(["point", "near", "adm2", "adm1", "region", "country", "water"]);
export type GeoPrecision = z.output<typeof GeoPrecision>;

/**
 * Harmonised event class across datasets. ACLED event types map to the first six; CAMEO/PLOVER-coded
 * events map to their quad class (1 verbal cooperation … 4 material conflict, formats.md §1.3);
 * UCDP state-based and non-state violence → battle, one-sided → violence_vs_civilians.
 */
export const HarmonisedClass = z.enum([
  "battle",
  "remote_violence",
  "violence_vs_civilians",
  "protest",
  "riot",
  "strategic",
  "verbal_coop",
  "material_coop",
  "verbal_conflict",
  "material_conflict",
  "other",
]);
export type HarmonisedClass = z.output<typeof HarmonisedClass>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const nullableText = z.string().nullable();
const fatalityCount = z.number().int().nonnegative().nullable();

export const EventRecord = z.object({
  /** Dataset key: `acled`, `ucdp`, `icews`, `gdelt`, `plover`, `polecat`, `case`, or a user key for CSV. */
  dataset: z.string().min(1),
  /** The source's own id, unique within `dataset` (ACLED event_id_cnty, GED id, GLOBALEVENTID …). */
  sourceId: z.string().min(1),
  /** Release or version when the source states one (GED "23.1", GDELT "2.0", ACLED timestamp as text). */
  datasetVersion: nullableText,
  /** Unix seconds of the source's last revision of this row (ACLED `timestamp`), for incremental updates. */
  sourceTimestamp: z.number().int().nullable(),

  dateStart: isoDate,
  dateEnd: isoDate,
  datePrecision: DatePrecision,

  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geoPrecision: GeoPrecision.nullable(),
  /** Country name as the source gives it (country of the event's location). */
  country: nullableText,
  countryIso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  /** Gleditsch–Ward country code (Armenia 371, Azerbaijan 373) when known. */
  gwCode: z.number().int().nullable(),
  admin1: nullableText,
  admin2: nullableText,
  locationName: nullableText,
  /** Neutral place id from the alias table (src/core/events/place-aliases.ts) when the name resolved. */
  placeId: nullableText,

  /** Side A / initiator (ACLED actor1, GED side_a, CAMEO source actor). actor1 is not necessarily the aggressor. */
  actorA: nullableText,
  /** Actor type label (ACLED inter text such as "State forces"; CAMEO/PLOVER sector such as "GOV"). */
  actorAType: nullableText,
  /** Actor's country as ISO3 (CAMEO/GDELT actor codes) or the source's name (ICEWS); for directed dyads. */
  actorACountry: nullableText,
  actorB: nullableText,
  actorBType: nullableText,
  actorBCountry: nullableText,

  /** Native class: ACLED event_type, GED type_of_violence label, CAMEO code, PLOVER category … */
  eventClass: nullableText,
  /** Native sub-class: ACLED sub_event_type, PLOVER mode … */
  eventSubclass: nullableText,
  harmonisedClass: HarmonisedClass,

  fatalitiesBest: fatalityCount,
  fatalitiesLow: fatalityCount,
  fatalitiesHigh: fatalityCount,

  /** Conflict–cooperation score (Goldstein −10…+10 for CAMEO; PLOVER score) when the source codes one. */
  conflictScore: z.number().min(-10).max(10).nullable(),
  notes: nullableText,
  /** Sources as given (ACLED `;`-separated source list, GED source_article, URLs …). */
  sources: z.array(z.string()),
});
export type EventRecord = z.output<typeof EventRecord>;
