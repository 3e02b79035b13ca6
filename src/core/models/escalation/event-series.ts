import { type EventFilter, matchesFilter } from "../../events/filter.ts";
import type { EventRecord } from "../../events/record.ts";
import { type PeriodUnit, periodKey, periodRange } from "./period.ts";
import { inRegion, type Region } from "./region.ts";

/** Counts and fatalities of one period. */
export interface SeriesPoint {
  period: string;
  /** First day of the period. */
  start: string;
  events: number;
  /** Sum of the known best estimates; null when the period has events and none has a known figure. */
  fatalitiesBest: number | null;
  /** Sum of known lows (an event's lone best counts as its own low); null as for best. */
  fatalitiesLow: number | null;
  /** Sum of known highs (an event's lone best counts as its own high); null as for best. */
  fatalitiesHigh: number | null;
  /** Events whose fatalities are unknown (null): when > 0 the sums above are lower bounds. */
  unknownFatalityEvents: number;
}

export interface EventSeries {
  unit: PeriodUnit;
  points: SeriesPoint[];
}

/**
 * The rule for unknown fatalities (null ≠ 0), stated once so that outputs can quote it.
 */
export const UNKNOWN_FATALITIES_RULE =
  "Fatalities per period are the sum of the events' known figures; events with unknown (null) fatalities are " +
  "counted in `unknownFatalityEvents` and make that period's sum a lower bound; a period whose events all " +
  "have unknown fatalities is null, and a period with no recorded event is 0. An event with only a best " +
  "figure uses it as its own low and high. Events are dated by their start date.";

export interface SeriesOptions {
  unit: PeriodUnit;
  /** The store's selection (countries, datasets, classes, actors, directed dyad, places, dates). */
  filter?: EventFilter;
  /** Admin1 areas or a bounding box. */
  region?: Region;
  /** First and last day covered (default: first and last matching event). Periods without events are 0. */
  from?: string;
  to?: string;
}

/** Event counts and fatalities per day, week or month for the events passing `filter`. */
export function buildEventSeries(records: readonly EventRecord[], options: SeriesOptions): EventSeries {
  const { unit, filter = {}, region = {} } = options;
  const selected = records.filter((r) => matchesFilter(r, filter) && inRegion(r, region));
  let from = options.from;
  let to = options.to;
  if (from === undefined || to === undefined)
    for (const r of selected) {
      if (options.from === undefined && (from === undefined || r.dateStart < from)) from = r.dateStart;
      if (options.to === undefined && (to === undefined || r.dateStart > to)) to = r.dateStart;
    }
  if (from === undefined || to === undefined) return { unit, points: [] };
  const points = new Map<string, SeriesPoint & { known: number }>();
  for (const p of periodRange(from, to, unit))
    points.set(p.key, {
      period: p.key,
      start: p.start,
      events: 0,
      fatalitiesBest: 0,
      fatalitiesLow: 0,
      fatalitiesHigh: 0,
      unknownFatalityEvents: 0,
      known: 0,
    });
  for (const r of selected) {
    if (r.dateStart < from || r.dateStart > to) continue;
    // Records carry validated ISO dates, so day and month keys are prefixes (no date parsing per event).
    const key =
      unit === "month"
        ? r.dateStart.slice(0, 7)
        : unit === "day"
          ? r.dateStart
          : periodKey(r.dateStart, unit);
    const point = points.get(key);
    if (!point) continue;
    point.events += 1;
    if (r.fatalitiesBest === null) {
      point.unknownFatalityEvents += 1;
      continue;
    }
    point.known += 1;
    point.fatalitiesBest = (point.fatalitiesBest ?? 0) + r.fatalitiesBest;
    point.fatalitiesLow = (point.fatalitiesLow ?? 0) + (r.fatalitiesLow ?? r.fatalitiesBest);
    point.fatalitiesHigh = (point.fatalitiesHigh ?? 0) + (r.fatalitiesHigh ?? r.fatalitiesBest);
  }
  return {
    unit,
    points: [...points.values()].map(({ known, ...p }) =>
      p.events > 0 && known === 0
        ? { ...p, fatalitiesBest: null, fatalitiesLow: null, fatalitiesHigh: null }
        : p,
    ),
  };
}

export type SeriesTarget = "events" | "fatalities-best" | "fatalities-low" | "fatalities-high";

/**
 * The numbers a model sees. Unknown fatalities are not silently zero: a null period enters as 0 and is
 * listed in `lowerBoundPeriods`, together with every period where some events had unknown fatalities, so
 * forecasts can say that their history is a lower bound there.
 */
export function seriesValues(
  series: EventSeries,
  target: SeriesTarget,
): { values: number[]; lowerBoundPeriods: string[] } {
  const lowerBoundPeriods: string[] = [];
  const values = series.points.map((p) => {
    if (target === "events") return p.events;
    if (p.unknownFatalityEvents > 0) lowerBoundPeriods.push(p.period);
    const v =
      target === "fatalities-best"
        ? p.fatalitiesBest
        : target === "fatalities-low"
          ? p.fatalitiesLow
          : p.fatalitiesHigh;
    return v ?? 0;
  });
  return { values, lowerBoundPeriods };
}
