export { analystChecks, CHECK_TOLERANCE, modelProbability } from "./analyst-checks.ts";
export { type AssessOptions, assess } from "./assess.ts";
export { caseHash } from "./case-hash.ts";
export { DEFAULT_RUNS, DEFAULT_SEED } from "./defaults.ts";
export { baselineSettings, engineLabel, leverSettings, modelSettings } from "./engines.ts";
export { caseSeries, ESCALATION_HORIZONS } from "./escalation.ts";
export {
  ACCEPTANCE_SCALE,
  AGREEMENT_HORIZONS,
  acceptedByAll,
  agreementProbability,
  DEFAULT_TIME_CONSTANT,
  POINTS_PER_UTILITY,
} from "./settlement.ts";
export type * from "./types.ts";
