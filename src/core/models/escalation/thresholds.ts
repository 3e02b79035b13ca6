import { cumulativeSamples, type SamplePaths } from "./sample-paths.ts";

/** The fatality thresholds of the issue: P(≥ 1), P(≥ 25) (UCDP's conflict threshold), P(≥ 100), P(≥ 1000). */
export const FATALITY_THRESHOLDS = [1, 25, 100, 1000] as const;

export interface ThresholdProbability {
  threshold: number;
  /** Share of sample paths whose total over months 1…horizon reaches the threshold. */
  probability: number;
}

/**
 * P(Σ_{h=1..H} Y_h ≥ k) estimated as the share of joint sample paths reaching k (Monte Carlo; standard error
 * √(p(1 − p)/runs)). Taken from the same samples as the predictive distribution.
 */
export function thresholdProbabilities(
  paths: SamplePaths,
  horizon: number,
  thresholds: readonly number[] = FATALITY_THRESHOLDS,
): ThresholdProbability[] {
  if (paths.length === 0) throw new Error("thresholdProbabilities: no sample paths");
  if (horizon < 1 || horizon > (paths[0]?.length ?? 0))
    throw new Error(
      `thresholdProbabilities: horizon ${horizon} outside the forecast's 1…${paths[0]?.length}`,
    );
  const totals = cumulativeSamples(paths, horizon);
  return thresholds.map((threshold) => {
    let hits = 0;
    for (const t of totals) if (t >= threshold) hits++;
    return { threshold, probability: hits / totals.length };
  });
}
