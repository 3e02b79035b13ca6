import { mean, variance } from "../../stats/moments.ts";
import { countDistributionFromMoments, sampleCount } from "../../stats/negative-binomial.ts";
import { samplePoisson } from "../../stats/poisson.ts";
import type { Random } from "../../stats/random.ts";
import { buildPaths, type SamplePaths } from "./sample-paths.ts";

/**
 * The VIEWS benchmark forecasts (formats.md §2.1, §2.5), each drawing steps independently (no dynamics):
 * they are the bar a fitted model must clear.
 */

function lastWindow(history: readonly number[], window: number, caller: string): number[] {
  if (history.length === 0) throw new Error(`${caller}: empty history`);
  return history.slice(Math.max(0, history.length - window));
}

/** VIEWS "zero": all mass on 0. */
export function zeroForecast(runs: number, horizon: number): SamplePaths {
  return buildPaths(runs, horizon, () => 0);
}

/** VIEWS "last historical": Poisson(y_T) at every step. */
export function lastValueForecast(
  history: readonly number[],
  runs: number,
  horizon: number,
  random: Random,
): SamplePaths {
  const last = lastWindow(history, 1, "lastValueForecast")[0]!;
  return buildPaths(runs, horizon, () => samplePoisson(last, random));
}

/** VIEWS "conflictology": each step drawn with replacement from the unit's own last `window` values. */
export function conflictologyForecast(
  history: readonly number[],
  window: number,
  runs: number,
  horizon: number,
  random: Random,
): SamplePaths {
  const pool = lastWindow(history, window, "conflictologyForecast");
  return buildPaths(runs, horizon, () => pool[Math.floor(random() * pool.length)]!);
}

/**
 * Negative binomial from the mean and variance of the last `window` values (method of moments; Poisson when
 * the window is not overdispersed). The benchmark Bodentien & Rüter found hard to beat on CRPS (formats.md §2.1).
 */
export function nbMomentsForecast(
  history: readonly number[],
  window: number,
  runs: number,
  horizon: number,
  random: Random,
): SamplePaths {
  const recent = lastWindow(history, window, "nbMomentsForecast");
  const distribution = countDistributionFromMoments(mean(recent), variance(recent));
  return buildPaths(runs, horizon, () => sampleCount(distribution, random));
}
