import { describe, expect, it } from "vitest";
import { mean, variance } from "./moments.ts";
import {
  countDistributionFromMoments,
  negativeBinomialLogPmf,
  sampleNegativeBinomial,
} from "./negative-binomial.ts";
import { createRandom } from "./random.ts";

describe("negative binomial", () => {
  it("negativeBinomialLogPmf(3, μ = 3, r = 2) = ln 0.13824", () => {
    // oracle: scipy.stats.nbinom.pmf(3, 2, 0.4) = C(4,3)·0.4²·0.6³ = 0.13824 (μ = r(1−p)/p = 3)
    expect(Math.exp(negativeBinomialLogPmf(3, 3, 2))).toBeCloseTo(0.13824, 12);
  });
  it("negativeBinomialLogPmf(10, μ = 2, r = 2) = ln 0.002685546875", () => {
    // oracle: scipy.stats.nbinom.pmf(10, 2, 0.5) = C(11,10)·0.5²·0.5¹⁰ = 0.002685546875
    expect(Math.exp(negativeBinomialLogPmf(10, 2, 2))).toBeCloseTo(0.002685546875, 12);
  });
  it("countDistributionFromMoments(4, 12) gives NB with r = 16 / 8 = 2", () => {
    // oracle: method of moments r = m² / (v − m) (Anscombe 1950), by hand
    expect(countDistributionFromMoments(4, 12)).toEqual({ family: "negative-binomial", mean: 4, size: 2 });
  });
  it("countDistributionFromMoments falls back to Poisson when underdispersed", () => {
    expect(countDistributionFromMoments(4, 3)).toEqual({ family: "poisson", mean: 4 });
  });
  it("sampleNegativeBinomial(μ = 10, r = 1.5) over 30000 seeded draws has mean μ and variance μ + μ²/r within 5 %", () => {
    // oracle: NB2 moments, Cameron & Trivedi (2013) §3.3: variance = 10 + 100/1.5 = 76.67
    const random = createRandom(3);
    const draws = Array.from({ length: 30000 }, () => sampleNegativeBinomial(10, 1.5, random));
    expect(Math.abs(mean(draws) / 10 - 1)).toBeLessThan(0.03);
    expect(Math.abs(variance(draws) / (10 + 100 / 1.5) - 1)).toBeLessThan(0.06);
  });
});
