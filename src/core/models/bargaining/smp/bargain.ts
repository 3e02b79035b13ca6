import { assertNever } from "../../../assert-never.ts";
import type { InterVecBrgn } from "./params.ts";

/** A proposed bargain: the initiator moves to `init`, the receiver to `rcvr` (both n-dimensional, [0, 1]). */
export interface Bargain {
  initiator: number;
  receiver: number;
  init: Float64Array;
  rcvr: Float64Array;
}

/** Keeps a 0/0 out when neither side cares or can coerce; the asymmetry it adds is deliberate (KTAB `minW`). */
const MIN_WEIGHT = 1e-6;

/** Rounds to 4 decimals on [0, 1] as KTAB does, removing spurious precision (x ≥ 0). */
function round4(x: number): number {
  return Math.trunc(0.5 + x * 10000) / 10000;
}

/**
 * The compromise of i and j on every dimension (spec §3.6 step 3, KTAB `interpolateBrgn`), from i at
 * `ti` (saliences `si`) and j at `tj` (`sj`), with pi the probability that i wins and pj that j wins.
 * `ti`, `si`, `tj`, `sj` are rows of row-major n×m arrays, starting at offsets `oi` (i's) and `oj` (j's).
 *
 * S1P1/S2P2: w_i = (s_id p_i)^k with k = 1 or 2, likewise w_j; both sides are offered
 * ((w_i + 1e−6) t_i + w_j t_j)/(w_i + 1e−6 + w_j) (resp. with the 1e−6 on j), rounded to 4 decimals.
 * S2PMax: δ_i = max(0, p_j − p_i); b_i = t_i + δ_i s_jd²/(δ_i s_jd² + 1e−6 + (1 − δ_i) s_id²)·(t_j − t_i),
 * and symmetrically for j, unrounded.
 */
export function interpolateBargain(
  rule: InterVecBrgn,
  m: number,
  ti: Float64Array,
  si: Float64Array,
  oi: number,
  pi: number,
  tj: Float64Array,
  sj: Float64Array,
  oj: number,
  pj: number,
): { init: Float64Array; rcvr: Float64Array } {
  const init = new Float64Array(m);
  const rcvr = new Float64Array(m);
  for (let d = 0; d < m; d++) {
    const tik = ti[oi + d]!;
    const tjk = tj[oj + d]!;
    const sik = si[oi + d]!;
    const sjk = sj[oj + d]!;
    switch (rule) {
      case "S1P1":
      case "S2P2": {
        const wik = rule === "S2P2" ? sik * sik * (pi * pi) : sik * pi;
        const wjk = rule === "S2P2" ? sjk * sjk * (pj * pj) : sjk * pj;
        init[d] = round4(((wik + MIN_WEIGHT) * tik + wjk * tjk) / (wik + MIN_WEIGHT + wjk));
        rcvr[d] = round4((wik * tik + (MIN_WEIGHT + wjk) * tjk) / (wik + MIN_WEIGHT + wjk));
        break;
      }
      case "S2PMax": {
        const di = pj > pi ? pj - pi : 0;
        const dj = pi > pj ? pi - pj : 0;
        const sik2 = sik * sik;
        const sjk2 = sjk * sjk;
        const dik = (di * sjk2) / (di * sjk2 + MIN_WEIGHT + (1 - di) * sik2);
        const djk = (dj * sik2) / (dj * sik2 + MIN_WEIGHT + (1 - dj) * sjk2);
        init[d] = tik + dik * (tjk - tik);
        rcvr[d] = tjk + djk * (tik - tjk);
        break;
      }
      default:
        return assertNever(rule);
    }
  }
  return { init, rcvr };
}
