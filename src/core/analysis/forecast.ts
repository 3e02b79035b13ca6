import type { CaseFile } from "../case/index.ts";
import { centralTable, type IssueFrame, type IssueTable, issueFrames } from "./issue-frame.ts";
import { forecastSettingsFor, type ModelFamily, type ModelSetting, settingLabel } from "./model-setting.ts";
import { runSetting, type SettingOutcome } from "./run-setting.ts";

export interface ForecastOptions {
  /** One family (its default setting) instead of every engine and baseline. */
  readonly model?: ModelFamily | undefined;
  /** Only these issues (default: every issue of the case). */
  readonly issues?: readonly string[] | undefined;
  /** Explicit settings (overrides `model`). */
  readonly settings?: readonly ModelSetting[] | undefined;
}

/** One setting's forecast on one issue. */
export interface SettingForecast extends SettingOutcome {
  readonly setting: string;
  readonly kind: ModelSetting["kind"];
}

export interface IssueForecast {
  readonly issue: string;
  readonly name: string;
  readonly statusQuo: number;
  readonly actors: readonly string[];
  readonly forecasts: readonly SettingForecast[];
}

/**
 * The forecast of every issue under each engine at its default setting (BDM preset `paper`, KTAB SMP
 * defaults) and each baseline (compromise, weighted median, status quo), from the central values of the
 * case. Each issue is run on its own, one dimension at a time: the case's issues have their own actor sets
 * and status quo, BDM is one-dimensional, and a joint KTAB run would need positions and a split of
 * salience for actors that take no stance on an issue. Throws naming the actor and issue on bad input.
 */
export function forecastIssues(caseFile: CaseFile, options: ForecastOptions = {}): IssueForecast[] {
  const frames = issueFrames(caseFile, options.issues);
  const settings = options.settings ?? forecastSettingsFor(options.model);
  return frames.map((frame) => forecastFrame(frame, centralTable(frame), settings));
}

export function forecastFrame(
  frame: IssueFrame,
  table: IssueTable,
  settings: readonly ModelSetting[],
): IssueForecast {
  return {
    issue: frame.issue,
    name: frame.name,
    statusQuo: table.statusQuo,
    actors: table.actors.map((a) => a.id),
    forecasts: settings.map((setting) => ({
      setting: settingLabel(setting),
      kind: setting.kind,
      ...runSetting(setting, table),
    })),
  };
}
