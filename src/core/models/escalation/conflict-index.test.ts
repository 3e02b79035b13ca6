import { describe, expect, it } from "vitest";
import { dyadConflictIndex } from "./conflict-index.ts";
import { eventRecord as record } from "./event-record-builder.ts";

const d = (
  dateStart: string,
  score: number,
  cls: "verbal_coop" | "material_conflict" | "verbal_conflict",
  a = "AZE",
  b = "ARM",
) => record({ dateStart, conflictScore: score, harmonisedClass: cls, actorACountry: a, actorBCountry: b });

describe("dyadConflictIndex", () => {
  it("AZE→ARM per month: mean Goldstein score, quad shares, conflict/cooperation ratio; ARM→AZE kept apart", () => {
    // oracle: by hand — Jan: scores 3, −10, −2 → mean −3; shares 1/3 each of verbal coop, material conflict,
    // verbal conflict; ratio 2/1 = 2. The ARM→AZE event (−9) is another directed dyad and is not counted.
    const records = [
      d("2022-01-03", 3, "verbal_coop"),
      d("2022-01-04", -10, "material_conflict"),
      d("2022-01-09", -2, "verbal_conflict"),
      d("2022-01-09", -9, "material_conflict", "ARM", "AZE"),
    ];
    const index = dyadConflictIndex(records, {
      source: "AZE",
      target: "ARM",
      unit: "month",
      from: "2022-01-01",
      to: "2022-02-28",
    });
    const jan = index.points[0]!;
    expect(jan.volume).toBe(3);
    expect(jan.meanScore).toBeCloseTo(-3, 12);
    expect(jan.shares?.materialConflict).toBeCloseTo(1 / 3, 12);
    expect(jan.conflictCooperationRatio).toBe(2);
    expect(index.points[1]).toMatchObject({ period: "2022-02", volume: 0, meanScore: null, shares: null });
  });
  it("z-score compares with earlier periods only", () => {
    // oracle: earlier monthly means 1, 2, 3 (mean 2, sd 1); April mean −4 → z = −6, by hand
    const records = [
      d("2022-01-01", 1, "verbal_coop"),
      d("2022-02-01", 2, "verbal_coop"),
      d("2022-03-01", 3, "verbal_coop"),
      d("2022-04-01", -4, "verbal_conflict"),
    ];
    const index = dyadConflictIndex(records, {
      source: "AZE",
      target: "ARM",
      unit: "month",
      from: "2022-01-01",
      to: "2022-04-30",
    });
    expect(index.points.map((p) => p.zScore)).toEqual([null, null, null, expect.closeTo(-6, 12)]);
  });
});
