import { binnedIgnorance } from "../../stats/binned-ignorance.ts";
import { brierScore } from "../../stats/brier.ts";
import { crpsFromSamples } from "../../stats/crps.ts";
import { intervalScore } from "../../stats/interval-score.ts";
import { pitInterval } from "../../stats/pit.ts";
import { quantileSorted } from "../../stats/quantile.ts";
import { cumulativeSamples, type SamplePaths, stepSamples } from "./sample-paths.ts";
import { FATALITY_THRESHOLDS } from "./thresholds.ts";

/** Lower edges of the VIEWS 2023/24 ignorance bins [0, 0.5, 2.5, …, 1000.5, ∞) (formats.md §2.1). */
export const VIEWS_BINS = [0, 0.5, 2.5, 5.5, 10.5, 25.5, 50.5, 100.5, 250.5, 500.5, 1000.5] as const;

/** Central interval levels whose coverage is reported. */
export const COVERAGE_LEVELS = [0.5, 0.9, 0.95] as const;

export interface StepScore {
  /** Step ahead, 1-based. */
  h: number;
  observed: number;
  crps: number;
  /** Binned ignorance in bits, VIEWS bins with one pseudo-count per bin. */
  ignorance: number;
  /** Whether the observation fell in the central 50/90/95 % interval (same order as COVERAGE_LEVELS). */
  covered: boolean[];
  /** Interval score of the central 95 % interval (the VIEWS MIS term). */
  intervalScore95: number;
  /** Brier score of P(total over steps 1…h ≥ k) for each FATALITY_THRESHOLDS k against the realised total. */
  brier: number[];
  /** Non-randomised PIT interval [P(y − 1), P(y)] of the step's marginal (Czado et al. 2009). */
  pit: [number, number];
}

/**
 * Scores one forecast step against the observation: CRPS (energy form), binned ignorance, central-interval
 * coverage and interval score on the marginal of step h; Brier on cumulative thresholds up to step h, so
 * that they score the same "≥ k within h months" probabilities a forecast reports.
 */
export function scoreStep(paths: SamplePaths, h: number, observed: number, observedTotal: number): StepScore {
  const samples = stepSamples(paths, h);
  const sorted = Float64Array.from(samples).sort();
  const covered = COVERAGE_LEVELS.map((level) => {
    const lo = quantileSorted(sorted, (1 - level) / 2);
    const hi = quantileSorted(sorted, (1 + level) / 2);
    return observed >= lo && observed <= hi;
  });
  const totals = cumulativeSamples(paths, h);
  const brier = FATALITY_THRESHOLDS.map((k) => {
    let hits = 0;
    for (const t of totals) if (t >= k) hits++;
    return brierScore(hits / totals.length, observedTotal >= k);
  });
  return {
    h,
    observed,
    crps: crpsFromSamples(sorted, observed),
    ignorance: binnedIgnorance(sorted, observed, VIEWS_BINS),
    covered,
    intervalScore95: intervalScore(
      quantileSorted(sorted, 0.025),
      quantileSorted(sorted, 0.975),
      observed,
      0.05,
    ),
    brier,
    pit: pitInterval(sorted, observed),
  };
}
