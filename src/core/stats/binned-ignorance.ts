/**
 * Binned ignorance (logarithmic) score: −log₂ of the forecast probability of the bin holding the outcome
 * (Good 1952; Roulston & Smith 2002, "Evaluating probabilistic forecasts using information theory").
 * The probability of each bin is estimated from samples with one pseudo-observation added to every bin so
 * that no probability is 0, as in the VIEWS 2023/24 competition code (formats.md §2.1):
 * p_b = (count_b + 1) / (n + B). `edges` are ascending cut points e₀ < e₁ < … ; bin b is [e_b, e_{b+1}),
 * the last bin is [e_last, ∞). Values below e₀ fall in the first bin. Lower is better (bits).
 */
export function binnedIgnorance(samples: ArrayLike<number>, y: number, edges: readonly number[]): number {
  if (samples.length === 0) throw new Error("binnedIgnorance: no samples");
  if (edges.length === 0) throw new Error("binnedIgnorance: no bin edges");
  const bins = edges.length;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < samples.length; i++) {
    const b = binOf(samples[i] as number, edges);
    counts[b] = (counts[b] as number) + 1;
  }
  const p = ((counts[binOf(y, edges)] as number) + 1) / (samples.length + bins);
  return -Math.log2(p);
}

/** Index of the bin [e_b, e_{b+1}) holding x (binary search). */
export function binOf(x: number, edges: readonly number[]): number {
  let lo = 0;
  let hi = edges.length - 1;
  if (x < (edges[0] as number)) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x >= (edges[mid] as number)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
