import { createRandom, deriveSeed } from "../../stats/random.ts";
import { forecastCounts } from "./forecast.ts";
import { type StepScore, scoreStep } from "./forecast-score.ts";
import { type HorizonSummary, summariseHorizons } from "./horizon-summary.ts";
import type { Covariates } from "./ingarch.ts";
import { DEFAULT_BASELINES, DEFAULT_INGARCH, isBaseline, type ModelSpec, modelLabel } from "./model-spec.ts";
import { stepSamples } from "./sample-paths.ts";
import { compareToBaselines, type SkillRow, type Verdict } from "./skill.ts";

export interface BacktestOptions {
  /** Models under test (default: NB-INGARCH). */
  models?: readonly ModelSpec[];
  /** Benchmarks (default: zero, last value, conflictology(12), NB moments(12)). */
  baselines?: readonly ModelSpec[];
  /** Maximum steps ahead scored (1…12 typical). */
  horizon: number;
  runs: number;
  seed: number;
  /** Index of the first forecast origin (the last period each first fit may see). Default: minTrain − 1. */
  firstOrigin?: number;
  /** Fewest periods a fit may use (default 6). */
  minTrain?: number;
  covariates?: Covariates;
  onProgress?: (done: number, total: number) => void;
}

/** One model's forecast from one origin: what it predicted per step, and the scores of the steps observed. */
export interface OriginRecord {
  origin: number;
  label: string;
  /** Predictive mean and median per step 1…horizon. */
  mean: number[];
  median: number[];
  scores: StepScore[];
}

export interface BacktestResult {
  horizon: number;
  runs: number;
  seed: number;
  origins: number[];
  labels: { label: string; baseline: boolean }[];
  records: OriginRecord[];
  /** Mean scores per model and step. */
  summaries: HorizonSummary[];
  /** Skill of each tested model against each baseline, per step. */
  skill: SkillRow[];
  /** Per tested model: does it beat every baseline, and if not a sentence saying which it loses to. */
  verdicts: Verdict[];
  /** Fits that failed at an origin (the origin is then skipped for that model). */
  failures: { origin: number; label: string; message: string }[];
}

/**
 * Rolling-origin backtest with an expanding window (Tashman 2000, Int. J. Forecasting 16; the protocol of
 * formats.md §2.5): for each origin t = firstOrigin … n − 2, every model is re-fitted on y_0 … y_t only — the
 * series is sliced before the model sees it, so nothing after the cutoff can leak — forecasts up to
 * `horizon` steps, and is scored on the steps already observed (t + h ≤ n − 1).
 * Each (origin, model) gets its own random stream derived from `seed`, the origin and the model's label,
 * so adding a model never changes another's samples.
 */
export function backtest(series: readonly number[], options: BacktestOptions): BacktestResult {
  const models = options.models ?? [DEFAULT_INGARCH];
  const baselines = options.baselines ?? DEFAULT_BASELINES;
  const minTrain = options.minTrain ?? 6;
  const firstOrigin = options.firstOrigin ?? minTrain - 1;
  const { horizon, runs, seed } = options;
  if (firstOrigin < minTrain - 1)
    throw new Error(`backtest: firstOrigin ${firstOrigin} leaves fewer than ${minTrain} periods`);
  const n = series.length;
  const origins: number[] = [];
  for (let t = firstOrigin; t <= n - 2; t++) origins.push(t);
  const specs = [...models, ...baselines];
  const records: OriginRecord[] = [];
  const failures: BacktestResult["failures"] = [];
  for (const [i, t] of origins.entries()) {
    const history = series.slice(0, t + 1);
    const covariates = options.covariates?.map((x) => x.slice(0, t + 1));
    const observedSteps = Math.min(horizon, n - 1 - t);
    for (const spec of specs) {
      const label = modelLabel(spec);
      const random = createRandom(deriveSeed(deriveSeed(seed, t), labelSeed(label)));
      let forecast: ReturnType<typeof forecastCounts>;
      try {
        forecast = forecastCounts(spec, history, {
          horizon,
          runs,
          random,
          ...(covariates ? { covariates } : {}),
        });
      } catch (error) {
        failures.push({ origin: t, label, message: error instanceof Error ? error.message : String(error) });
        continue;
      }
      const scores: StepScore[] = [];
      let total = 0;
      for (let h = 1; h <= observedSteps; h++) {
        const observed = series[t + h]!;
        total += observed;
        scores.push(scoreStep(forecast.paths, h, observed, total));
      }
      const mean: number[] = [];
      const median: number[] = [];
      for (let h = 1; h <= horizon; h++) {
        const s = stepSamples(forecast.paths, h).sort();
        mean.push(s.reduce((a, b) => a + b, 0) / s.length);
        median.push(s[Math.floor((s.length - 1) / 2)]!);
      }
      records.push({ origin: t, label, mean, median, scores });
    }
    options.onProgress?.(i + 1, origins.length);
  }
  const labels = specs.map((spec) => ({ label: modelLabel(spec), baseline: isBaseline(spec) }));
  const summaries = summariseHorizons(
    records,
    labels.map((l) => l.label),
    horizon,
  );
  const { skill, verdicts } = compareToBaselines(
    summaries,
    labels.filter((l) => !l.baseline).map((l) => l.label),
    labels.filter((l) => l.baseline).map((l) => l.label),
  );
  return { horizon, runs, seed, origins, labels, records, summaries, skill, verdicts, failures };
}

/** A stable small integer from a label (FNV-1a 32-bit; Fowler, Noll & Vo), for seed derivation. */
function labelSeed(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 1;
}
