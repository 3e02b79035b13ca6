import { z } from "zod";
import { DatePrecision, IsoDate } from "./date.ts";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";
import { rangeExcludesPoint } from "./range-issue.ts";

export const EventType = z.enum(
  [
    "armed-clash",
    "shelling",
    "sniper-fire",
    "drone-strike",
    "offensive",
    "incursion",
    "capture",
    "ceasefire-violation",
    "landmine",
    "other",
  ],
  {
    error:
      "expected armed-clash, shelling, sniper-fire, drone-strike, offensive, incursion, capture, ceasefire-violation, landmine or other",
  },
);
export type EventType = z.output<typeof EventType>;

const Count = z.int({ error: "expected a whole number or null (unknown)" }).min(0).nullable();

/** Deaths on one side as low/best/high, where null means unknown — never the same as 0. */
export const Fatalities = z
  .strictObject({ side: z.string().min(1), low: Count.default(null), best: Count, high: Count.default(null) })
  .check((ctx) => {
    const { low, best, high } = ctx.value;
    if (low !== null && best !== null && low > best)
      ctx.issues.push(rangeExcludesPoint("low", low, `low ${low} is above best ${best}`));
    if (high !== null && best !== null && high < best)
      ctx.issues.push(rangeExcludesPoint("high", high, `high ${high} is below best ${best}`));
  });
export type Fatalities = z.output<typeof Fatalities>;

export const Place = z.strictObject({
  name: z.string().min(1),
  admin: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** How approximate the point is, e.g. `village`, `area`, `district`, with a radius. */
  precision: z.enum(["exact", "village", "town", "area", "district", "region", "country"]).default("area"),
  radiusKm: z.number().positive().optional(),
  note: z.string().optional(),
});
export type Place = z.output<typeof Place>;

export const CaseEvent = z.strictObject({
  id: Id,
  type: EventType,
  /** The reporting's own words for the kind of incident, kept beside the controlled type. */
  reportedType: z.string().optional(),
  start: IsoDate,
  end: IsoDate.optional(),
  datePrecision: DatePrecision.default("day"),
  place: Place,
  actors: z.array(Id).min(1),
  /** Who acted first, as claimed; `contested` when each side blames the other. */
  initiator: z.union([Id, z.literal("contested"), z.literal("unknown")]).default("unknown"),
  initiatorNote: z.string().optional(),
  description: z.string().min(1),
  fatalities: z.array(Fatalities).default([]),
  evidence: Evidence,
});
export type CaseEvent = z.output<typeof CaseEvent>;
