import { assertNever } from "../assert-never.ts";
import { sampleGamma } from "./gamma-sample.ts";
import { logFactorial, logGamma } from "./log-gamma.ts";
import { samplePoisson } from "./poisson.ts";
import type { Random } from "./random.ts";

/**
 * Negative binomial in the mean/size parameterisation (NB2; Cameron & Trivedi 2013, §3.3):
 * mean μ, size r > 0, variance μ + μ²/r. In scipy's `nbinom(n, p)` terms n = r and p = r / (r + μ).
 */

/** ln P(Y = k) = ln Γ(k + r) − ln Γ(r) − ln k! + r ln(r / (r + μ)) + k ln(μ / (r + μ)). */
export function negativeBinomialLogPmf(k: number, mean: number, size: number): number {
  if (!(mean >= 0) || !(size > 0))
    throw new Error(`negativeBinomialLogPmf: needs μ ≥ 0, r > 0, got ${mean}, ${size}`);
  if (mean === 0) return k === 0 ? 0 : Number.NEGATIVE_INFINITY;
  return (
    logGamma(k + size) -
    logGamma(size) -
    logFactorial(k) +
    size * Math.log(size / (size + mean)) +
    k * Math.log(mean / (size + mean))
  );
}

/** One draw as a gamma–Poisson mixture: Λ ~ Gamma(r, μ/r), Y | Λ ~ Poisson(Λ) (Greenwood & Yule 1920). */
export function sampleNegativeBinomial(mean: number, size: number, random: Random): number {
  if (!(mean >= 0) || !(size > 0))
    throw new Error(`sampleNegativeBinomial: needs μ ≥ 0, r > 0, got ${mean}, ${size}`);
  if (mean === 0) return 0;
  return samplePoisson(sampleGamma(size, mean / size, random), random);
}

/** A count distribution fitted by moments: NB when overdispersed, Poisson otherwise. */
export type CountDistribution =
  | { family: "poisson"; mean: number }
  | { family: "negative-binomial"; mean: number; size: number };

/**
 * Method of moments: r = m² / (v − m) when the sample variance v exceeds the mean m (Anscombe 1950);
 * a sample with v ≤ m is not overdispersed and falls back to Poisson(m).
 */
export function countDistributionFromMoments(mean: number, variance: number): CountDistribution {
  if (!(mean >= 0) || !(variance >= 0))
    throw new Error(`countDistributionFromMoments: bad moments ${mean}, ${variance}`);
  if (variance <= mean || mean === 0) return { family: "poisson", mean };
  return { family: "negative-binomial", mean, size: (mean * mean) / (variance - mean) };
}

/** One draw from a moment-fitted count distribution. */
export function sampleCount(distribution: CountDistribution, random: Random): number {
  switch (distribution.family) {
    case "poisson":
      return samplePoisson(distribution.mean, random);
    case "negative-binomial":
      return sampleNegativeBinomial(distribution.mean, distribution.size, random);
    default:
      return assertNever(distribution);
  }
}
