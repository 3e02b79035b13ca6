import { describe, expect, it } from "vitest";
import { createRandom } from "../../stats/random.ts";
import { forecastCounts } from "./forecast.ts";
import { scoreStep } from "./forecast-score.ts";
import { DEFAULT_BASELINES, DEFAULT_INGARCH } from "./model-spec.ts";
import { thresholdProbabilities } from "./thresholds.ts";

const history = [0, 3, 12, 0, 0, 5, 40, 7, 0, 0, 1, 0, 2, 30, 4];

describe("forecastCounts", () => {
  for (const spec of [...DEFAULT_BASELINES, DEFAULT_INGARCH]) {
    it(`${spec.kind} is deterministic for a seed and gives whole counts ≥ 0`, () => {
      const a = forecastCounts(spec, history, { horizon: 12, runs: 200, random: createRandom(8) });
      const b = forecastCounts(spec, history, { horizon: 12, runs: 200, random: createRandom(8) });
      expect(a.paths).toEqual(b.paths);
      expect(a.paths).toHaveLength(200);
      expect(a.paths.every((p) => p.length === 12 && p.every((v) => Number.isInteger(v) && v >= 0))).toBe(
        true,
      );
    });
  }
});

describe("thresholdProbabilities", () => {
  it("counts paths whose cumulative total reaches each threshold", () => {
    // oracle: by hand — totals over 2 steps are 0, 25, 99, 1200 → P(≥1) = 3/4, P(≥25) = 3/4, P(≥100) = 1/4, P(≥1000) = 1/4
    const paths = [
      [0, 0, 5],
      [20, 5, 0],
      [99, 0, 0],
      [1000, 200, 0],
    ];
    expect(thresholdProbabilities(paths, 2).map((p) => p.probability)).toEqual([0.75, 0.75, 0.25, 0.25]);
  });
});

describe("scoreStep", () => {
  it("a point-mass forecast scores CRPS = |error|, full coverage only when exact, Brier 0/1", () => {
    // oracle: CRPS of a point mass = absolute error (Gneiting & Raftery 2007); all 100 samples at 10, observed 4:
    // ignorance = −log₂((0 + 1)/(100 + 11)) = log₂ 111 = 6.794415866350106 (Python math.log2(111))
    const paths = Array.from({ length: 100 }, () => [10]);
    const s = scoreStep(paths, 1, 4, 4);
    expect(s.crps).toBeCloseTo(6, 12);
    expect(s.ignorance).toBeCloseTo(6.794415866350106, 12);
    expect(s.covered).toEqual([false, false, false]);
    expect(s.intervalScore95).toBeCloseTo(0 + 40 * 6, 12);
    // thresholds 1, 25, 100, 1000: P = 1, 0, 0, 0; realised total 4 ≥ 1 only ⇒ all Brier 0
    expect(s.brier).toEqual([0, 0, 0, 0]);
    // oracle: no sample at or below 4 ⇒ PIT interval [0, 0] (Czado et al. 2009)
    expect(s.pit).toEqual([0, 0]);
  });
});
