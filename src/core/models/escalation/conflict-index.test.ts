import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createIcewsMapper } from "../../events/icews.ts";
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

describe("dyadConflictIndex on the ICEWS fixture (1–2 June 2018)", () => {
  it("North Korea → United States on 2018-06-01: 15 events, mean Goldstein 54.4 / 15, all cooperation", () => {
    // oracle: the raw TSV, by awk over columns Source Country, Target Country, Intensity:
    // 15 rows, Σ Intensity = 54.4 (CAMEO 036 ×2, 040 ×6, 042, 046 ×5, 050), all quad 1 (verbal cooperation)
    const text = readFileSync(
      join(import.meta.dirname, "../../../../test/fixtures/events/icews-2018-06-01-02-subset.tab"),
      "utf8",
    );
    const [head, ...lines] = text.trimEnd().split("\n");
    const header = head!.split("\t");
    const mapper = createIcewsMapper(header);
    const records = lines.flatMap((line) => {
      const cells = line.split("\t");
      const outcome = mapper.map(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
      return outcome.ok ? [outcome.record] : [];
    });
    const index = dyadConflictIndex(records, {
      source: "PRK",
      target: "USA",
      unit: "day",
      from: "2018-06-01",
      to: "2018-06-02",
    });
    const [first, second] = index.points;
    expect(first?.volume).toBe(15);
    expect(first?.meanScore).toBeCloseTo(54.4 / 15, 10);
    expect(first?.shares?.verbalCoop).toBe(1);
    expect(first?.conflictCooperationRatio).toBe(0);
    expect(second?.volume).toBe(0);
  });
});
