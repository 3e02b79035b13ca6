/**
 * Utilities of an actor with risk exponent r (Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011,
 * spec 2.4). `d` = |x_i − x_j|/Δ; `e` = (|x_i − μ| + |x_i − x_j|)/Δ.
 */

/** b^r, skipping the slow general power for the risk-neutral r = 1 of every security sum (exact: b^1 = b). */
function power(base: number, r: number): number {
  return r === 1 ? base : base ** r;
}

/** U_s = 2 − 4(0.5 − 0.5d)^r: i succeeds, j moves to x_i. */
export function utilitySuccess(d: number, r: number): number {
  return 2 - 4 * power(0.5 - 0.5 * d, r);
}

/** U_f = 2 − 4(0.5 + 0.5d)^r: i fails, i moves to x_j. */
export function utilityFailure(d: number, r: number): number {
  return 2 - 4 * power(0.5 + 0.5 * d, r);
}

/** U_b = 2 − 4(0.5 − 0.25e)^r: without a challenge, things get better for i. */
export function utilityBetter(e: number, r: number): number {
  return 2 - 4 * power(0.5 - 0.25 * e, r);
}

/** U_w = 2 − 4(0.5 + 0.25e)^r: without a challenge, things get worse for i. */
export function utilityWorse(e: number, r: number): number {
  return 2 - 4 * power(0.5 + 0.25 * e, r);
}

/** U_sq = 2 − 4(0.5)^r: the status quo. */
export function utilityStatusQuo(r: number): number {
  return 2 - 4 * power(0.5, r);
}
