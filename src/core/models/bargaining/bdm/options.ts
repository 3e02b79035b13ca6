import { z } from "zod";

/**
 * Every point on which the public readings of the BDM model differ (spec table 2.9 and §0.2) is one
 * named option here. `paperOptions` (presets.ts) is our reading of Scholz, Calbert & Smith (2011).
 */

/** How an actor picks one offer among several of the same class (spec 0.2, "choice among offers"). */
export const OfferChoiceSchema = z.enum([
  "smallest-move", // the offer that moves the actor least; ties: first counterpart in input order
  "lowest-position", // the offer with the lowest resulting value on the scale (Scholz's code, for compromises)
  "highest-counterpart-eu", // the highest counterpart EU, then the nearest, then the first (Masad 2014)
]);

export const BdmModelOptionsSchema = z.object({
  /**
   * P_i(i vs j) (spec 2.3): `pairwise` Σ_k max(0, v_k)/Σ_k |v_k|; `net` max(0, Σ_k v_k)/Σ_k |v_k|;
   * `all-pairs` Σ_k max(0, v_k) over the vote mass of every (k, a, b) (Scholz's code).
   */
  winProbability: z.enum(["pairwise", "net", "all-pairs"]),
  /** Exponent inside the votes that make P: each voter's current r_k, or r = 1. */
  voteExponent: z.enum(["voter", "neutral"]),
  /** Exponent of the utilities in E_ji as seen by i: j's own r_j, or the observer's r_i (Scholz's code). */
  utilityExponent: z.enum(["own", "observer"]),
  /** μ in U_b, U_w and the eft2014 T rule (spec 2.4): median voter position, weighted mean, or the
   *  median for the risk exponents and the mean for the offers (Masad 2014). */
  referencePoint: z.enum(["median", "mean", "median-then-mean"]),
  /** Probability that the status quo persists when i does not challenge j (spec 2.5). */
  q: z.number().min(0).max(1),
  /** Probability that j moves towards i without a challenge, or Eft (2014): 1 if |x_i − μ| < |x_i − x_j|. */
  t: z.union([z.number().min(0).max(1), z.literal("eft2014")]),
  /** `masad2014-slip` subtracts Q·U_sq − (1 − Q)(…) instead of Q·U_sq + (1 − Q)(…); matters only when Q < 1. */
  noChallengeSign: z.enum(["paper", "masad2014-slip"]),
  /** Compromise position: x_i + (x_j − x_i)|E_ij/E_ji|, or (|E_ij| x_i + |E_ji| x_j)/(|E_ij| + |E_ji|) (EUM). */
  compromise: z.enum(["proportional", "weighted"]),
  confrontationChoice: OfferChoiceSchema,
  compromiseChoice: OfferChoiceSchema,
  capitulationChoice: OfferChoiceSchema,
  /** With protocol `sender-offers`: which received offer the receiver keeps (before classifying it). */
  receivedOfferChoice: OfferChoiceSchema,
  /** Whether an actor that loses more by resisting than the challenger gains gives in (spec 2.7). */
  capitulation: z.boolean(),
  /** Median voter rule (spec 2.2, 2.10): weighted median (a Condorcet winner), or a peer's rule. */
  median: z.enum(["condorcet", "sequential-scan", "largest-margin-pair", "max-total-votes"]),
  /**
   * Who evaluates a pair (spec 2.10): `actor-view` i weighs E_ij against E_ji; `challenger-row` i moves
   * only as the loser of challenges it would make itself (EUM); `sender-offers` challengers with E > 0
   * send offers and each receiver resolves one (Masad 2014).
   */
  protocol: z.enum(["actor-view", "challenger-row", "sender-offers"]),
  /** Δ, the distance normaliser: range of the initial positions, or explicit scale bounds. */
  scale: z.union([z.literal("initial-range"), z.object({ min: z.number(), max: z.number() })]),
  /** |v| below this counts as zero (EUM: 1e-4); 0 means exact equality. */
  nearZero: z.number().min(0),
  /** All security sums equal (spec 2.6, 0/0): throw, set every r = 1, or set every r = 0 (EUM). */
  equalSecurity: z.enum(["error", "neutral", "zero"]),
  /** Whether an actor considers counterparts standing on its own position (no move can come of it). */
  coincidentPairs: z.enum(["skip", "evaluate"]),
});

export type OfferChoice = z.output<typeof OfferChoiceSchema>;
export type BdmModelOptions = z.output<typeof BdmModelOptionsSchema>;

/** Stopping rule (spec 2.8): run until converged or cycling (tolerance × Δ), or a fixed number of rounds. */
export const BdmStoppingSchema = z.object({
  /** Largest number of rounds when stopping on convergence. */
  maxRounds: z.number().int().min(1),
  /** Two states are equal when no position differs by more than tolerance × Δ. */
  tolerance: z.number().min(0),
  /** Run exactly this many rounds (the peers' way) and classify the trajectory afterwards. */
  rounds: z.number().int().min(1).optional(),
});

export type BdmStopping = z.output<typeof BdmStoppingSchema>;

export const defaultStopping: BdmStopping = { maxRounds: 200, tolerance: 1e-9 };
