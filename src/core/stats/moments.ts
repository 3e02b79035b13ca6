/** Arithmetic mean of a non-empty sample. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error("mean: empty sample");
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Unbiased sample variance Σ(x − x̄)² / (n − 1) (Bessel's correction), by the two-pass algorithm
 * (Chan, Golub & LeVeque 1983) for accuracy. A single value has variance 0 by convention here.
 */
export function variance(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) throw new Error("variance: empty sample");
  if (n === 1) return 0;
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return ss / (n - 1);
}
