/** KTAB Spatial Model of Politics (spec §3): public API. */
export type { Bargain } from "./bargain.ts";
export {
  BargnModel,
  BigRAdjust,
  BigRRange,
  InterVecBrgn,
  KTAB_DEFAULT_SEED,
  KTAB_PARAMETER_NAMES,
  PceModel,
  SmpParams,
  type SmpParamsInput,
  StateTransitions,
  smpDefaults,
  ThirdPartyCommit,
  VictoryProbModel,
  VotingRule,
} from "./params.ts";
export { SmpActor, SmpScenario, validateSmpScenario } from "./scenario.ts";
export {
  type SimulateSmpOptions,
  type SmpOutcome,
  type SmpOutcomePosition,
  type SmpResult,
  type SmpTurnRecord,
  simulateSmp,
} from "./simulate.ts";
export type { BargainQueue, BestChallenge, TurnDetail } from "./turn.ts";
