import { describe, expect, it } from "vitest";
import { createRandom } from "../../stats/random.ts";
import { forecastCaseEscalation } from "./case-escalation.ts";
import { eventRecord } from "./event-record-builder.ts";

// Start dates and fatalities (sum of the sides' own acknowledged figures; null when no side gave one) of the
// 33 NK incidents, Nov 2020 – Aug 2022 (facts from shared/data/nk/incidents-2020-11_2022-08.csv, which the
// project may use; see shared/README.md).
const incidents: [string, number | null][] = [
  ["2020-11-26", 3],
  ["2020-12-08", 1],
  ["2020-12-11", 0],
  ["2020-12-12", 0],
  ["2020-12-27", 1],
  ["2021-05-12", 0],
  ["2021-05-13", 0],
  ["2021-05-25", 1],
  ["2021-05-27", 0],
  ["2021-07-06", 0],
  ["2021-07-14", 1],
  ["2021-07-19", 0],
  ["2021-07-23", 1],
  ["2021-07-28", 3],
  ["2021-08-16", 1],
  ["2021-08-16", 1],
  ["2021-08-17", 0],
  ["2021-08-29", 0],
  ["2021-09-01", 1],
  ["2021-10-09", 1],
  ["2021-10-13", 0],
  ["2021-10-14", 1],
  ["2021-11-08", 1],
  ["2021-11-14", 0],
  ["2021-11-16", 13],
  ["2021-11-22", 1],
  ["2021-12-09", 1],
  ["2022-01-11", 4],
  ["2022-03-07", 1],
  ["2022-03-07", 0],
  ["2022-03-24", 3],
  ["2022-08-01", 0],
  ["2022-08-03", 3],
];
const records = incidents.map(([dateStart, best], i) =>
  eventRecord({ dateStart, sourceId: `nk-${i}`, dataset: "case", countryIso3: "AZE", fatalitiesBest: best }),
);

describe("forecastCaseEscalation (NK incidents)", () => {
  const run = (extra: typeof records = []) =>
    forecastCaseEscalation([...records, ...extra], {
      asOf: "2022-08-31",
      runs: 300,
      random: createRandom(2022),
    });

  it("builds the 22-month fatality series Nov 2020 – Aug 2022", () => {
    // oracle: monthly sums of the incident table above, by hand
    const r = run();
    expect(r.values).toEqual([3, 2, 0, 0, 0, 0, 1, 0, 5, 2, 1, 2, 15, 1, 4, 0, 4, 0, 0, 0, 0, 3]);
    expect(r.series[0]?.period).toBe("2020-11");
    expect(r.forecastPeriods).toEqual([
      "2022-09",
      "2022-10",
      "2022-11",
      "2022-12",
      "2023-01",
      "2023-02",
      "2023-03",
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
      "2023-08",
    ]);
    expect(r.partialLastPeriod).toBeNull();
  });

  it("gives threshold probabilities for 3 and 12 months from every model, monotone in the threshold", () => {
    const r = run();
    for (const f of r.result.forecasts) {
      expect(f.thresholds.map((t) => t.horizon)).toEqual([3, 12]);
      for (const t of f.thresholds) {
        const p = t.probabilities.map((x) => x.probability);
        expect([...p].sort((a, b) => b - a)).toEqual(p);
      }
    }
    expect(r.result.headline).toHaveLength(2);
    expect(r.result.backtest?.verdicts[0]?.sentence).toMatch(/^ingarch-nb (beats|loses)/);
  });

  it("does not leak: events after the as-of date change nothing", () => {
    const poison = [eventRecord({ dateStart: "2022-09-13", fatalitiesBest: 286, countryIso3: "AZE" })];
    expect(run(poison)).toEqual(run());
  });

  it("is deterministic for a seed", () => {
    expect(run()).toEqual(run());
  });

  it("flags a partial last month when the cutoff is mid-month", () => {
    const r = forecastCaseEscalation(records, {
      asOf: "2022-08-15",
      horizonMonths: 3,
      runs: 100,
      random: createRandom(1),
    });
    expect(r.partialLastPeriod).toBe("2022-08");
    expect(r.forecastPeriods).toEqual(["2022-09", "2022-10", "2022-11"]);
    expect(r.notes.some((n) => n.includes("incomplete"))).toBe(true);
  });
});

describe("forecastCaseEscalation with exogenous marks", () => {
  it("adds ingarch-nb+marks fed by monthly counts of the mark events, cut at the as-of date", () => {
    // Invented news-coded AZE→ARM material-conflict reports, one a month in 2021–22, plus one after the cutoff.
    const marks = [
      ...Array.from({ length: 20 }, (_, i) =>
        eventRecord({
          dateStart: `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-05`,
          harmonisedClass: "material_conflict",
          actorACountry: "AZE",
          actorBCountry: "ARM",
        }),
      ),
      eventRecord({
        dateStart: "2022-09-13",
        harmonisedClass: "material_conflict",
        actorACountry: "AZE",
        actorBCountry: "ARM",
      }),
    ];
    const r = forecastCaseEscalation(records, {
      asOf: "2022-08-31",
      horizonMonths: 3,
      runs: 100,
      random: createRandom(5),
      marks: [
        { label: "AZE→ARM material conflict", records: marks, filter: { dyad: { from: "AZE", to: "ARM" } } },
      ],
    });
    expect(r.marks[0]?.values).toHaveLength(22);
    expect(r.marks[0]?.values.slice(0, 3)).toEqual([0, 0, 1]);
    expect(r.result.forecasts.map((f) => f.label)).toContain("ingarch-nb+marks");
    expect(r.result.forecasts.find((f) => f.label === "ingarch-nb+marks")?.fit?.gamma).toHaveLength(1);
    expect(r.result.backtest?.verdicts.map((v) => v.label)).toEqual(["ingarch-nb", "ingarch-nb+marks"]);
  });
});
