import { logFactorial } from "./log-gamma.ts";
import type { Random } from "./random.ts";

/** ln P(Y = k) for Y ~ Poisson(λ): k ln λ − λ − ln k! (λ = 0 puts all mass on 0). */
export function poissonLogPmf(k: number, lambda: number): number {
  if (!(lambda >= 0)) throw new Error(`poissonLogPmf: λ must be ≥ 0, got ${lambda}`);
  if (lambda === 0) return k === 0 ? 0 : Number.NEGATIVE_INFINITY;
  return k * Math.log(lambda) - lambda - logFactorial(k);
}

/**
 * One draw from Poisson(λ). Below λ = 10: inversion by sequential search (Devroye 1986, §X.3.3).
 * From λ = 10: Hörmann's PTRS transformed rejection with squeeze (Hörmann 1993, "The transformed
 * rejection method for generating Poisson random variables", Insurance: Mathematics and Economics 12),
 * the constants of the paper's Table/Algorithm PTRS (also numpy's `random_poisson_ptrs`).
 */
export function samplePoisson(lambda: number, random: Random): number {
  if (!(lambda >= 0) || !Number.isFinite(lambda))
    throw new Error(`samplePoisson: λ must be finite ≥ 0, got ${lambda}`);
  if (lambda === 0) return 0;
  return lambda < 10 ? byInversion(lambda, random) : byPtrs(lambda, random);
}

function byInversion(lambda: number, random: Random): number {
  const u = random();
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  // The tail beyond 200 has probability < 1e-150 for λ < 10; the cap only guards rounding.
  while (u > cdf && k < 200) {
    k += 1;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

function byPtrs(lambda: number, random: Random): number {
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * loglam - logFactorial(k)
    )
      return k;
  }
}
