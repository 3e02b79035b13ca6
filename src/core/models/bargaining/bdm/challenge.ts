import {
  utilityBetter,
  utilityFailure,
  utilityStatusQuo,
  utilitySuccess,
  utilityWorse,
} from "./utilities.ts";

export interface ChallengeTerms {
  /** s_j: the probability that the target resists. */
  readonly resistance: number;
  /** P_i(i vs j). */
  readonly winProbability: number;
  /** |x_i − x_j| / Δ. */
  readonly distance: number;
  /** (|x_i − μ| + |x_i − x_j|) / Δ. */
  readonly driftDistance: number;
  /** The exponent the utilities are evaluated with. */
  readonly exponent: number;
  readonly q: number;
  readonly t: number;
  /** Masad 2014 subtracts Q·U_sq − (1 − Q)(…) instead of Q·U_sq + (1 − Q)(…). */
  readonly signSlip: boolean;
}

/** U_s, U_f and U_sq for one distance and exponent: shared by E_i(Δx_j) and E_j(Δx_i) at the same r. */
export interface PairUtilities {
  readonly success: number;
  readonly failure: number;
  readonly statusQuo: number;
}

export function pairUtilities(distance: number, exponent: number): PairUtilities {
  return {
    success: utilitySuccess(distance, exponent),
    failure: utilityFailure(distance, exponent),
    statusQuo: utilityStatusQuo(exponent),
  };
}

/**
 * Expected utility of i challenging j (Scholz, Calbert & Smith 2011; spec 2.5):
 *   E_i(Δx_j) = s_j [P U_s + (1 − P) U_f] + (1 − s_j) U_s − Q U_sq − (1 − Q)[T U_b + (1 − T) U_w].
 */
export function expectedUtilityOfChallenge(
  terms: ChallengeTerms,
  utilities: PairUtilities = pairUtilities(terms.distance, terms.exponent),
): number {
  const { resistance: s, winProbability: p, exponent: r, q, t } = terms;
  const { success, failure, statusQuo } = utilities;
  const challenge = s * (p * success + (1 - p) * failure) + (1 - s) * success;
  if (q === 1) return challenge - statusQuo;
  const drift = t * utilityBetter(terms.driftDistance, r) + (1 - t) * utilityWorse(terms.driftDistance, r);
  return terms.signSlip
    ? challenge - (q * statusQuo - (1 - q) * drift)
    : challenge - q * statusQuo - (1 - q) * drift;
}
