import { assertNever } from "../../../assert-never.ts";
import { negativePart, positivePart } from "../signed-parts.ts";
import type { VictoryProbModel, VotingRule } from "./params.ts";
import { voteValue } from "./vote.ts";

/** Every coalition starts with this strength, so that no contest is 0 against 0 (KTAB `minC`). */
const MIN_COALITION = 1e-8;
/** Binary victory: a 10 % advantage wins outright; the loser keeps this residual odds (KTAB). */
const BINARY_THRESHOLD = 1.1;
const BINARY_MIN_ODDS = 1e-6;

/**
 * Probability that a coalition of strength s1 beats one of strength s2 (spec §3.3, KTAB `Model::vProb`):
 * f(s1) / (f(s1) + f(s2)) with f = x, x², x⁴, x⁸; Binary: 1 against 1e−6 when one side is ≥ 1.1× the
 * other, linear in s1/(s1 + s2) in between. Writes [P(1 wins), P(2 wins)] into `out`.
 */
export function victoryPair(model: VictoryProbModel, s1: number, s2: number, out: Float64Array): void {
  let x1: number;
  let x2: number;
  switch (model) {
    case "Linear":
      x1 = s1;
      x2 = s2;
      break;
    case "Square":
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case "Quartic": {
      const a = s1 * s1;
      const b = s2 * s2;
      x1 = a * a;
      x2 = b * b;
      break;
    }
    case "Octic": {
      const a = s1 * s1;
      const b = s2 * s2;
      const a4 = a * a;
      const b4 = b * b;
      x1 = a4 * a4;
      x2 = b4 * b4;
      break;
    }
    case "Binary":
      if (s1 >= BINARY_THRESHOLD * s2) {
        x1 = 1;
        x2 = BINARY_MIN_ODDS;
      } else if (s2 >= BINARY_THRESHOLD * s1) {
        x1 = BINARY_MIN_ODDS;
        x2 = 1;
      } else {
        // Linear rescaling of r = s1/(s1 + s2) so that r = t/(t+1) gives 1 and r = 1/(1+t) gives 0.
        const r12 = s1 / (s1 + s2);
        x1 = (r12 * (BINARY_THRESHOLD + 1) - 1) / (BINARY_THRESHOLD - 1);
        x2 = 1 - x1;
      }
      break;
    default:
      assertNever(model);
  }
  out[0] = x1 / (x1 + x2);
  out[1] = x2 / (x1 + x2);
}

/**
 * Coalition strengths over `numOpt` options (spec §3.3): C(a,b) = 1e−8 + Σ_k max(0, v_k(a,b)) with
 * v_k(a,b) = vote(w_k, u_ka, u_kb); diagonal 1e−8. `utilities` is row-major voters × options.
 *
 * KTAB evaluates each vote once, for the later option a against the earlier b, and puts the negative
 * votes on b's side. For every rule but ASymProsp that is the same as evaluating both directions; for
 * ASymProsp it makes the result depend on the order of the options. Unless `oneDirection` (KTAB
 * compatibility) is set, ASymProsp is evaluated in both directions (spec §3.3, "a correct implementation").
 */
export function coalitionStrengths(
  rule: VotingRule,
  weights: Float64Array,
  utilities: Float64Array,
  numVoters: number,
  numOpt: number,
  oneDirection: boolean,
  out?: Float64Array,
): Float64Array {
  const both = rule === "ASymProsp" && !oneDirection;
  // `out` (at least numOpt² long, every entry overwritten) saves the allocation in hot loops.
  const c = out ?? new Float64Array(numOpt * numOpt);
  if (rule === "Prop") {
    propCoalitions(weights, utilities, numVoters, numOpt, c);
    return c;
  }
  for (let i = 0; i < numOpt; i++) {
    for (let j = 0; j < i; j++) {
      let cij = MIN_COALITION;
      let cji = MIN_COALITION;
      for (let k = 0; k < numVoters; k++) {
        const uki = utilities[k * numOpt + i]!;
        const ukj = utilities[k * numOpt + j]!;
        const vkij = voteValue(rule, weights[k]!, uki - ukj);
        cij = cij + positivePart(vkij);
        cji = cji + (both ? positivePart(voteValue(rule, weights[k]!, ukj - uki)) : negativePart(vkij));
      }
      c[i * numOpt + j] = cij;
      c[j * numOpt + i] = cji;
    }
    c[i * numOpt + i] = MIN_COALITION;
  }
  return c;
}

/** `coalitionStrengths` for the Prop rule (KTAB's default), v = w·Δu written out: the same numbers. */
function propCoalitions(
  weights: Float64Array,
  utilities: Float64Array,
  numVoters: number,
  numOpt: number,
  c: Float64Array,
): void {
  for (let i = 0; i < numOpt; i++) {
    for (let j = 0; j < i; j++) {
      let cij = MIN_COALITION;
      let cji = MIN_COALITION;
      for (let k = 0; k < numVoters; k++) {
        const v = weights[k]! * (utilities[k * numOpt + i]! - utilities[k * numOpt + j]!);
        cij = cij + positivePart(v);
        cji = cji + negativePart(v);
      }
      c[i * numOpt + j] = cij;
      c[j * numOpt + i] = cji;
    }
    c[i * numOpt + i] = MIN_COALITION;
  }
}

/** P(a beats b) for every pair from the coalition matrix; P(a beats a) = 1/2 (KTAB `Model::vProb`). */
export function victoryMatrix(
  model: VictoryProbModel,
  c: Float64Array,
  numOpt: number,
  out?: Float64Array,
  pair: Float64Array = new Float64Array(2),
): Float64Array {
  const p = out ?? new Float64Array(numOpt * numOpt);
  for (let i = 0; i < numOpt; i++) {
    for (let j = 0; j < i; j++) {
      victoryPair(model, c[i * numOpt + j]!, c[j * numOpt + i]!, pair);
      p[i * numOpt + j] = pair[0]!;
      p[j * numOpt + i] = pair[1]!;
    }
    p[i * numOpt + i] = 0.5;
  }
  return p;
}
