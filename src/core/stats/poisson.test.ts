import { describe, expect, it } from "vitest";
import { mean, variance } from "./moments.ts";
import { poissonLogPmf, samplePoisson } from "./poisson.ts";
import { createRandom } from "./random.ts";

describe("poisson", () => {
  it("poissonLogPmf(3, 2.5) = ln 0.21376301724973645", () => {
    // oracle: scipy.stats.poisson.pmf(3, 2.5) = e^-2.5 · 2.5³ / 3! = 0.21376301724973645
    expect(Math.exp(poissonLogPmf(3, 2.5))).toBeCloseTo(0.21376301724973645, 12);
  });
  for (const lambda of [0.7, 4, 25, 400]) {
    it(`samplePoisson(${lambda}) over 20000 seeded draws has mean and variance λ within 4 standard errors`, () => {
      // oracle: Poisson(λ) has mean = variance = λ; SE(mean) = √(λ/n), SE(var) ≈ √((2λ² + λ)/n)
      const random = createRandom(11);
      const n = 20000;
      const draws = Array.from({ length: n }, () => samplePoisson(lambda, random));
      expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
      expect(Math.abs(mean(draws) - lambda)).toBeLessThan(4 * Math.sqrt(lambda / n));
      expect(Math.abs(variance(draws) - lambda)).toBeLessThan(
        4 * Math.sqrt((2 * lambda * lambda + lambda) / n),
      );
    });
  }
  it("samplePoisson(0) is 0", () => {
    expect(samplePoisson(0, createRandom(1))).toBe(0);
  });
});
