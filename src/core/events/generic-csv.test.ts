import { describe, expect, it } from "vitest";
import { createCsvMapper, parseColumnMapping } from "./generic-csv.ts";

describe("generic CSV", () => {
  it("parseColumnMapping accepts field=column pairs and aliases, and needs a date", () => {
    expect(parseColumnMapping("date=When, lat=Lat,longitude=Lon,actor1=Side A")).toEqual({
      ok: true,
      mapping: { date: "When", lat: "Lat", lon: "Lon", actor_a: "Side A" },
    });
    expect(parseColumnMapping("lat=Lat")).toMatchObject({
      ok: false,
      message: "the mapping needs date=<column>",
    });
    expect(parseColumnMapping("date=D,colour=C")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/unknown field "colour"/),
    });
    expect(parseColumnMapping("date")).toMatchObject({ ok: false });
  });

  it("rows without an id get a stable key from their values; fatalities keep null ≠ 0", () => {
    const mapper = createCsvMapper(["D", "F"], { date: "D", fatalities: "F" });
    const a = mapper.map({ D: "2022-09-13", F: "" });
    const b = mapper.map({ D: "2022-09-13", F: "" });
    const c = mapper.map({ D: "2022-09-13", F: "0" });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(a.record.sourceId).toBe(b.record.sourceId);
      expect(a.record.sourceId).not.toBe(c.record.sourceId);
      expect(a.record.fatalitiesBest).toBeNull();
      expect(c.record.fatalitiesBest).toBe(0);
    }
    expect(createCsvMapper(["D"], { date: "X" }).map({ D: "2022-01-01" })).toMatchObject({
      ok: false,
      reason: "mapped columns not in the header: X",
    });
  });
});
