import { describe, expect, it } from "vitest";
import { sampleGamma } from "./gamma-sample.ts";
import { mean, variance } from "./moments.ts";
import { createRandom } from "./random.ts";

describe("sampleGamma", () => {
  for (const [shape, scale] of [
    [0.4, 2],
    [3, 1.5],
  ] as const) {
    it(`Gamma(${shape}, ${scale}) over 20000 seeded draws has mean kθ and variance kθ² within 5 %`, () => {
      // oracle: Gamma(k, θ) mean = kθ, variance = kθ² (definition)
      const random = createRandom(5);
      const draws = Array.from({ length: 20000 }, () => sampleGamma(shape, scale, random));
      expect(mean(draws) / (shape * scale)).toBeCloseTo(1, 1);
      expect(Math.abs(variance(draws) / (shape * scale * scale) - 1)).toBeLessThan(0.06);
    });
  }
});
