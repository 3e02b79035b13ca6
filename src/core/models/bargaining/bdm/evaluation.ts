import { expectedUtilityOfChallenge, type PairUtilities, pairUtilities } from "./challenge.ts";
import type { BdmModelOptions } from "./options.ts";
import { voteTables } from "./votes.ts";
import { winProbability } from "./win-probability.ts";

/** One state of an issue as the kernels see it. */
export interface BdmState {
  readonly positions: readonly number[];
  readonly saliences: readonly number[];
  /** w_k = c_k s_k. */
  readonly weights: readonly number[];
  /** Δ, fixed for the run. */
  readonly delta: number;
}

/** Expected utilities of challenges in one state, with the win probabilities precomputed. */
export interface ChallengeEvaluator {
  /** P_a(a beats b). */
  readonly winProbability: (a: number, b: number) => number;
  /**
   * The value of "i challenges j" with utilities at `exponent`: for the challenger (E_i(Δx_j), spec 2.5)
   * or, as EUM's b(i, j), for the target (P_j(j beats i) in place of P_i; s_j, T(i, j) and i's distance
   * to μ unchanged; spec 2.10 `eum` step 4).
   */
  readonly challenge: (i: number, j: number, exponent: number, side: "challenger" | "target") => number;
  /** [E_i(Δx_j), E_j(Δx_i)] with both sides' utilities at one exponent (Scholz's observer view, spec 2.5). */
  readonly challengePair: (i: number, j: number, exponent: number) => readonly [number, number];
}

/**
 * Builds the evaluator of one state: vote tables with `voteExponents` (spec 2.2–2.3), reference point
 * `mu` for U_b, U_w and the eft2014 T rule (spec 2.4, 2.9).
 */
export function challengeEvaluator(
  state: BdmState,
  options: BdmModelOptions,
  voteExponents: readonly number[],
  mu: number,
): ChallengeEvaluator {
  const { positions, saliences, delta } = state;
  const n = positions.length;
  const tables = voteTables(positions, state.weights, voteExponents, delta);
  const probability: number[][] = Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) =>
      winProbability(options.winProbability, tables, positions, a, b, options.nearZero),
    ),
  );
  const p = (a: number, b: number) => (probability[a] as number[])[b] as number;
  const signSlip = options.noChallengeSign === "masad2014-slip";
  const value = (
    i: number,
    j: number,
    exponent: number,
    side: "challenger" | "target",
    u?: PairUtilities,
  ) => {
    const xi = positions[i] as number;
    const xj = positions[j] as number;
    const gap = Math.abs(xi - xj);
    const t = options.t === "eft2014" ? (Math.abs(xi - mu) < gap ? 1 : 0) : options.t;
    const terms = {
      resistance: saliences[j] as number,
      winProbability: side === "challenger" ? p(i, j) : p(j, i),
      distance: gap / delta,
      driftDistance: (Math.abs(xi - mu) + gap) / delta,
      exponent,
      q: options.q,
      t,
      signSlip,
    };
    return expectedUtilityOfChallenge(terms, u ?? pairUtilities(terms.distance, exponent));
  };
  return {
    winProbability: p,
    challenge: (i, j, exponent, side) => value(i, j, exponent, side),
    challengePair(i, j, exponent) {
      const u = pairUtilities(
        Math.abs((positions[i] as number) - (positions[j] as number)) / delta,
        exponent,
      );
      return [value(i, j, exponent, "challenger", u), value(j, i, exponent, "challenger", u)];
    },
  };
}
