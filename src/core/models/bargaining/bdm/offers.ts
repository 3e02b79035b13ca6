import type { BdmModelOptions, OfferChoice } from "./options.ts";

export type OfferKind = "confrontation" | "compromise" | "capitulation";

/**
 * What actor i concedes to j, given i's expected utility of challenging j (`own`, E_ij) and j's of
 * challenging i (`other`, E_ji) — Bueno de Mesquita 1994, Scholz, Calbert & Smith 2011, spec 2.7:
 *   confrontation, i loses    E_ji > E_ij > 0                → i moves to x_j
 *   compromise                E_ji > 0 > E_ij, E_ji ≥ |E_ij| → i moves part of the way
 *   capitulation              E_ji > 0 > E_ij, E_ji < |E_ij| → i moves to x_j
 * and nothing otherwise (i wins, stalemate, status quo). With `nearZero` > 0, values within it count
 * as zero and E_ij ≈ 0 < E_ji is a compromise (the EUM reading, spec 2.10 step 6).
 */
export function classifyOffer(
  own: number,
  other: number,
  capitulation: boolean,
  nearZero: number,
): OfferKind | null {
  const ownZero = nearZero > 0 ? Math.abs(own) < nearZero : own === 0;
  const otherZero = nearZero > 0 ? Math.abs(other) < nearZero : other === 0;
  if (otherZero) return null;
  if (ownZero) return nearZero > 0 && other > 0 ? "compromise" : null;
  if (own > 0 && other > 0) return own < other ? "confrontation" : null;
  if (own < 0 && other > 0) {
    if (-own > other) return capitulation ? "capitulation" : null;
    return "compromise";
  }
  return null;
}

/**
 * Where a compromise puts i (spec 2.7, 2.9): `proportional` x_i + (x_j − x_i)|E_ij/E_ji| (Scholz,
 * Calbert & Smith 2011), or `weighted` (|E_ij| x_i + |E_ji| x_j)/(|E_ij| + |E_ji|) (EUM).
 */
export function compromisePosition(
  rule: BdmModelOptions["compromise"],
  from: number,
  towards: number,
  own: number,
  other: number,
): number {
  const position =
    rule === "proportional"
      ? from + (towards - from) * Math.abs(own / other)
      : (Math.abs(own) * from + Math.abs(other) * towards) / (Math.abs(own) + Math.abs(other));
  // A compromise lies between the two positions; rounding (tiny or subnormal E values) must not push it out.
  return Math.min(Math.max(position, Math.min(from, towards)), Math.max(from, towards));
}

/** An offer i could accept from counterpart j. */
export interface Offer {
  readonly kind: OfferKind;
  readonly counterpart: number;
  /** E_ij: i's expected utility of challenging j (as the protocol evaluates it). */
  readonly euActor: number;
  /** E_ji: j's expected utility of challenging i (as the protocol evaluates it). */
  readonly euCounterpart: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Picks one offer among candidates (spec 0.2, "choice among offers"); earlier candidates win ties.
 * `counterpartPosition` is needed by `highest-counterpart-eu` to break ties by nearness.
 */
export function chooseOffer<T extends Pick<Offer, "euCounterpart" | "from" | "to">>(
  rule: OfferChoice,
  candidates: readonly T[],
  counterpartPosition: (offer: T) => number,
): T | undefined {
  let best: T | undefined;
  for (const offer of candidates) {
    if (best === undefined || better(rule, offer, best, counterpartPosition)) best = offer;
  }
  return best;
}

function better<T extends Pick<Offer, "euCounterpart" | "from" | "to">>(
  rule: OfferChoice,
  a: T,
  b: T,
  counterpartPosition: (offer: T) => number,
): boolean {
  switch (rule) {
    case "smallest-move":
      return Math.abs(a.to - a.from) < Math.abs(b.to - b.from);
    case "lowest-position":
      return a.to < b.to;
    case "highest-counterpart-eu":
      if (a.euCounterpart !== b.euCounterpart) return a.euCounterpart > b.euCounterpart;
      return Math.abs(counterpartPosition(a) - a.from) < Math.abs(counterpartPosition(b) - b.from);
  }
}
