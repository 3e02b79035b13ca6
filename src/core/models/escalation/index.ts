// Public API of the escalation models: series, forecasts, threshold probabilities, backtests.
// The single entry point for an assessment is `forecastCaseEscalation`.
export { type BacktestOptions, type BacktestResult, backtest, type OriginRecord } from "./backtest.ts";
export { type CaseEscalation, CaseEscalationOptions, forecastCaseEscalation } from "./case-escalation.ts";
export { caseEventsToRecords } from "./case-event-records.ts";
export { type DyadIndex, type DyadIndexPoint, dyadConflictIndex } from "./conflict-index.ts";
export {
  forecastSeries,
  type ModelForecast,
  type SeriesForecast,
  type SeriesForecastOptions,
} from "./escalation-forecast.ts";
export {
  buildEventSeries,
  type EventSeries,
  type SeriesOptions,
  type SeriesPoint,
  type SeriesTarget,
  seriesValues,
  UNKNOWN_FATALITIES_RULE,
} from "./event-series.ts";
export { type CountForecast, type ForecastOptions, forecastCounts } from "./forecast.ts";
export { COVERAGE_LEVELS, type StepScore, scoreStep, VIEWS_BINS } from "./forecast-score.ts";
export { type IngarchFitSummary, type PeriodSummary, summarisePaths } from "./forecast-summary.ts";
export type { HorizonSummary } from "./horizon-summary.ts";
export { type Covariates, IngarchParams } from "./ingarch.ts";
export { fitIngarch, type IngarchFit } from "./ingarch-fit.ts";
export { simulateIngarch, simulateIngarchPaths } from "./ingarch-simulate.ts";
export {
  DEFAULT_BASELINES,
  DEFAULT_INGARCH,
  INGARCH_WITH_MARKS,
  ModelSpec,
  modelLabel,
} from "./model-spec.ts";
export { PeriodUnit, periodKey, periodRange, viewsMonthId } from "./period.ts";
export { inRegion, Region } from "./region.ts";
export type { SamplePaths } from "./sample-paths.ts";
export type { SkillRow, Verdict } from "./skill.ts";
export { FATALITY_THRESHOLDS, type ThresholdProbability, thresholdProbabilities } from "./thresholds.ts";
