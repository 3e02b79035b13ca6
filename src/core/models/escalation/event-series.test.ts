import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../events/record.ts";
import { eventRecord } from "./event-record-builder.ts";
import { buildEventSeries, seriesValues } from "./event-series.ts";

const record = (over: Partial<EventRecord> & Pick<EventRecord, "dateStart">) =>
  eventRecord({ countryIso3: "ARM", ...over });

const records = [
  record({ dateStart: "2022-01-05", fatalitiesBest: 3, fatalitiesLow: 2, fatalitiesHigh: 6 }),
  record({ dateStart: "2022-01-20", fatalitiesBest: null }),
  record({ dateStart: "2022-03-02", fatalitiesBest: null }),
  record({ dateStart: "2022-04-10", fatalitiesBest: 5 }),
  record({ dateStart: "2022-04-11", fatalitiesBest: 0, countryIso3: "AZE" }),
];

describe("buildEventSeries", () => {
  it("monthly: empty months are 0, all-unknown months are null, partial unknowns are flagged", () => {
    // oracle: by hand from the five records above and UNKNOWN_FATALITIES_RULE
    const s = buildEventSeries(records, { unit: "month" });
    expect(s.points.map((p) => [p.period, p.events, p.fatalitiesBest, p.unknownFatalityEvents])).toEqual([
      ["2022-01", 2, 3, 1],
      ["2022-02", 0, 0, 0],
      ["2022-03", 1, null, 1],
      ["2022-04", 2, 5, 0],
    ]);
    expect(s.points[0]).toMatchObject({ fatalitiesLow: 2, fatalitiesHigh: 6 });
    expect(s.points[3]).toMatchObject({ fatalitiesLow: 5, fatalitiesHigh: 5 });
  });
  it("filters by country and extends to the requested range", () => {
    const s = buildEventSeries(records, {
      unit: "month",
      filter: { countries: ["AZE"] },
      from: "2022-03-01",
      to: "2022-05-31",
    });
    expect(s.points.map((p) => [p.period, p.events])).toEqual([
      ["2022-03", 0],
      ["2022-04", 1],
      ["2022-05", 0],
    ]);
  });
  it("seriesValues lists the lower-bound periods instead of silently zeroing unknowns", () => {
    const s = buildEventSeries(records, { unit: "month" });
    expect(seriesValues(s, "fatalities-best")).toEqual({
      values: [3, 0, 0, 5],
      lowerBoundPeriods: ["2022-01", "2022-03"],
    });
    expect(seriesValues(s, "events").values).toEqual([2, 0, 1, 2]);
  });
  it("region by admin1 or bounding box", () => {
    const placed = [
      record({ dateStart: "2022-01-05", admin1: "Syunik", lat: 39.5, lon: 46.3 }),
      record({ dateStart: "2022-01-06", admin1: "Gegharkunik", lat: 40.1, lon: 45.7 }),
    ];
    expect(
      buildEventSeries(placed, { unit: "month", region: { admin1: ["syunik"] } }).points[0]?.events,
    ).toBe(1);
    expect(
      buildEventSeries(placed, { unit: "month", region: { bbox: [45, 40, 46, 41] } }).points[0]?.events,
    ).toBe(1);
  });
  it("weekly series uses ISO weeks", () => {
    const s = buildEventSeries(records.slice(0, 2), { unit: "week" });
    expect(s.points[0]?.period).toBe("2022-W01");
    expect(s.points.at(-1)?.period).toBe("2022-W03");
  });
});
