import type { BdmState, ChallengeEvaluator } from "./evaluation.ts";
import { chooseOffer, classifyOffer, compromisePosition, type Offer, type OfferKind } from "./offers.ts";
import type { BdmModelOptions } from "./options.ts";

/**
 * The offer each actor accepts in one round, under the three public protocols (spec 2.7, 2.10):
 * undefined where an actor accepts none. All offers are computed from the state at the start of the round.
 */
export function acceptedOffers(
  state: BdmState,
  options: BdmModelOptions,
  evaluator: ChallengeEvaluator,
  exponents: readonly number[],
): Array<Offer | undefined> {
  switch (options.protocol) {
    case "actor-view": {
      if (options.utilityExponent === "observer") {
        return pairwiseOffers(state, options, (i, j) =>
          evaluator.challengePair(i, j, exponents[i] as number),
        );
      }
      // E_ij with i's own exponent is needed by i and, as E_ji, by j: compute it once.
      const own = ownChallengeValues(state.positions.length, evaluator, exponents);
      return pairwiseOffers(state, options, (i, j) => [own(i, j), own(j, i)]);
    }
    case "challenger-row":
      return pairwiseOffers(state, options, (i, j) => [
        evaluator.challenge(i, j, exponents[i] as number, "challenger"),
        evaluator.challenge(i, j, exponents[j] as number, "target"),
      ]);
    case "sender-offers":
      return senderOffers(state, options, evaluator, exponents);
  }
}

/**
 * `actor-view` (Scholz, Calbert & Smith 2011): i weighs E_ij against E_ji for every j;
 * `challenger-row` (EUM): i weighs a(i, j) against b(i, j), i.e. moves only as a losing challenger.
 * Each actor takes a confrontation if it has one, else a compromise, else a capitulation, choosing
 * within the class by the option for that class.
 */
function pairwiseOffers(
  state: BdmState,
  options: BdmModelOptions,
  values: (i: number, j: number) => readonly [number, number],
): Array<Offer | undefined> {
  const { positions } = state;
  return positions.map((from, i) => {
    const byKind: Record<OfferKind, Offer[]> = { confrontation: [], compromise: [], capitulation: [] };
    positions.forEach((towards, j) => {
      if (j === i || (options.coincidentPairs === "skip" && towards === from)) return;
      const [euActor, euCounterpart] = values(i, j);
      const kind = classifyOffer(euActor, euCounterpart, options.capitulation, options.nearZero);
      if (kind === null) return;
      const to =
        kind === "compromise"
          ? compromisePosition(options.compromise, from, towards, euActor, euCounterpart)
          : towards;
      byKind[kind].push({ kind, counterpart: j, euActor, euCounterpart, from, to });
    });
    const at = (offer: Offer) => positions[offer.counterpart] as number;
    return (
      chooseOffer(options.confrontationChoice, byKind.confrontation, at) ??
      chooseOffer(options.compromiseChoice, byKind.compromise, at) ??
      chooseOffer(options.capitulationChoice, byKind.capitulation, at)
    );
  });
}

/**
 * `sender-offers` (Masad 2014, spec 2.10 step 5): every a with E_a(b) > 0 (a's own exponent) sends b an
 * offer; b keeps one by `receivedOfferChoice` and resolves it with E_b(a) against E_a(b), staying put if
 * that one does not move it.
 */
function senderOffers(
  state: BdmState,
  options: BdmModelOptions,
  evaluator: ChallengeEvaluator,
  exponents: readonly number[],
): Array<Offer | undefined> {
  const { positions } = state;
  const value = ownChallengeValues(positions.length, evaluator, exponents);
  return positions.map((from, b) => {
    const received: Array<{ sender: number; euCounterpart: number; from: number; to: number }> = [];
    positions.forEach((at, a) => {
      if (a === b || (options.coincidentPairs === "skip" && at === from)) return;
      if (value(a, b) > 0) received.push({ sender: a, euCounterpart: value(a, b), from, to: at });
    });
    const kept = chooseOffer(options.receivedOfferChoice, received, (offer) => offer.to);
    if (kept === undefined) return undefined;
    const euActor = value(b, kept.sender);
    const kind = classifyOffer(euActor, kept.euCounterpart, options.capitulation, options.nearZero);
    if (kind === null) return undefined;
    const to =
      kind === "compromise"
        ? compromisePosition(options.compromise, from, kept.to, euActor, kept.euCounterpart)
        : kept.to;
    return { kind, counterpart: kept.sender, euActor, euCounterpart: kept.euCounterpart, from, to };
  });
}

/** E_a(Δx_b) with a's own exponent for every ordered pair, computed once: (a, b) → value. */
function ownChallengeValues(
  n: number,
  evaluator: ChallengeEvaluator,
  exponents: readonly number[],
): (a: number, b: number) => number {
  const eu = Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) =>
      a === b ? 0 : evaluator.challenge(a, b, exponents[a] as number, "challenger"),
    ),
  );
  return (a, b) => (eu[a] as number[])[b] as number;
}
