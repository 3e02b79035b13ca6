import { z } from "zod";

/**
 * The nine KTAB SMP model parameters (spec §3.1, KTAB `smpc` 0.1.1 / KTAB 1.4), with KTAB's defaults,
 * plus the run controls of KTAB's stop rule (spec §3.7).
 */
export const VictoryProbModel = z.enum(["Linear", "Square", "Quartic", "Octic", "Binary"]);
export type VictoryProbModel = z.output<typeof VictoryProbModel>;
export const PceModel = z.enum(["Conditional", "MarkovIncentive", "MarkovUniform"]);
export type PceModel = z.output<typeof PceModel>;
export const StateTransitions = z.enum(["Deterministic", "Stochastic"]);
export type StateTransitions = z.output<typeof StateTransitions>;
export const VotingRule = z.enum(["Binary", "PropBin", "Prop", "PropCbc", "Cubic", "ASymProsp"]);
export type VotingRule = z.output<typeof VotingRule>;
export const BigRAdjust = z.enum(["None", "OneThird", "Half", "TwoThirds", "Full"]);
export type BigRAdjust = z.output<typeof BigRAdjust>;
export const BigRRange = z.enum(["Min", "Mid", "Max"]);
export type BigRRange = z.output<typeof BigRRange>;
export const ThirdPartyCommit = z.enum(["NoCommit", "SemiCommit", "FullCommit"]);
export type ThirdPartyCommit = z.output<typeof ThirdPartyCommit>;
export const InterVecBrgn = z.enum(["S1P1", "S2P2", "S2PMax"]);
export type InterVecBrgn = z.output<typeof InterVecBrgn>;
export const BargnModel = z.enum(["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"]);
export type BargnModel = z.output<typeof BargnModel>;

/** KTAB's default PRNG seed (spec §0.3); KTAB only uses it in stochastic mode, and so do we. */
export const KTAB_DEFAULT_SEED = "15455440707583219804";

export const SmpParams = z.strictObject({
  victoryProbModel: VictoryProbModel.default("Linear"),
  pceModel: PceModel.default("Conditional"),
  stateTransitions: StateTransitions.default("Deterministic"),
  votingRule: VotingRule.default("Prop"),
  bigRAdjust: BigRAdjust.default("OneThird"),
  bigRRange: BigRRange.default("Mid"),
  thirdPartyCommit: ThirdPartyCommit.default("SemiCommit"),
  interVecBrgn: InterVecBrgn.default("S2P2"),
  bargnModel: BargnModel.default("InitOnlyInterp"),
  /**
   * Reproduce KTAB's defects instead of the fixed behaviour (README.md): the InitRcvrInterp/PWCompInterp
   * bargains use j's estimate of i's utility gain as a probability and weight j by i's capability,
   * ASymProsp coalitions are evaluated in one direction only (later option against earlier), and
   * bargains are valued from the voter's current position instead of its ideal point.
   */
  ktabCompat: z.boolean().default(false),
  /** KTAB stops after 100 turns at most. */
  maxTurns: z.number().int().min(1).default(100),
  /** KTAB's stop rule is not tested before turn 2. */
  minTurns: z.number().int().min(1).default(2),
  /** Stop when dist(t−1, t) / (dist(0, 1) + 1e−4) falls below this (KTAB: 0.02). */
  stopRatio: z.number().positive().default(0.02),
});
export type SmpParams = z.output<typeof SmpParams>;
export type SmpParamsInput = z.input<typeof SmpParams>;

/** KTAB's defaults: Linear, Conditional, Deterministic, Prop, OneThird, Mid, SemiCommit, S2P2, InitOnlyInterp. */
export const smpDefaults: SmpParams = SmpParams.parse({});

/** The nine KTAB parameter names in KTAB's own spelling, in the C++ API order (spec §3.1). */
export const KTAB_PARAMETER_NAMES = [
  ["VictoryProbModel", "victoryProbModel"],
  ["PCEModel", "pceModel"],
  ["StateTransitions", "stateTransitions"],
  ["VotingRule", "votingRule"],
  ["BigRAdjust", "bigRAdjust"],
  ["BigRRange", "bigRRange"],
  ["ThirdPartyCommit", "thirdPartyCommit"],
  ["InterVecBrgn", "interVecBrgn"],
  ["BargnModel", "bargnModel"],
] as const;
