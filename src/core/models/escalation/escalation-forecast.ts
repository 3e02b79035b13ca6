import { createRandom, deriveSeed, type Random } from "../../stats/random.ts";
import { type BacktestResult, backtest } from "./backtest.ts";
import { forecastCounts } from "./forecast.ts";
import {
  type IngarchFitSummary,
  type PeriodSummary,
  summariseFit,
  summarisePaths,
} from "./forecast-summary.ts";
import type { Covariates } from "./ingarch.ts";
import { DEFAULT_BASELINES, DEFAULT_INGARCH, isBaseline, type ModelSpec, modelLabel } from "./model-spec.ts";
import { FATALITY_THRESHOLDS, type ThresholdProbability, thresholdProbabilities } from "./thresholds.ts";

export interface SeriesForecastOptions {
  /** Forecast length in periods (the longest threshold horizon at most). */
  horizon: number;
  /** Cumulative horizons (in periods) for the threshold probabilities, e.g. [3, 12]. */
  thresholdHorizons: readonly number[];
  thresholds?: readonly number[];
  runs: number;
  random: Random;
  /** Models under test (default NB-INGARCH) and baselines (default the four VIEWS-style ones). */
  models?: readonly ModelSpec[];
  baselines?: readonly ModelSpec[];
  /** Backtest: first origin index (default 5, i.e. six periods of training) and whether to run it. */
  backtest?: { firstOrigin?: number; horizon?: number; runs?: number } | false;
  covariates?: Covariates;
  onProgress?: (done: number, total: number) => void;
}

export interface ModelForecast {
  label: string;
  baseline: boolean;
  steps: PeriodSummary[];
  /** P(total over the first H periods ≥ k) for each threshold horizon H. */
  thresholds: { horizon: number; probabilities: ThresholdProbability[] }[];
  fit: IngarchFitSummary | null;
}

export interface SeriesForecast {
  horizon: number;
  runs: number;
  forecasts: ModelForecast[];
  backtest: BacktestResult | null;
  /** The model with the lowest step-averaged backtest CRPS (or the first tested model without a backtest). */
  recommended: { label: string; reason: string };
  /** Threshold probabilities of the recommended model: the numbers an assessment should quote. */
  headline: { horizon: number; probabilities: ThresholdProbability[] }[];
}

/**
 * Forecast a count series (oldest first, ending at the as-of cutoff) with every model and baseline, take the
 * threshold probabilities from the same sample paths, and backtest all of them on the same series. All
 * randomness derives from `random` (one draw fixes a seed; each model then gets its own stream).
 */
export function forecastSeries(values: readonly number[], options: SeriesForecastOptions): SeriesForecast {
  const { horizon, runs, thresholdHorizons } = options;
  for (const h of thresholdHorizons)
    if (h < 1 || h > horizon) throw new Error(`forecastSeries: threshold horizon ${h} outside 1…${horizon}`);
  const thresholds = options.thresholds ?? FATALITY_THRESHOLDS;
  const seed = Math.floor(options.random() * 2 ** 31);
  const specs = [...(options.models ?? [DEFAULT_INGARCH]), ...(options.baselines ?? DEFAULT_BASELINES)];
  const forecasts: ModelForecast[] = specs.map((spec, i) => {
    const f = forecastCounts(spec, values, {
      horizon,
      runs,
      random: createRandom(deriveSeed(seed, i)),
      ...(options.covariates ? { covariates: options.covariates } : {}),
    });
    return {
      label: modelLabel(spec),
      baseline: isBaseline(spec),
      steps: summarisePaths(f.paths, horizon),
      thresholds: thresholdHorizons.map((h) => ({
        horizon: h,
        probabilities: thresholdProbabilities(f.paths, h, thresholds),
      })),
      fit: f.fit ? summariseFit(f.fit) : null,
    };
  });
  let result: BacktestResult | null = null;
  if (options.backtest !== false) {
    const bt = options.backtest ?? {};
    const firstOrigin = bt.firstOrigin ?? 5;
    if (values.length - 1 > firstOrigin)
      result = backtest(values, {
        models: options.models ?? [DEFAULT_INGARCH],
        baselines: options.baselines ?? DEFAULT_BASELINES,
        horizon: bt.horizon ?? horizon,
        runs: bt.runs ?? runs,
        seed: deriveSeed(seed, 1000),
        firstOrigin,
        minTrain: Math.min(6, firstOrigin + 1),
        ...(options.covariates ? { covariates: options.covariates } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
  }
  const recommended = recommend(result, specs);
  const chosen = forecasts.find((f) => f.label === recommended.label)!;
  return { horizon, runs, forecasts, backtest: result, recommended, headline: chosen.thresholds };
}

function recommend(
  result: BacktestResult | null,
  specs: readonly ModelSpec[],
): { label: string; reason: string } {
  const fallback = modelLabel(specs[0]!);
  if (result === null)
    return {
      label: fallback,
      reason: `no backtest was possible (series too short), so the first model ${fallback} is used untested`,
    };
  const scored = result.labels
    .map(({ label }) => {
      const rows = result.summaries.filter((s) => s.label === label && s.crps !== null);
      return { label, crps: rows.length ? rows.reduce((a, s) => a + s.crps!, 0) / rows.length : null };
    })
    .filter((x): x is { label: string; crps: number } => x.crps !== null);
  if (scored.length === 0)
    return { label: fallback, reason: `no backtest step could be scored, so ${fallback} is used untested` };
  const best = scored.reduce((a, b) => (b.crps < a.crps ? b : a));
  return {
    label: best.label,
    reason: `lowest backtest CRPS averaged over steps (${best.crps.toFixed(2)}) among ${scored.map((s) => s.label).join(", ")} over ${result.origins.length} origins`,
  };
}
