import { z } from "zod";
import type { EventRecord } from "../../events/record.ts";

/**
 * A sub-national region for series, complementing the store's EventFilter (src/core/events/filter.ts), which
 * selects by country, dataset, class, actors, dyad and place: admin1 names (case-insensitive) and/or a
 * bounding box [minLon, minLat, maxLon, maxLat]. Both given ⇒ both must hold; events without coordinates
 * never fall in a box.
 */
export const Region = z.object({
  admin1: z.array(z.string().min(1)).optional(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});
export type Region = z.output<typeof Region>;

export function inRegion(record: EventRecord, region: Region): boolean {
  if (region.admin1) {
    const a = (record.admin1 ?? "").toLowerCase();
    if (!region.admin1.some((x) => x.toLowerCase() === a)) return false;
  }
  if (region.bbox) {
    const [minLon, minLat, maxLon, maxLat] = region.bbox;
    if (record.lat === null || record.lon === null) return false;
    if (record.lon < minLon || record.lon > maxLon || record.lat < minLat || record.lat > maxLat)
      return false;
  }
  return true;
}
