import { pitHistogram } from "../../stats/pit.ts";
import type { OriginRecord } from "./backtest.ts";
import { COVERAGE_LEVELS } from "./forecast-score.ts";
import { FATALITY_THRESHOLDS } from "./thresholds.ts";

/** Mean scores of one model at one step ahead over all origins where that step was observed. */
export interface HorizonSummary {
  label: string;
  h: number;
  /** Number of scored forecasts (origins) at this step; the means below are null when 0. */
  n: number;
  crps: number | null;
  ignorance: number | null;
  /** Observed share inside the central interval, per COVERAGE_LEVELS (nominal 0.5, 0.9, 0.95). */
  coverage: { level: number; rate: number | null }[];
  intervalScore95: number | null;
  /** Mean Brier score per FATALITY_THRESHOLDS threshold (cumulative within h steps). */
  brier: { threshold: number; score: number | null }[];
  /** 10-bin non-randomised PIT histogram (sums to 1; flat = calibrated, U = too narrow); null when n = 0. */
  pit: number[] | null;
}

/** Averages origin records into one row per (model, step). */
export function summariseHorizons(
  records: readonly OriginRecord[],
  labels: readonly string[],
  horizon: number,
): HorizonSummary[] {
  const rows: HorizonSummary[] = [];
  for (const label of labels) {
    const mine = records.filter((r) => r.label === label);
    for (let h = 1; h <= horizon; h++) {
      const steps = mine.flatMap((r) => r.scores.filter((s) => s.h === h));
      const n = steps.length;
      const avg = (f: (s: (typeof steps)[number]) => number) =>
        n === 0 ? null : steps.reduce((acc, s) => acc + f(s), 0) / n;
      rows.push({
        label,
        h,
        n,
        crps: avg((s) => s.crps),
        ignorance: avg((s) => s.ignorance),
        coverage: COVERAGE_LEVELS.map((level, i) => ({ level, rate: avg((s) => (s.covered[i] ? 1 : 0)) })),
        intervalScore95: avg((s) => s.intervalScore95),
        brier: FATALITY_THRESHOLDS.map((threshold, i) => ({ threshold, score: avg((s) => s.brier[i]!) })),
        pit: n === 0 ? null : pitHistogram(steps.map((s) => s.pit)),
      });
    }
  }
  return rows;
}
