export { analystChecks, CHECK_TOLERANCE, modelProbability } from "./analyst-checks.ts";
export { type AssessOptions, assess } from "./assess.ts";
export { caseHash } from "./case-hash.ts";
export { DEFAULT_RUNS, DEFAULT_SEED } from "./defaults.ts";
export { baselineEngines, type EngineSpec, engineLabel, modelEngines, runEngine } from "./engines.ts";
export { ESCALATION_HORIZONS, monthlySeries } from "./escalation.ts";
export { AGREEMENT_HORIZONS, agreementProbability, DEFAULT_TIME_CONSTANT } from "./settlement.ts";
export type * from "./types.ts";
export { gainOverStatusQuo, type Package, packageUtility, vetoPlayers } from "./utility.ts";
