/**
 * Sample quantile by linear interpolation between order statistics: Hyndman & Fan (1996) type 7,
 * the default of R `quantile` and numpy `quantile(method="linear")`. h = (n − 1)p, Q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 * `sorted` must be ascending.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error("quantileSorted: empty sample");
  if (!(p >= 0 && p <= 1)) throw new Error(`quantileSorted: p must be in [0, 1], got ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

/** Type-7 quantile of an unsorted sample (copies and sorts it). */
export function quantile(values: readonly number[], p: number): number {
  return quantileSorted(Float64Array.from(values).sort(), p);
}
