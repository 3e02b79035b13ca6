import { describe, expect, it } from "vitest";
import { forecastIssues } from "../../src/core/analysis/forecast.ts";
import { CaseFile } from "../../src/core/case/index.ts";
import { applyPatches } from "../../src/core/scenario/index.ts";
import { smallCase, smallCaseInput } from "../fixtures/analysis/small-case.ts";

describe("forecastIssues", () => {
  const forecasts = forecastIssues(smallCase);

  it("forecastIssues(smallCase) reports every engine and baseline per issue, never NaN", () => {
    expect(forecasts.map((f) => f.issue)).toEqual(["status", "corridor", "peacekeepers"]);
    for (const issue of forecasts) {
      expect(issue.forecasts.map((f) => f.setting)).toEqual([
        "bdm:paper",
        "smp:defaults",
        "smp:joint",
        "compromise",
        "median",
        "status-quo",
      ]);
      for (const f of issue.forecasts) {
        expect(Number.isFinite(f.outcome)).toBe(true);
        expect(f.outcome).toBeGreaterThanOrEqual(0);
        expect(f.outcome).toBeLessThanOrEqual(100);
        expect(f.trajectory.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it("forecastIssues gives the compromise and median baselines", () => {
    const corridor = forecasts.find((f) => f.issue === "corridor");
    // oracle: hand computation — Σ c·s·x / Σ c·s = 1202500/16400; weighted median: sorted 20 (2100), 50 (1200),
    // 70 (4800), 90 (4800), 95 (3500): cumulative 2100, 3300, 8100, 12900 first passes half of 16400 (8200) at 90
    expect(corridor?.forecasts.find((f) => f.setting === "compromise")?.outcome).toBeCloseTo(
      1202500 / 16400,
      12,
    );
    expect(corridor?.forecasts.find((f) => f.setting === "median")?.outcome).toBe(90);
    expect(corridor?.forecasts.find((f) => f.setting === "status-quo")?.outcome).toBe(20);
  });

  it("forecastIssues --model bdm runs only the BDM default", () => {
    const only = forecastIssues(smallCase, { model: "bdm", issues: ["status"] });
    expect(only[0]?.forecasts.map((f) => f.setting)).toEqual(["bdm:paper"]);
  });
});

describe("forecastIssues on bad input", () => {
  it("throws naming the issue when fewer than three actors take a stance", () => {
    const thin = applyPatches(smallCase, [
      { op: "remove-actor", actor: "eu" },
      { op: "remove-actor", actor: "tur" },
      { op: "remove-actor", actor: "rus" },
    ]);
    expect(() => forecastIssues(thin)).toThrow(
      /issue "status": the bargaining models need at least three actors.*got 2 \(arm, aze\)/,
    );
  });

  it("throws naming actor and issue for a stance without capability", () => {
    const input = structuredClone(smallCaseInput);
    input.stances?.push({
      actor: "obs",
      issue: "corridor",
      position: 10,
      salience: 10,
      confidence: "low",
      evidence: "analyst-estimate",
    });
    expect(() => forecastIssues(CaseFile.parse(input))).toThrow(
      /issue "corridor": actor "obs" has a stance but no capability/,
    );
  });

  it("throws when every actor is at one point or total salience is zero", () => {
    const same = applyPatches(
      smallCase,
      ["arm", "aze", "rus", "eu", "tur"].map((actor) => ({
        op: "set-position" as const,
        actor,
        issue: "status",
        value: { value: 40, low: 40, high: 40 },
      })),
    );
    expect(() => forecastIssues(same, { issues: ["status"] })).toThrow(
      /issue "status": every actor is at position 40/,
    );
    const mute = applyPatches(
      smallCase,
      ["arm", "aze", "rus", "eu", "tur"].map((actor) => ({
        op: "scale-salience" as const,
        actor,
        issue: "corridor",
        factor: 0,
      })),
    );
    expect(() => forecastIssues(mute, { issues: ["corridor"] })).toThrow(
      /issue "corridor": total salience is zero/,
    );
  });

  it("throws listing the issues when --issue names an unknown one", () => {
    expect(() => forecastIssues(smallCase, { issues: ["nowhere"] })).toThrow(
      /no issue "nowhere" \(issues: status, corridor, peacekeepers\)/,
    );
  });
});
