/** Bargaining analyses on a case (issue 3): forecasts, settlement zone, Monte Carlo, levers, scenarios. */

export { settlementBottomLine } from "./bottom-line.ts";
export {
  type EnsembleOptions,
  type EnsemblePlan,
  type OutcomeClaim,
  type PlanProposal,
  planPackageIds,
  prepareEnsemble,
  type RunChunk,
  type RunSample,
  sampleChunk,
  sampleRun,
} from "./ensemble.ts";
export { compareEnsembles, type EnsembleComparison } from "./ensemble-comparison.ts";
export {
  type DistributionSummary,
  type EnsembleSummary,
  type IssueEnsemble,
  REPORTED_QUANTILES,
  summariseEnsemble,
} from "./ensemble-summary.ts";
export {
  type ForecastOptions,
  forecastFrame,
  forecastIssues,
  type IssueForecast,
  type SettingForecast,
} from "./forecast.ts";
export {
  centralTable,
  type FrameActor,
  type IssueFrame,
  type IssueTable,
  issueFrames,
  type PointActor,
} from "./issue-frame.ts";
export { jointSmpForecast } from "./joint-smp.ts";
export {
  type IssueLevers,
  type LeverFactor,
  type LeverOptions,
  rankLevers,
  type Sensitivity,
} from "./levers.ts";
export {
  bdmSettings,
  ensembleSettings,
  forecastSettings,
  forecastSettingsFor,
  type ModelFamily,
  type ModelSetting,
  modelFamilies,
  settingLabel,
  smpSettings,
  type WeightedSetting,
} from "./model-setting.ts";
export { caseToBdmInput, caseToSmpScenario } from "./peer-export.ts";
export { type PeerForecast, runBdmTable, runKtabScenario } from "./peer-run.ts";
export { BDM_MAX_ROUNDS, runSetting, type SettingOutcome, type StopReason } from "./run-setting.ts";
export {
  compareScenario,
  type IssueShift,
  type LeverValue,
  leverValues,
  type PackageChange,
  type ScenarioComparison,
  scenarioPatches,
} from "./scenario-comparison.ts";
export {
  evaluateSettlement,
  forecastPackages,
  GAIN_TOLERANCE,
  type IssueWinSet,
  issueWinSet,
  type PackageEvaluation,
  proposalPackages,
  type SettlementOptions,
  type SettlementPackage,
  type SettlementZone,
  settlementZone,
  type ZoneKind,
} from "./settlement-zone.ts";
export { triangularQuantile } from "./triangular.ts";
export { type ActorProfile, actorProfiles, packageUtility } from "./utility.ts";
export { decomposeVariance, type VarianceDecomposition } from "./variance-decomposition.ts";
