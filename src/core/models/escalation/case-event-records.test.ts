import { describe, expect, it } from "vitest";
import { CaseEvent } from "../../case/event.ts";
import { EventRecord } from "../../events/record.ts";
import { caseEventsToRecords } from "./case-event-records.ts";

const event = (fatalities: unknown[]) =>
  CaseEvent.parse({
    id: "ev-2021-11-16",
    type: "armed-clash",
    start: "2021-11-16",
    place: { name: "Sisian direction", lat: 39.5, lon: 46.1, precision: "area" },
    actors: ["aze", "arm"],
    description: "Clash on the border.",
    fatalities,
    evidence: [{ source: "nk-incidents-2022", locator: "row 25" }],
  });

describe("caseEventsToRecords", () => {
  it("sums the sides' known figures, keeps null when no side knows, and gives a valid record", () => {
    // oracle: by hand — 6 + 7 = 13; a side with null adds nothing; all-null ⇒ null (unknown)
    const [a] = caseEventsToRecords([
      event([
        { side: "arm", best: 6 },
        { side: "aze", best: 7, low: 5 },
      ]),
    ]);
    expect(EventRecord.parse(a)).toEqual(a);
    expect(a).toMatchObject({
      fatalitiesBest: 13,
      fatalitiesLow: 11,
      fatalitiesHigh: 13,
      harmonisedClass: "battle",
    });
    const [b] = caseEventsToRecords([event([{ side: "arm", best: null }])]);
    expect(b?.fatalitiesBest).toBeNull();
    const [c] = caseEventsToRecords([
      event([
        { side: "arm", best: null },
        { side: "aze", best: 2 },
      ]),
    ]);
    expect(c?.fatalitiesBest).toBe(2);
    expect(c?.sources).toEqual(["nk-incidents-2022 row 25"]);
  });
});
