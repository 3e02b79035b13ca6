/**
 * The positive and negative parts of a number, without a branch. The coalition and vote sums of both
 * engines (SMP coalitions and challenges, BDM vote tables) add them up, and the sign of a vote is
 * unpredictable, so a mispredicted `if (v > 0)` costs more than the arithmetic.
 */

/**
 * max(v, 0): (|v| + v)/2 is exactly v for v > 0 (2v and its half are exact) and exactly 0 otherwise, so
 * `c + positivePart(v)` is bit for bit `v > 0 ? c + v : c` for finite c and v.
 */
export function positivePart(v: number): number {
  return (Math.abs(v) + v) * 0.5;
}

/** max(−v, 0): `c + negativePart(v)` is bit for bit `v < 0 ? c − v : c` (see positivePart). */
export function negativePart(v: number): number {
  return (Math.abs(v) - v) * 0.5;
}
