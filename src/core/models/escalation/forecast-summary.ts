import { quantileSorted } from "../../stats/quantile.ts";
import type { IngarchFit } from "./ingarch-fit.ts";
import { type SamplePaths, stepSamples } from "./sample-paths.ts";

/** Predictive summary of one future period. */
export interface PeriodSummary {
  /** Steps ahead, 1-based. */
  h: number;
  mean: number;
  median: number;
  /** Central 50 % and 90 % intervals (type-7 quantiles of the samples). */
  q05: number;
  q25: number;
  q75: number;
  q95: number;
  /** Share of samples at 0. */
  pZero: number;
}

/** Per-step mean, median, quantiles and P(0) of sample paths. */
export function summarisePaths(paths: SamplePaths, horizon: number): PeriodSummary[] {
  const out: PeriodSummary[] = [];
  for (let h = 1; h <= horizon; h++) {
    const s = stepSamples(paths, h).sort();
    let sum = 0;
    let zeros = 0;
    for (const v of s) {
      sum += v;
      if (v === 0) zeros++;
    }
    out.push({
      h,
      mean: sum / s.length,
      median: quantileSorted(s, 0.5),
      q05: quantileSorted(s, 0.05),
      q25: quantileSorted(s, 0.25),
      q75: quantileSorted(s, 0.75),
      q95: quantileSorted(s, 0.95),
      pZero: zeros / s.length,
    });
  }
  return out;
}

/** The fitted INGARCH in reportable form (Hawkes reading included). */
export interface IngarchFitSummary {
  family: "poisson" | "negative-binomial";
  omega: number;
  alpha: number;
  beta: number;
  size: number | null;
  gamma: number[];
  branchingRatio: number;
  backgroundRate: number;
  kernelHalfLife: number | null;
  logLikelihood: number;
  aic: number;
  n: number;
  converged: boolean;
}

export function summariseFit(fit: IngarchFit): IngarchFitSummary {
  const { family, omega, alpha, beta, size, gamma } = fit.params;
  return {
    family,
    omega,
    alpha,
    beta,
    size,
    gamma,
    branchingRatio: fit.branchingRatio,
    backgroundRate: fit.backgroundRate,
    kernelHalfLife: fit.kernelHalfLife,
    logLikelihood: fit.logLikelihood,
    aic: fit.aic,
    n: fit.n,
    converged: fit.converged,
  };
}
