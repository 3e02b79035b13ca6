import { describe, expect, it } from "vitest";
import { mean, variance } from "../../stats/moments.ts";
import { createRandom } from "../../stats/random.ts";
import { conflictologyForecast, lastValueForecast, nbMomentsForecast, zeroForecast } from "./baselines.ts";
import { stepSamples } from "./sample-paths.ts";

describe("baselines", () => {
  it("zeroForecast is all zeros", () => {
    expect(zeroForecast(3, 2)).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });
  it("lastValueForecast([.., 40]) has step mean ≈ 40 (Poisson around the last value)", () => {
    // oracle: Poisson(40) mean 40, SE over 4000 draws = 0.1
    const paths = lastValueForecast([1, 2, 40], 4000, 3, createRandom(1));
    expect(Math.abs(mean(Array.from(stepSamples(paths, 3))) - 40)).toBeLessThan(0.5);
  });
  it("conflictologyForecast only draws values from the last 12 periods", () => {
    const history = [999, 999, ...Array.from({ length: 12 }, (_, i) => i)];
    const paths = conflictologyForecast(history, 12, 500, 4, createRandom(2));
    const seen = new Set(paths.flat());
    expect([...seen].every((v) => v >= 0 && v <= 11)).toBe(true);
    expect(seen.size).toBe(12);
  });
  it("nbMomentsForecast matches the window's mean and variance (NB by moments)", () => {
    // oracle: window [0, 0, 0, 20, 0, 40, 0, 0, 10, 0, 0, 2]: mean 6, variance 160.7272… (numpy.var(ddof=1));
    // the NB fitted by moments reproduces both (Anscombe 1950)
    const window = [0, 0, 0, 20, 0, 40, 0, 0, 10, 0, 0, 2];
    const draws = Array.from(stepSamples(nbMomentsForecast(window, 12, 40000, 1, createRandom(4)), 1));
    expect(Math.abs(mean(draws) / 6 - 1)).toBeLessThan(0.05);
    expect(Math.abs(variance(draws) / variance(window) - 1)).toBeLessThan(0.15);
  });
  it("nbMomentsForecast of a constant window is Poisson (underdispersed fallback)", () => {
    // oracle: variance 0 ≤ mean 5 ⇒ Poisson(5): mean = variance = 5
    const draws = Array.from(stepSamples(nbMomentsForecast([5, 5, 5, 5], 12, 20000, 1, createRandom(5)), 1));
    expect(Math.abs(variance(draws) / 5 - 1)).toBeLessThan(0.05);
  });
});
