import { z } from "zod";
import { type EventRecord, HarmonisedClass } from "./record.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A selection of events, used by the store's `query` (as SQL) and by `matchesFilter` (in memory) with the
 * same meaning. Every given criterion must hold; lists match any of their items. Dates compare with the
 * event's start date, both bounds inclusive.
 */
export const EventFilter = z.object({
  datasets: z.array(z.string()).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  countries: z.array(z.string().regex(/^[A-Z]{3}$/)).optional(),
  classes: z.array(HarmonisedClass).optional(),
  /** Matches actorA or actorB exactly. */
  actors: z.array(z.string()).optional(),
  /** Directed dyad by actor country (CAMEO/PLOVER data): actorACountry → actorBCountry. */
  dyad: z.object({ from: z.string(), to: z.string() }).optional(),
  placeIds: z.array(z.string()).optional(),
  limit: z.number().int().positive().optional(),
});
export type EventFilter = z.output<typeof EventFilter>;

export function matchesFilter(record: EventRecord, filter: EventFilter): boolean {
  const inList = (list: readonly string[] | undefined, value: string | null) =>
    list === undefined || (value !== null && list.includes(value));
  return (
    inList(filter.datasets, record.dataset) &&
    (filter.from === undefined || record.dateStart >= filter.from) &&
    (filter.to === undefined || record.dateStart <= filter.to) &&
    inList(filter.countries, record.countryIso3) &&
    inList(filter.classes, record.harmonisedClass) &&
    (filter.actors === undefined ||
      inList(filter.actors, record.actorA) ||
      inList(filter.actors, record.actorB)) &&
    (filter.dyad === undefined ||
      (record.actorACountry === filter.dyad.from && record.actorBCountry === filter.dyad.to)) &&
    inList(filter.placeIds, record.placeId)
  );
}
