import { z } from "zod";
import { logFactorial, logGamma } from "../../stats/log-gamma.ts";

/**
 * INGARCH(1,1) count model (Ferland, Latour & Oraichi 2006, J. Time Series Analysis 27; NB version:
 * Zhu 2011, J. Stat. Planning and Inference 141):
 *   λ_t = ω + α·y_{t−1} + β·λ_{t−1} + Σ_j γ_j·x_{j,t−1},   y_t | past ~ Poisson(λ_t) or NB2(λ_t, size r).
 * Unrolled, λ_t = ω/(1 − β) + α·Σ_{k≥1} β^{k−1}·y_{t−k} + …: a discrete-time Hawkes process with background
 * rate μ = ω/(1 − β) and geometric (discretised exponential) kernel g(k) = (1 − β)β^{k−1}, branching ratio
 * n = α/(1 − β) (formats.md §2.6; Lewis et al. 2012 for the Hawkes reading of conflict events).
 * α + β < 1 ⟺ n < 1: the process is stable (stationary mean μ/(1 − n)).
 * Exogenous marks x (e.g. counts of CAMEO material-conflict events in the dyad) enter with γ ≥ 0, lagged one period.
 */
export const IngarchParams = z.object({
  family: z.enum(["poisson", "negative-binomial"]),
  omega: z.number().positive(),
  alpha: z.number().nonnegative(),
  beta: z.number().nonnegative(),
  /** NB size r (variance λ + λ²/r); null for Poisson. */
  size: z.number().positive().nullable(),
  /** One coefficient per covariate series. */
  gamma: z.array(z.number().nonnegative()),
});
export type IngarchParams = z.output<typeof IngarchParams>;

/** Covariate series aligned with the counts: `covariates[j][t]` is covariate j in period t. */
export type Covariates = readonly (readonly number[])[];

/** λ_1 … λ_n for counts y_1 … y_n; λ_1 is `initial` (conventionally the sample mean). */
export function ingarchIntensities(
  params: IngarchParams,
  y: readonly number[],
  initial: number,
  covariates: Covariates = [],
): Float64Array {
  const lambda = new Float64Array(y.length);
  if (y.length === 0) return lambda;
  lambda[0] = initial;
  for (let t = 1; t < y.length; t++)
    lambda[t] = nextIntensity(params, y[t - 1]!, lambda[t - 1]!, covariates, t - 1);
  return lambda;
}

/** λ_{t+1} from y_t, λ_t and the covariates at t. */
export function nextIntensity(
  params: IngarchParams,
  yt: number,
  lambdaT: number,
  covariates: Covariates,
  t: number,
): number {
  let next = params.omega + params.alpha * yt + params.beta * lambdaT;
  for (let j = 0; j < params.gamma.length; j++) {
    const x = covariates[j]?.[t];
    if (x === undefined) throw new Error(`nextIntensity: covariate ${j} has no value at period ${t}`);
    next += params.gamma[j]! * x;
  }
  return next;
}

/** Conditional log-likelihood Σ_t ln p(y_t | λ_t) (full, with the −ln y! terms). */
export function ingarchLogLikelihood(
  params: IngarchParams,
  y: readonly number[],
  initial: number,
  covariates: Covariates = [],
): number {
  const lambda = ingarchIntensities(params, y, initial, covariates);
  let ll = 0;
  for (let t = 0; t < y.length; t++) ll += countLogPmf(params, y[t]!, lambda[t]!);
  return ll;
}

/** ln p(y | λ) under the model's family; λ is floored at 1e-12 so that log λ stays finite. */
export function countLogPmf(params: IngarchParams, y: number, lambda: number): number {
  const l = Math.max(lambda, 1e-12);
  if (params.family === "poisson") return y * Math.log(l) - l - logFactorial(y);
  const r = params.size;
  if (r === null) throw new Error("countLogPmf: negative-binomial INGARCH needs a size");
  // NB2 pmf (Cameron & Trivedi 2013, eq. 3.26) with mean λ and size r.
  return (
    logGamma(y + r) - logGamma(r) - logFactorial(y) + r * Math.log(r / (r + l)) + y * Math.log(l / (r + l))
  );
}

/** Branching ratio n = α/(1 − β): expected number of periods-worth of offspring per count. */
export function branchingRatio(params: IngarchParams): number {
  return params.alpha / (1 - params.beta);
}

/** Background (immigrant) rate μ = ω/(1 − β) of the Hawkes reading. */
export function backgroundRate(params: IngarchParams): number {
  return params.omega / (1 - params.beta);
}
