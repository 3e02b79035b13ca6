import { z } from "zod";
import { type EventRecord, HarmonisedClass } from "../../events/record.ts";

/**
 * Which events a series counts. Every given criterion must hold (AND); within a list any value may match (OR).
 * A "region" is either a list of countries or admin1 areas, or a bounding box.
 */
export const EventFilter = z.object({
  /** ISO3 codes or source country names (matched against `countryIso3` and `country`, case-insensitive). */
  countries: z.array(z.string().min(1)).optional(),
  admin1: z.array(z.string().min(1)).optional(),
  /** [minLon, minLat, maxLon, maxLat] in degrees; events without coordinates never match. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /** Actors or actor countries on the two sides; `directed` false (default) also accepts b → a. */
  dyad: z
    .object({ a: z.string().min(1), b: z.string().min(1), directed: z.boolean().default(false) })
    .optional(),
  classes: z.array(HarmonisedClass).optional(),
  /** Native classes (ACLED event_type, CAMEO code prefix …); a value matches as a prefix. */
  eventClasses: z.array(z.string().min(1)).optional(),
  datasets: z.array(z.string().min(1)).optional(),
});
export type EventFilter = z.output<typeof EventFilter>;

const lower = (s: string | null) => (s ?? "").toLowerCase();

function sideMatches(name: string, actor: string | null, actorCountry: string | null): boolean {
  const n = name.toLowerCase();
  return lower(actor) === n || lower(actorCountry) === n;
}

/** Whether a record passes the filter. */
export function matchesFilter(record: EventRecord, filter: EventFilter): boolean {
  if (filter.datasets && !filter.datasets.includes(record.dataset)) return false;
  if (filter.countries) {
    const wanted = filter.countries.map((c) => c.toLowerCase());
    if (!wanted.includes(lower(record.countryIso3)) && !wanted.includes(lower(record.country))) return false;
  }
  if (filter.admin1 && !filter.admin1.some((a) => a.toLowerCase() === lower(record.admin1))) return false;
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    if (record.lat === null || record.lon === null) return false;
    if (record.lon < minLon || record.lon > maxLon || record.lat < minLat || record.lat > maxLat)
      return false;
  }
  if (filter.classes && !filter.classes.includes(record.harmonisedClass)) return false;
  if (filter.eventClasses && !filter.eventClasses.some((c) => (record.eventClass ?? "").startsWith(c)))
    return false;
  if (filter.dyad) {
    const { a, b, directed } = filter.dyad;
    const forward =
      sideMatches(a, record.actorA, record.actorACountry) &&
      sideMatches(b, record.actorB, record.actorBCountry);
    const backward =
      !directed &&
      sideMatches(b, record.actorA, record.actorACountry) &&
      sideMatches(a, record.actorB, record.actorBCountry);
    if (!forward && !backward) return false;
  }
  return true;
}
