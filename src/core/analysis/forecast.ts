import type { CaseFile } from "../case/index.ts";
import { centralTable, type IssueFrame, type IssueTable, issueFrames } from "./issue-frame.ts";
import { jointSmpForecast } from "./joint-smp.ts";
import { forecastSettingsFor, type ModelFamily, type ModelSetting, settingLabel } from "./model-setting.ts";
import { runSetting, type SettingOutcome } from "./run-setting.ts";

export interface ForecastOptions {
  /** One family (its default setting) instead of every engine and baseline. */
  readonly model?: ModelFamily | undefined;
  /** Only these issues (default: every issue of the case). */
  readonly issues?: readonly string[] | undefined;
  /** Explicit settings (overrides `model`). */
  readonly settings?: readonly ModelSetting[] | undefined;
  /**
   * Add `smp:joint`, KTAB SMP on all the issues at once (joint-smp.ts). Default: when SMP is among the
   * models, no explicit settings are given and more than one issue is analysed.
   */
  readonly joint?: boolean | undefined;
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
 * and status quo, and BDM is one-dimensional. KTAB's joint run over all issues (`smp:joint`, joint-smp.ts)
 * is reported beside them: it lets actors trade across issues but needs a split of each actor's salience
 * across issues and positions for actors without a stance. Throws naming the actor and issue on bad input.
 */
export function forecastIssues(caseFile: CaseFile, options: ForecastOptions = {}): IssueForecast[] {
  const frames = issueFrames(caseFile, options.issues);
  const settings = options.settings ?? forecastSettingsFor(options.model);
  const forecasts = frames.map((frame) => forecastFrame(frame, centralTable(frame), settings));
  const joint =
    options.joint ??
    (options.settings === undefined &&
      (options.model === undefined || options.model === "smp") &&
      frames.length > 1);
  if (!joint) return forecasts;
  let jointOutcomes: Map<string, SettingOutcome>;
  try {
    jointOutcomes = jointSmpForecast(caseFile, options.issues);
  } catch {
    // The joint run is an extra beside the per-issue forecasts: a joint state KTAB cannot continue from
    // (e.g. every position equally likely) must not take the per-issue forecasts down with it.
    return forecasts;
  }
  return forecasts.map((issue) => {
    const outcome = jointOutcomes.get(issue.issue);
    if (outcome === undefined) return issue;
    const entry: SettingForecast = { setting: "smp:joint", kind: "smp", ...outcome };
    const at = issue.forecasts.findIndex((f) => f.setting.startsWith("smp:"));
    const list = [...issue.forecasts];
    list.splice(at < 0 ? list.length : at + 1, 0, entry);
    return { ...issue, forecasts: list };
  });
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
