import { assertNever } from "../../../assert-never.ts";
import type { VotingRule } from "./params.ts";

/** A vote of weight `w` between two options whose utilities differ by du = u_a − u_b. */
export type VoteFn = (w: number, du: number) => number;

/** Width of the linear ramp of the Binary rule, so that near-ties do not flip on round-off (KTAB). */
const BINARY_TOLERANCE = 1e-8;
/** PropBin = 0.8·Prop + 0.2·Binary; PropCbc = 0.5·Prop + 0.5·Cubic (spec §3.3). */
const PROP_BIN_WEIGHT = 0.2;
const PROP_CUBIC_WEIGHT = 0.5;

function binary(du: number): number {
  const r = du / BINARY_TOLERANCE;
  return Math.min(1, Math.max(-1, r));
}

/**
 * The voting rules of spec §3.3 (KTAB `Model::vote`): Binary w·clip(Δ/1e−8, −1, 1); PropBin
 * w(0.8Δ + 0.2·bin); Prop wΔ; PropCbc w(0.5Δ + 0.5Δ³); Cubic wΔ³; ASymProsp wΔ if Δ < 0, (2/3)wΔ if Δ > 0.
 */
export function voteFunction(rule: VotingRule): VoteFn {
  switch (rule) {
    case "Binary":
      return (w, du) => w * binary(du);
    case "PropBin":
      return (w, du) => w * ((1 - PROP_BIN_WEIGHT) * du + PROP_BIN_WEIGHT * binary(du));
    case "Prop":
      return (w, du) => w * du;
    case "PropCbc":
      return (w, du) => w * ((1 - PROP_CUBIC_WEIGHT) * du + PROP_CUBIC_WEIGHT * (du * du * du));
    case "Cubic":
      return (w, du) => w * (du * du * du);
    case "ASymProsp":
      return (w, du) => (du < 0 ? w * du : du > 0 ? (2 * w * du) / 3 : 0);
    default:
      return assertNever(rule);
  }
}

/**
 * `voteFunction(rule)(w, du)` as one plain function of the rule (same arithmetic): hot loops call it with
 * a rule that does not change, so it inlines to one branch, where a call through a closure would not
 * inline once several rules have run in one process.
 */
export function voteValue(rule: VotingRule, w: number, du: number): number {
  switch (rule) {
    case "Prop":
      return w * du;
    case "Cubic":
      return w * (du * du * du);
    case "PropBin":
      return w * ((1 - PROP_BIN_WEIGHT) * du + PROP_BIN_WEIGHT * binary(du));
    case "PropCbc":
      return w * ((1 - PROP_CUBIC_WEIGHT) * du + PROP_CUBIC_WEIGHT * (du * du * du));
    case "Binary":
      return w * binary(du);
    case "ASymProsp":
      return du < 0 ? w * du : du > 0 ? (2 * w * du) / 3 : 0;
    default:
      return assertNever(rule);
  }
}

/** v = vote(w, u_a, u_b); throws on a non-positive weight as KTAB does (a zero capability is a bug upstream). */
export function vote(rule: VotingRule, w: number, ua: number, ub: number): number {
  if (!(w > 0)) throw new Error(`vote: non-positive voting weight ${w}`);
  return voteFunction(rule)(w, ua - ub);
}
