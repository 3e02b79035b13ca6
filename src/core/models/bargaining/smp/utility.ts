/**
 * Salience-weighted distance and risk-curved utility of the KTAB SMP (spec §3.2; KTAB `SMPModel::bvDiff`
 * and `bsUtil`). Positions are on [0, 1] here.
 */

/**
 * d_i(p) = sqrt( Σ_d (s_id (ι_id − p_d))² / Σ_d s_id² ): the distance from `ideal` (row `a` of a
 * row-major n×m array) to `point` (row `b` of another), weighted by the saliences of row `a`.
 */
export function salienceDistance(
  ideals: Float64Array,
  a: number,
  points: Float64Array,
  b: number,
  saliences: Float64Array,
  m: number,
): number {
  let dsSqr = 0;
  let ssSqr = 0;
  const oa = a * m;
  const ob = b * m;
  for (let d = 0; d < m; d++) {
    const s = saliences[oa + d]!;
    const ds = (ideals[oa + d]! - points[ob + d]!) * s;
    dsSqr = dsSqr + ds * ds;
    ssSqr = ssSqr + s * s;
  }
  return Math.sqrt(dsSqr / ssSqr);
}

/**
 * u(d, R) = (1 − d)(1 + dR) for d ≤ 1, else (1 − d)(1 + R) (spec §3.2). R = 0 is risk neutral, R > 0
 * risk averse.
 */
export function riskUtility(d: number, r: number): number {
  return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
}
