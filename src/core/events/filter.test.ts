import { describe, expect, it } from "vitest";
import { matchesFilter } from "./filter.ts";
import type { EventRecord } from "./record.ts";

const record = {
  dataset: "acled",
  dateStart: "2022-09-13",
  countryIso3: "ARM",
  harmonisedClass: "battle",
  actorA: "A",
  actorB: null,
  actorACountry: "AZE",
  actorBCountry: "ARM",
  placeId: "sotk",
} as EventRecord;

describe("matchesFilter", () => {
  it("needs every given criterion, inclusive date bounds, any item of a list", () => {
    expect(matchesFilter(record, {})).toBe(true);
    expect(matchesFilter(record, { datasets: ["ucdp", "acled"], from: "2022-09-13", to: "2022-09-13" })).toBe(
      true,
    );
    expect(matchesFilter(record, { countries: ["AZE"] })).toBe(false);
    expect(matchesFilter(record, { actors: ["A"], classes: ["battle"], placeIds: ["sotk"] })).toBe(true);
    expect(matchesFilter(record, { dyad: { from: "AZE", to: "ARM" } })).toBe(true);
    expect(matchesFilter(record, { dyad: { from: "ARM", to: "AZE" } })).toBe(false);
    expect(matchesFilter(record, { from: "2022-09-14" })).toBe(false);
  });
});
