/**
 * Probability integral transform for count forecasts, in the non-randomised form of Czado, Gneiting & Held
 * (2009, Biometrics 65, §2.1): a forecast with CDF P and outcome y contributes the interval
 * [P(y − 1), P(y)] spread uniformly, F(u) = 0 for u ≤ P(y−1), (u − P(y−1)) / (P(y) − P(y−1)) between, 1 above.
 * The mean of F over forecasts, differenced on J equal bins, is the PIT histogram: flat when calibrated,
 * U-shaped when too narrow, hump-shaped when too wide.
 */

/** [P(y − 1), P(y)] of the empirical distribution of `sorted` (ascending) at the count y. */
export function pitInterval(sorted: ArrayLike<number>, y: number): [number, number] {
  const n = sorted.length;
  if (n === 0) throw new Error("pitInterval: no samples");
  let below = 0;
  let atOrBelow = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    if (x < y) below++;
    if (x <= y) atOrBelow++;
  }
  return [below / n, atOrBelow / n];
}

/** PIT histogram with `bins` equal bins from the forecasts' PIT intervals; the heights sum to 1. */
export function pitHistogram(intervals: readonly (readonly [number, number])[], bins = 10): number[] {
  if (intervals.length === 0) throw new Error("pitHistogram: no forecasts");
  const meanF = (u: number) => {
    let sum = 0;
    for (const [lo, hi] of intervals) sum += u <= lo ? 0 : u >= hi ? 1 : (u - lo) / (hi - lo);
    return sum / intervals.length;
  };
  const out: number[] = [];
  for (let j = 1; j <= bins; j++) out.push(meanF(j / bins) - meanF((j - 1) / bins));
  return out;
}
