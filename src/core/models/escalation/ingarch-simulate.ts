import { sampleNegativeBinomial } from "../../stats/negative-binomial.ts";
import { samplePoisson } from "../../stats/poisson.ts";
import type { Random } from "../../stats/random.ts";
import { type Covariates, type IngarchParams, nextIntensity } from "./ingarch.ts";
import type { SamplePaths } from "./sample-paths.ts";
import { checkShape } from "./sample-paths.ts";

/** One draw of y given λ under the model's family. */
function drawCount(params: IngarchParams, lambda: number, random: Random): number {
  if (params.family === "poisson") return samplePoisson(lambda, random);
  if (params.size === null) throw new Error("drawCount: negative-binomial INGARCH needs a size");
  return sampleNegativeBinomial(lambda, params.size, random);
}

/** Simulates y_1 … y_length from λ_1 = `initial` (for tests and for checking a fit by recovery). */
export function simulateIngarch(
  params: IngarchParams,
  length: number,
  initial: number,
  random: Random,
  covariates: Covariates = [],
): number[] {
  const y: number[] = [];
  let lambda = initial;
  for (let t = 0; t < length; t++) {
    if (t > 0) lambda = nextIntensity(params, y[t - 1]!, lambda, covariates, t - 1);
    y.push(drawCount(params, lambda, random));
  }
  return y;
}

/**
 * Forward simulation from the end of the fitted series: each run follows λ_{T+h} = ω + α·y_{T+h−1} + β·λ_{T+h−1}
 * + γ·x_{T+h−1} with its own simulated counts, so excitation cascades appear in the paths. Covariates beyond the
 * data are `futureCovariates[j][h − 1]` for x_{T+h}, else held at their last observed value.
 * Parameter uncertainty is not propagated (plug-in forecast).
 */
export function simulateIngarchPaths(
  params: IngarchParams,
  last: { y: number; lambda: number; x: readonly number[] },
  runs: number,
  horizon: number,
  random: Random,
  futureCovariates: Covariates = [],
): SamplePaths {
  checkShape("simulateIngarchPaths", runs, horizon);
  const k = params.gamma.length;
  // covariate j at step offset s (s = 0 is the last observed period T)
  const xAt = (j: number, s: number): number =>
    s === 0 ? last.x[j]! : (futureCovariates[j]?.[s - 1] ?? futureCovariates[j]?.at(-1) ?? last.x[j]!);
  const paths: SamplePaths = new Array(runs);
  for (let r = 0; r < runs; r++) {
    const path = new Array<number>(horizon);
    let y = last.y;
    let lambda = last.lambda;
    for (let h = 1; h <= horizon; h++) {
      let next = params.omega + params.alpha * y + params.beta * lambda;
      for (let j = 0; j < k; j++) next += params.gamma[j]! * xAt(j, h - 1);
      lambda = next;
      y = drawCount(params, lambda, random);
      path[h - 1] = y;
    }
    paths[r] = path;
  }
  return paths;
}
