import { assertNever } from "../../../assert-never.ts";
import type { PceModel, VictoryProbModel, VotingRule } from "./params.ts";
import { coalitionStrengths, victoryMatrix } from "./victory.ts";

/** Markov PCE iterations stop when no probability changes by more than this (KTAB). */
const MARKOV_UNIFORM_TOLERANCE = 1e-6;
const MARKOV_INCENTIVE_TOLERANCE = 1e-8;
/** Self-challenge incentive, so a unanimous favourite still has a challenger: itself (KTAB). */
const SELF_INCENTIVE = 1e-10;
const MAX_ITERATIONS = 1000;

/**
 * Work space of the Markov PCEs (the challenge matrix ch, its transpose, two probability vectors), kept
 * between calls: a typed array longer than 64 bytes gets its own backing store and costs about a
 * microsecond to allocate, more than a small PCE's arithmetic. Grown on demand; never part of a result.
 */
export interface MarkovBuffers {
  challenge: Float64Array;
  transposed: Float64Array;
  p: Float64Array;
  next: Float64Array;
}

function squareBuffer(
  buffers: MarkovBuffers | undefined,
  key: "challenge" | "transposed",
  n: number,
): Float64Array {
  if (buffers === undefined) return new Float64Array(n * n);
  if (buffers[key].length < n * n) buffers[key] = new Float64Array(n * n);
  return buffers[key];
}

/** A vector of at least n entries, the first n set to `value` (the iterations use only those). */
function vectorBuffer(
  buffers: MarkovBuffers | undefined,
  key: "p" | "next",
  n: number,
  value: number,
): Float64Array {
  if (buffers === undefined) return new Float64Array(n).fill(value);
  if (buffers[key].length < n) buffers[key] = new Float64Array(n);
  return buffers[key].fill(value, 0, n);
}

/** The first n converged probabilities copied out of the work space (into `out` when given). */
function result(p: Float64Array, n: number, out: Float64Array | undefined): Float64Array {
  const r = out ?? new Float64Array(n);
  for (let i = 0; i < n; i++) r[i] = p[i]!;
  return r;
}

/** Conditional PCE: p_a ∝ Π_b P(a > b), the product running over every option including a (spec §3.3). */
export function conditionalPce(victory: Float64Array, numOpt: number, out?: Float64Array): Float64Array {
  const p = out ?? new Float64Array(numOpt);
  let total = 0;
  for (let i = 0; i < numOpt; i++) {
    let pi = 1;
    for (let j = 0; j < numOpt; j++) pi = pi * victory[i * numOpt + j]!;
    p[i] = pi;
  }
  for (let i = 0; i < numOpt; i++) total = total + p[i]!;
  if (!(total > 0)) throw new Error("conditionalPce: every option has probability 0");
  for (let i = 0; i < numOpt; i++) p[i] = p[i]! / total;
  return p;
}

/**
 * Markov PCE with uniform challenges (spec §3.3): from p = 1/N iterate q_a = (1/N) Σ_b P(a>b)(p_a + p_b),
 * p ← (p + q)/2 until the largest change is below 1e−6.
 */
export function markovUniformPce(
  victory: Float64Array,
  numOpt: number,
  out?: Float64Array,
  buffers?: MarkovBuffers,
): Float64Array {
  // Two buffers swapped each iteration: p ← (p + q)/2 without allocating.
  let p = vectorBuffer(buffers, "p", numOpt, 1 / numOpt);
  let next = vectorBuffer(buffers, "next", numOpt, 0);
  for (let iter = 0; ; iter++) {
    if (iter >= MAX_ITERATIONS) throw new Error("markovUniformPce: no convergence in 1000 iterations");
    let change = 0;
    for (let i = 0; i < numOpt; i++) {
      const pi = p[i]!;
      const row = i * numOpt;
      let sum = 0;
      for (let j = 0; j < numOpt; j++) sum = sum + victory[row + j]! * (pi + p[j]!);
      const qi = sum / numOpt;
      next[i] = (pi + qi) / 2;
      const c = Math.abs(qi - pi);
      if (c > change) change = c;
    }
    const previous = p;
    p = next;
    next = previous;
    if (!(MARKOV_UNIFORM_TOLERANCE < change)) return result(p, numOpt, out);
  }
}

/**
 * Markov PCE with incentive-weighted challenges (spec §3.3): I(a,b) = C(a,b)·P(a>b) (+1e−10 on the
 * diagonal), ch(a,b) = I(a,b)/Σ_k I(k,b); iterate ct(a,b) = p_a·ch(b,a),
 * q_a = Σ_b P(a>b)(ct(a,b) + ct(b,a)), p ← (p + q)/2 until the largest change is below 1e−8.
 */
export function markovIncentivePce(
  coalitions: Float64Array,
  victory: Float64Array,
  numOpt: number,
  out?: Float64Array,
  buffers?: MarkovBuffers,
): Float64Array {
  const n = numOpt;
  // ch is built column by column in place of I (each column's sum is taken before it is divided).
  const challenge = squareBuffer(buffers, "challenge", n);
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let k = 0; k < n; k++) {
      let v = coalitions[k * n + j]! * victory[k * n + j]!;
      if (k === j) v = v + SELF_INCENTIVE;
      challenge[k * n + j] = v;
      sum = sum + v;
    }
    for (let i = 0; i < n; i++) challenge[i * n + j] = challenge[i * n + j]! / sum;
  }
  // ct(a,b) = p_a·ch(b,a) is formed inline from a transposed copy of ch (so both reads run along a row),
  // and p ← (p + q)/2 swaps two buffers: no allocation per iteration.
  const transposed = squareBuffer(buffers, "transposed", n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) transposed[i * n + j] = challenge[j * n + i]!;
  let p = vectorBuffer(buffers, "p", n, 1 / n);
  let next = vectorBuffer(buffers, "next", n, 0);
  for (let iter = 0; ; iter++) {
    if (iter >= MAX_ITERATIONS) throw new Error("markovIncentivePce: no convergence in 1000 iterations");
    let change = 0;
    // Two rows at a time: their sums are independent and overlap in the pipeline (each in order of j).
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const pi = p[i]!;
      const pk = p[i + 1]!;
      const row = i * n;
      const rowK = row + n;
      let qi = 0;
      let qk = 0;
      for (let j = 0; j < n; j++) {
        const pj = p[j]!;
        qi = qi + victory[row + j]! * (pi * transposed[row + j]! + pj * challenge[row + j]!);
        qk = qk + victory[rowK + j]! * (pk * transposed[rowK + j]! + pj * challenge[rowK + j]!);
      }
      next[i] = (pi + qi) / 2;
      next[i + 1] = (pk + qk) / 2;
      const c = Math.max(Math.abs(qi - pi), Math.abs(qk - pk));
      if (c > change) change = c;
    }
    for (; i < n; i++) {
      const pi = p[i]!;
      const row = i * n;
      let qi = 0;
      for (let j = 0; j < n; j++) {
        qi = qi + victory[row + j]! * (pi * transposed[row + j]! + p[j]! * challenge[row + j]!);
      }
      next[i] = (pi + qi) / 2;
      const c = Math.abs(qi - pi);
      if (c > change) change = c;
    }
    const previous = p;
    p = next;
    next = previous;
    if (!(MARKOV_INCENTIVE_TOLERANCE < change)) return result(p, n, out);
  }
}

/**
 * Temporaries of `scalarPce` kept between calls (the coalition and victory matrices), so that the many
 * small PCEs of a run allocate only their result. Grown on demand; never part of a result.
 */
export interface PceScratch {
  coalitions: Float64Array;
  victory: Float64Array;
  markov: MarkovBuffers;
  pair: Float64Array;
}

export function createPceScratch(): PceScratch {
  const empty = new Float64Array(0);
  return {
    coalitions: empty,
    victory: empty,
    markov: { challenge: empty, transposed: empty, p: empty, next: empty },
    pair: new Float64Array(2),
  };
}

function scratchSquare(scratch: PceScratch, key: "coalitions" | "victory", numOpt: number): Float64Array {
  if (scratch[key].length < numOpt * numOpt) scratch[key] = new Float64Array(numOpt * numOpt);
  return scratch[key];
}

export interface PceSettings {
  votingRule: VotingRule;
  victoryProbModel: VictoryProbModel;
  pceModel: PceModel;
  /** Evaluate ASymProsp coalitions in one direction only, as KTAB does. */
  oneDirection: boolean;
}

/**
 * Probabilistic Condorcet Election over `numOpt` options (KTAB `Model::scalarPCE`): votes with weights
 * `weights` on `utilities` (row-major voters × options) form coalitions, coalitions give pairwise victory
 * probabilities, and the PCE model turns those into the probability that each option wins (written into
 * `out` when given, numOpt long).
 */
export function scalarPce(
  settings: PceSettings,
  weights: Float64Array,
  utilities: Float64Array,
  numVoters: number,
  numOpt: number,
  scratch?: PceScratch,
  out?: Float64Array,
): Float64Array {
  const c = coalitionStrengths(
    settings.votingRule,
    weights,
    utilities,
    numVoters,
    numOpt,
    settings.oneDirection,
    scratch === undefined ? undefined : scratchSquare(scratch, "coalitions", numOpt),
  );
  const victory =
    scratch === undefined
      ? victoryMatrix(settings.victoryProbModel, c, numOpt)
      : victoryMatrix(
          settings.victoryProbModel,
          c,
          numOpt,
          scratchSquare(scratch, "victory", numOpt),
          scratch.pair,
        );
  switch (settings.pceModel) {
    case "Conditional":
      return conditionalPce(victory, numOpt, out);
    case "MarkovUniform":
      return markovUniformPce(victory, numOpt, out, scratch?.markov);
    case "MarkovIncentive":
      return markovIncentivePce(c, victory, numOpt, out, scratch?.markov);
    default:
      return assertNever(settings.pceModel);
  }
}
