import { type BdmState, challengeEvaluator } from "./evaluation.ts";
import { medianPosition, weightedMean } from "./median.ts";
import type { Offer } from "./offers.ts";
import type { BdmModelOptions } from "./options.ts";
import { acceptedOffers } from "./protocols.ts";
import { riskExponents } from "./risk.ts";
import { securitySums } from "./security.ts";

export interface RoundOutcome {
  /** Positions after the round (everyone moved at once). */
  readonly positions: number[];
  /** r_i computed at the start of the round and used in it (spec 2.6). */
  readonly riskExponents: number[];
  /** S_i, the security sums the exponents come from. */
  readonly security: number[];
  /** The offer each actor accepted; undefined where it accepted none. */
  readonly offers: Array<Offer | undefined>;
}

/**
 * One round of the BDM model (Scholz, Calbert & Smith 2011; spec 2.6–2.7): risk exponents from
 * risk-neutral security sums, then every actor's offer under the new exponents, applied simultaneously.
 * Throws (through `fail`) when the security sums are all equal and `equalSecurity` is "error".
 */
export function playRound(
  state: BdmState,
  options: BdmModelOptions,
  fail: (message: string) => never,
): RoundOutcome {
  const n = state.positions.length;
  const first = state.positions[0];
  if (state.positions.every((x) => x === first)) {
    // Consensus: nobody can move and risk attitudes are 0/0; report risk neutrality and no offers.
    const ones = new Array<number>(n).fill(1);
    return {
      positions: [...state.positions],
      riskExponents: ones,
      security: new Array<number>(n).fill(0),
      offers: [],
    };
  }
  const median = () => medianPosition(options.median, state.positions, state.weights, state.delta);
  const mean = () => weightedMean(state.positions, state.weights);
  const muRisk = options.referencePoint === "mean" ? mean() : median();
  const muOffers = options.referencePoint === "median" ? muRisk : mean();

  const ones = new Array<number>(n).fill(1);
  const neutral = challengeEvaluator(state, options, ones, muRisk);
  const security = securitySums(neutral, n);
  const exponents = riskExponents(security, options.equalSecurity, options.nearZero);
  if (exponents === null) {
    fail("every actor's security sum is equal, so risk exponents are undefined (option equalSecurity)");
  }

  const evaluator =
    options.voteExponent === "neutral" && muOffers === muRisk
      ? neutral
      : challengeEvaluator(state, options, options.voteExponent === "voter" ? exponents : ones, muOffers);
  const offers = acceptedOffers(state, options, evaluator, exponents);
  const positions = state.positions.map((x, i) => offers[i]?.to ?? x);
  return { positions, riskExponents: exponents, security, offers };
}
