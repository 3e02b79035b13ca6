import type { EnsembleSummary } from "./ensemble-summary.ts";

/** How a changed case's ensemble differs from the baseline's, issue by issue and in agreement. */
export interface EnsembleComparison {
  readonly issues: ReadonlyArray<{
    readonly issue: string;
    readonly baselineMean: number;
    readonly changedMean: number;
    /** changedMean − baselineMean. */
    readonly meanShift: number;
    readonly baselineMedian: number;
    readonly changedMedian: number;
  }>;
  readonly agreementBefore: number;
  readonly agreementAfter: number;
  /** agreementAfter − agreementBefore: the change in the share of runs with a package all veto players prefer. */
  readonly agreementShift: number;
}

/**
 * Compares two ensembles of the same issues (a baseline and the case under a scenario or lever). Run both
 * with the same seed: every run then draws the same model setting and, where the patches leave the draw
 * order unchanged, the same inputs (common random numbers, Glasserman 2004, Monte Carlo Methods in
 * Financial Engineering, §4.2), so the difference reflects the change more than sampling noise.
 */
export function compareEnsembles(baseline: EnsembleSummary, changed: EnsembleSummary): EnsembleComparison {
  const issues = baseline.issues.flatMap((b) => {
    const c = changed.issues.find((x) => x.issue === b.issue);
    return c === undefined
      ? []
      : [
          {
            issue: b.issue,
            baselineMean: b.outcome.mean,
            changedMean: c.outcome.mean,
            meanShift: c.outcome.mean - b.outcome.mean,
            baselineMedian: b.outcome.q50,
            changedMedian: c.outcome.q50,
          },
        ];
  });
  return {
    issues,
    agreementBefore: baseline.agreementProbability,
    agreementAfter: changed.agreementProbability,
    agreementShift: changed.agreementProbability - baseline.agreementProbability,
  };
}
