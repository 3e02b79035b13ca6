/**
 * Interval score of a central (1 − α) prediction interval [l, u] at outcome y
 * (Gneiting & Raftery 2007, JASA 102, eq. 43): (u − l) + (2/α)(l − y)·1{y < l} + (2/α)(y − u)·1{y > u}.
 * VIEWS reports its mean over units for α = 0.05 as the MIS (formats.md §2.1). Lower is better.
 */
export function intervalScore(lower: number, upper: number, y: number, alpha: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new Error(`intervalScore: α must be in (0, 1), got ${alpha}`);
  if (upper < lower) throw new Error(`intervalScore: upper ${upper} is below lower ${lower}`);
  let score = upper - lower;
  if (y < lower) score += (2 / alpha) * (lower - y);
  if (y > upper) score += (2 / alpha) * (y - upper);
  return score;
}
