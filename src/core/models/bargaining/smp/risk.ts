import { assertNever } from "../../../assert-never.ts";
import type { BigRAdjust, BigRRange } from "./params.ts";

/**
 * Risk attitudes from the probability p_i that each actor's position wins (spec §3.4 step 3, KTAB
 * `Model::bigRfromProb`): Min (p − p_min)/(p_max − p_min) ∈ [0, 1]; Mid
 * (3p − (p_max + 2p_min)) / (2(p_max − p_min)) ∈ [−½, 1]; Max (2p − p_max − p_min)/(p_max − p_min) ∈ [−1, 1].
 * The actor whose position is most likely to win is the most risk averse. Written into `out` when given.
 */
export function riskAttitudes(p: Float64Array, range: BigRRange, out?: Float64Array): Float64Array {
  let pMin = 1;
  let pMax = 0;
  for (const pi of p) {
    if (pi < pMin) pMin = pi;
    if (pi > pMax) pMax = pi;
  }
  if (!(pMax > pMin)) {
    throw new Error(
      "riskAttitudes: every position is equally likely to win, so risk attitudes are undefined",
    );
  }
  const r = out ?? new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    switch (range) {
      case "Min":
        r[i] = (pi - pMin) / (pMax - pMin);
        break;
      case "Mid":
        r[i] = (3 * pi - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
        break;
      case "Max":
        r[i] = (2 * pi - (pMax + pMin)) / (pMax - pMin);
        break;
      default:
        return assertNever(range);
    }
  }
  return r;
}

/**
 * h's estimate of i's risk attitude (spec §3.4 step 4, KTAB `Model::estNRA`): None R_h, OneThird
 * (2R_h + R_i)/3, Half (R_h + R_i)/2, TwoThirds (R_h + 2R_i)/3, Full R_i.
 */
export function estimateRisk(rh: number, ri: number, adjust: BigRAdjust): number {
  switch (adjust) {
    case "None":
      return rh;
    case "OneThird":
      return (2 * rh + ri) / 3;
    case "Half":
      return (rh + ri) / 2;
    case "TwoThirds":
      return (rh + 2 * ri) / 3;
    case "Full":
      return ri;
    default:
      return assertNever(adjust);
  }
}
