import { assertNever } from "../../assert-never.ts";
import type { Random } from "../../stats/random.ts";
import { conflictologyForecast, lastValueForecast, nbMomentsForecast, zeroForecast } from "./baselines.ts";
import type { Covariates } from "./ingarch.ts";
import { fitIngarch, type IngarchFit } from "./ingarch-fit.ts";
import { simulateIngarchPaths } from "./ingarch-simulate.ts";
import { type ModelSpec, modelLabel } from "./model-spec.ts";
import type { SamplePaths } from "./sample-paths.ts";

export interface ForecastOptions {
  horizon: number;
  runs: number;
  random: Random;
  /** Exogenous marks aligned with the history (used by `ingarch` only). */
  covariates?: Covariates;
  /** Covariate values beyond the history, `futureCovariates[j][h − 1]` for period T + h (else held constant). */
  futureCovariates?: Covariates;
}

export interface CountForecast {
  model: ModelSpec;
  label: string;
  horizon: number;
  paths: SamplePaths;
  /** The fitted INGARCH, for `ingarch` models. */
  fit: IngarchFit | null;
}

/**
 * Predictive sample paths for the `horizon` periods after the end of `history` (whole counts per period,
 * oldest first). Uses nothing but `history` (and covariates cut to its length), so a caller that slices the
 * history at an as-of date cannot leak later data into the forecast.
 */
export function forecastCounts(
  spec: ModelSpec,
  history: readonly number[],
  options: ForecastOptions,
): CountForecast {
  const { horizon, runs, random } = options;
  if (history.length === 0) throw new Error(`forecastCounts(${modelLabel(spec)}): empty history`);
  const base = { model: spec, label: modelLabel(spec), horizon };
  switch (spec.kind) {
    case "zero":
      return { ...base, paths: zeroForecast(runs, horizon), fit: null };
    case "last-value":
      return { ...base, paths: lastValueForecast(history, runs, horizon, random), fit: null };
    case "conflictology":
      return {
        ...base,
        paths: conflictologyForecast(history, spec.window, runs, horizon, random),
        fit: null,
      };
    case "nb-moments":
      return { ...base, paths: nbMomentsForecast(history, spec.window, runs, horizon, random), fit: null };
    case "ingarch": {
      if (spec.marks && !options.covariates?.length)
        throw new Error(`forecastCounts(${base.label}): the model uses marks but no covariates were given`);
      const covariates = spec.marks ? (options.covariates ?? []).map((x) => x.slice(0, history.length)) : [];
      const fit = fitIngarch(history, {
        family: spec.family,
        maxPersistence: spec.maxPersistence,
        covariates,
      });
      const paths = simulateIngarchPaths(
        fit.params,
        fit.last,
        runs,
        horizon,
        random,
        options.futureCovariates ?? [],
      );
      return { ...base, paths, fit };
    }
    default:
      return assertNever(spec);
  }
}
