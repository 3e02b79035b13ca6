import type { OfferKind } from "./offers.ts";
import type { BdmModelOptions, BdmStopping } from "./options.ts";
import type { BdmPresetName } from "./presets.ts";

/** The issue after `round` rounds (round 0 = the input). */
export interface BdmRoundState {
  readonly round: number;
  /** Positions in input order. */
  readonly positions: readonly number[];
  /** Median voter position under the `median` option. */
  readonly median: number;
  /** c·s-weighted mean position. */
  readonly mean: number;
}

/** An offer an actor accepted in a round. */
export interface BdmAcceptedOffer {
  readonly actor: string;
  readonly actorIndex: number;
  readonly kind: OfferKind;
  readonly counterpart: string;
  readonly counterpartIndex: number;
  /** E_ij: the actor's expected utility of challenging the counterpart, as the protocol evaluates it. */
  readonly euActor: number;
  /** E_ji: the counterpart's expected utility of challenging the actor, as the protocol evaluates it. */
  readonly euCounterpart: number;
  readonly from: number;
  readonly to: number;
}

/** What happened in round `round` (1-based): the exponents it used and the offers accepted in it. */
export interface BdmRoundLog {
  readonly round: number;
  readonly riskExponents: readonly number[];
  readonly security: readonly number[];
  readonly offers: readonly BdmAcceptedOffer[];
}

interface BdmRunCommon {
  readonly issue?: string;
  readonly preset: BdmPresetName;
  readonly options: BdmModelOptions;
  readonly stopping: BdmStopping;
  readonly actors: ReadonlyArray<{ readonly id: string; readonly name?: string }>;
  /** Δ used for every distance. */
  readonly delta: number;
  /** Number of rounds played. */
  readonly rounds: number;
  /** trajectory[t] = state after t rounds; trajectory[0] is the input. */
  readonly trajectory: readonly BdmRoundState[];
  /** log[t − 1] = round t. */
  readonly log: readonly BdmRoundLog[];
  /** Median and weighted mean of the final state. */
  readonly forecast: { readonly median: number; readonly mean: number };
}

/** A BDM run, tagged by why it stopped (spec 2.8). */
export type BdmResult =
  | (BdmRunCommon & {
      readonly status: "converged";
      /** First round after which no position moved by more than tolerance × Δ. */
      readonly convergedAt: number;
    })
  | (BdmRunCommon & {
      readonly status: "cycling";
      readonly cycle: {
        readonly period: number;
        /** First round of the repeating block. */
        readonly firstRound: number;
        /** The `period` states of one turn of the cycle. */
        readonly states: readonly BdmRoundState[];
        readonly median: { readonly min: number; readonly max: number };
        readonly mean: { readonly min: number; readonly max: number };
      };
    })
  | (BdmRunCommon & {
      readonly status: "max-rounds";
      /** Largest move of any actor in the final round (in scale units). */
      readonly lastMove: number;
      /** Where the median and mean wandered over the last rounds (at most 20): a forecast band. */
      readonly tail: {
        readonly fromRound: number;
        readonly median: { readonly min: number; readonly max: number };
        readonly mean: { readonly min: number; readonly max: number };
      };
    });
