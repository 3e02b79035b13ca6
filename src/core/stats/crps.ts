/**
 * Continuous ranked probability score of the empirical distribution of `samples` at the outcome `y`,
 * in the energy form of Gneiting & Raftery (2007, JASA 102, eq. 21): CRPS(F, y) = E|X − y| − ½ E|X − X′|.
 * E|X − X′| over all n² ordered pairs is computed exactly in O(n log n) from the sorted sample:
 * Σᵢⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − n − 1) x₍ᵢ₎ (i = 1…n). This is the CRPS of the sample's empirical CDF, as in
 * `properscoring.crps_ensemble` / `xskillscore.crps_ensemble` used by the VIEWS competition (formats.md §2.1).
 * Lower is better; a point mass scores the absolute error.
 */
export function crpsFromSamples(samples: ArrayLike<number>, y: number): number {
  const n = samples.length;
  if (n === 0) throw new Error("crpsFromSamples: no samples");
  if (!Number.isFinite(y)) throw new Error(`crpsFromSamples: outcome must be finite, got ${y}`);
  const sorted = Float64Array.from(samples as ArrayLike<number>).sort();
  let absError = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    absError += Math.abs(x - y);
    spread += (2 * (i + 1) - n - 1) * x;
  }
  return absError / n - spread / (n * n);
}
