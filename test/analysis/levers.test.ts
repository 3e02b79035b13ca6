import { describe, expect, it } from "vitest";
import { rankLevers } from "../../src/core/analysis/levers.ts";
import {
  compareScenario,
  leverValues,
  scenarioPatches,
} from "../../src/core/analysis/scenario-comparison.ts";
import { smallCase } from "../fixtures/analysis/small-case.ts";

describe("rankLevers", () => {
  // The compromise model is linear in each position, so its sensitivities have closed forms.
  const [corridor] = rankLevers(smallCase, { model: "compromise", issues: ["corridor"] });

  it("rankLevers(compromise) puts the heaviest actors' positions first, swing = span·w_k/W", () => {
    // oracle: hand computation — weights c·s on corridor: arm 2100, aze 4800, rus 4800, eu 1200, tur 3500 (W 16400);
    // aze's position 90 is tried at 80 and 100: swing 20·4800/16400 = 5.853…; rus (70 → 60, 80) ties with it
    expect(corridor?.ranked[0]).toMatchObject({ actor: "aze", factor: "position", down: 80, up: 100 });
    expect(corridor?.ranked[0]?.swing).toBeCloseTo((20 * 4800) / 16400, 12);
    expect(corridor?.ranked[1]).toMatchObject({ actor: "rus", factor: "position" });
    expect(corridor?.ranked[0]?.slope).toBeCloseTo(4800 / 16400, 12);
  });

  it("rankLevers(compromise) ranks arm's capability third, pulling the outcome down", () => {
    // oracle: hand computation — arm capability 20 → 40 makes w 1400 → 2800:
    // (1160500 + 20w)/(14300 + w) goes 1188500/15700 → 1216500/17100
    expect(corridor?.ranked[2]).toMatchObject({ actor: "arm", factor: "capability" });
    expect(corridor?.ranked[2]?.swing).toBeCloseTo(1216500 / 17100 - 1188500 / 15700, 10);
  });

  it("rankLevers sorts by |swing| and covers three factors per actor", () => {
    const swings = corridor?.ranked.map((s) => Math.abs(s.swing)) ?? [];
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(corridor?.ranked).toHaveLength(15);
  });
});

describe("compareScenario and leverValues", () => {
  it("compareScenario(russia-distracted) shifts the compromise forecast as the halved weight implies", () => {
    const comparison = compareScenario(smallCase, scenarioPatches(smallCase, "russia-distracted"), {
      settings: [{ kind: "compromise" }, { kind: "status-quo" }],
    });
    const corridor = comparison.issues.find((i) => i.issue === "corridor")?.forecasts[0];
    // oracle: hand computation — rus weight 4800 → 2400: (1202500 − 168000)/(16400 − 2400) = 1034500/14000
    expect(corridor?.baseline).toBeCloseTo(1202500 / 16400, 10);
    expect(corridor?.scenario).toBeCloseTo(1034500 / 14000, 10);
    expect(comparison.issues[0]?.forecasts[1]?.shift).toBe(0);
    expect(comparison.zoneChange).toBe("stays-closed");
  });

  it("leverValues runs every recommendation lever", () => {
    const values = leverValues(smallCase, { settings: [{ kind: "compromise" }] });
    expect(values.map((v) => v.recommendation)).toEqual(["back-eu"]);
    expect(values[0]?.comparison.summary).toMatch(/^Settlement zone/);
  });

  it("scenarioPatches names the known scenarios when the id is wrong", () => {
    expect(() => scenarioPatches(smallCase, "nope")).toThrow(/no scenario "nope".*russia-distracted/);
  });
});
