import { mean, variance } from "../../stats/moments.ts";
import { nelderMead } from "../../stats/nelder-mead.ts";
import {
  backgroundRate,
  branchingRatio,
  type Covariates,
  countLogPmf,
  type IngarchParams,
  nextIntensity,
} from "./ingarch.ts";

export interface IngarchFitOptions {
  family: "poisson" | "negative-binomial";
  /** Upper bound on α + β, strictly below 1 (stable branching ratio). */
  maxPersistence: number;
  covariates?: Covariates;
}

export interface IngarchFit {
  params: IngarchParams;
  logLikelihood: number;
  /** Akaike information criterion 2k − 2 ln L (Akaike 1974). */
  aic: number;
  n: number;
  converged: boolean;
  branchingRatio: number;
  backgroundRate: number;
  /** Periods for the excitation kernel to halve: ln 2 / −ln β (null when β = 0). */
  kernelHalfLife: number | null;
  /** λ_1 used by the recursion (the sample mean of the fitted counts). */
  initialIntensity: number;
  /** State at the last period T, from which forecasts start. */
  last: { y: number; lambda: number; x: number[] };
}

const MIN_OMEGA = 1e-8;
const sigmoid = (u: number) => 1 / (1 + Math.exp(-u));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Maximum-likelihood fit of INGARCH(1,1) (ingarch.ts) by Nelder–Mead on an unconstrained reparameterisation
 * that enforces the constraints exactly: ω = 1e-8 + e^{u₀}; s = α + β = maxPersistence·σ(u₁); α = s·σ(u₂),
 * β = s − α; r = e^{u₃}; γ_j = e^{u_{4+j}} (σ the logistic function). Conditional likelihood with
 * λ_1 = ȳ (Ferland et al. 2006, §4). Several starting points, then a restart from the best (a standard
 * guard against Nelder–Mead stalling; Lagarias et al. 1998).
 */
export function fitIngarch(y: readonly number[], options: IngarchFitOptions): IngarchFit {
  const n = y.length;
  if (n < 3) throw new Error(`fitIngarch: needs at least 3 periods, got ${n}`);
  for (const v of y)
    if (!Number.isInteger(v) || v < 0)
      throw new Error(`fitIngarch: counts must be whole numbers ≥ 0, got ${v}`);
  const covariates = options.covariates ?? [];
  for (const [j, x] of covariates.entries())
    if (x.length < n) throw new Error(`fitIngarch: covariate ${j} has ${x.length} values for ${n} periods`);
  const { family, maxPersistence } = options;
  if (!(maxPersistence > 0 && maxPersistence < 1))
    throw new Error("fitIngarch: maxPersistence must be in (0, 1)");
  const k = covariates.length;
  const nb = family === "negative-binomial";
  const ybar = mean(y);
  const initial = Math.max(ybar, 1e-6);

  const decode = (u: readonly number[]): IngarchParams => {
    const s = maxPersistence * sigmoid(u[1]!);
    const alpha = s * sigmoid(u[2]!);
    return {
      family,
      omega: MIN_OMEGA + Math.exp(u[0]!),
      alpha,
      beta: s - alpha,
      size: nb ? Math.min(Math.max(Math.exp(u[3]!), 1e-4), 1e8) : null,
      gamma: Array.from({ length: k }, (_, j) => Math.exp(u[4 + j]!)),
    };
  };
  const logLikelihood = (params: IngarchParams): number => {
    let lambda = initial;
    let ll = countLogPmf(params, y[0]!, lambda);
    for (let t = 1; t < n; t++) {
      lambda = nextIntensity(params, y[t - 1]!, lambda, covariates, t - 1);
      ll += countLogPmf(params, y[t]!, lambda);
    }
    return ll;
  };
  const objective = (u: readonly number[]) => {
    const ll = logLikelihood(decode(u));
    return Number.isFinite(ll) ? -ll : Number.POSITIVE_INFINITY;
  };

  const v = n > 1 ? variance(y) : 0;
  const size0 = v > ybar && ybar > 0 ? (ybar * ybar) / (v - ybar) : 10;
  const starts = [0.3, 0.6, 0.9].map((persistence) => {
    const s = Math.min(persistence, maxPersistence * 0.95);
    const u = [
      Math.log(Math.max(ybar * (1 - s), 1e-4)),
      logit(s / maxPersistence),
      logit(0.5),
      Math.log(size0),
      ...Array.from({ length: k }, () => Math.log(0.01)),
    ];
    return nelderMead(objective, u, { maxIterations: 300 * u.length, tolerance: 1e-10 });
  });
  let best = starts.reduce((a, b) => (b.value < a.value ? b : a));
  best = nelderMead(objective, best.x, { maxIterations: 300 * best.x.length, tolerance: 1e-12, step: 0.1 });
  if (!Number.isFinite(best.value)) throw new Error("fitIngarch: no finite likelihood found");

  const params = decode(best.x);
  let lambda = initial;
  for (let t = 1; t < n; t++) lambda = nextIntensity(params, y[t - 1]!, lambda, covariates, t - 1);
  const freeParameters = 3 + (nb ? 1 : 0) + k;
  return {
    params,
    logLikelihood: -best.value,
    aic: 2 * freeParameters + 2 * best.value,
    n,
    converged: best.converged,
    branchingRatio: branchingRatio(params),
    backgroundRate: backgroundRate(params),
    kernelHalfLife: params.beta > 0 ? Math.log(2) / -Math.log(params.beta) : null,
    initialIntensity: initial,
    last: { y: y[n - 1]!, lambda, x: covariates.map((x) => x[n - 1]!) },
  };
}
