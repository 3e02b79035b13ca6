import type { CaseFile, Patch } from "../case/index.ts";
import { applyPatches } from "../scenario/index.ts";

export { scenarioPatches } from "../scenario/index.ts";

import { type ForecastOptions, forecastIssues } from "./forecast.ts";
import { type SettlementZone, settlementZone } from "./settlement-zone.ts";

export interface IssueShift {
  readonly issue: string;
  readonly name: string;
  readonly forecasts: ReadonlyArray<{
    readonly setting: string;
    readonly baseline: number;
    readonly scenario: number;
    /** scenario − baseline, in points of the issue's 0–100 scale. */
    readonly shift: number;
  }>;
}

export interface PackageChange {
  readonly package: string;
  readonly beatsStatusQuoBefore: boolean;
  readonly beatsStatusQuoAfter: boolean;
  readonly blockedByBefore: readonly string[];
  readonly blockedByAfter: readonly string[];
}

export interface ScenarioComparison {
  readonly issues: readonly IssueShift[];
  readonly baselineZone: SettlementZone;
  readonly scenarioZone: SettlementZone;
  /** Packages present in both runs, matched by id (forecast packages move with the forecast). */
  readonly packageChanges: readonly PackageChange[];
  /** Whether a settlement zone opens, closes or stays as it was. */
  readonly zoneChange: "opens" | "closes" | "stays-open" | "stays-closed";
  /** One sentence: how the zone changes and the largest forecast shift. */
  readonly summary: string;
}

/**
 * Runs the case with patches applied (a scenario, or a recommendation's lever) beside the unchanged case
 * and reports the difference: the forecast shift per issue and setting, and how the settlement zone
 * changes (which packages beat the status quo before and after, and who blocks them).
 */
export function compareScenario(
  caseFile: CaseFile,
  patches: readonly Patch[],
  options: ForecastOptions = {},
): ScenarioComparison {
  const changed = applyPatches(caseFile, patches);
  const before = forecastIssues(caseFile, options);
  const after = forecastIssues(changed, options);
  const issues = before.map((b) => {
    const a = after.find((x) => x.issue === b.issue);
    return {
      issue: b.issue,
      name: b.name,
      forecasts: b.forecasts.map((f) => {
        const scenario = a?.forecasts.find((x) => x.setting === f.setting)?.outcome ?? Number.NaN;
        if (!Number.isFinite(scenario))
          throw new Error(`compareScenario: issue "${b.issue}" lost setting ${f.setting}`);
        return { setting: f.setting, baseline: f.outcome, scenario, shift: scenario - f.outcome };
      }),
    };
  });
  const baselineZone = settlementZone(caseFile, { ...options, forecasts: before });
  const scenarioZone = settlementZone(changed, { ...options, forecasts: after });
  const packageChanges = baselineZone.packages.flatMap((b) => {
    const a = scenarioZone.packages.find((x) => x.id === b.id);
    if (a === undefined || b.kind === "status-quo") return [];
    return [
      {
        package: b.id,
        beatsStatusQuoBefore: b.beatsStatusQuo,
        beatsStatusQuoAfter: a.beatsStatusQuo,
        blockedByBefore: b.blockedBy,
        blockedByAfter: a.blockedBy,
      },
    ];
  });
  const zoneChange = baselineZone.agreementPossible
    ? scenarioZone.agreementPossible
      ? "stays-open"
      : "closes"
    : scenarioZone.agreementPossible
      ? "opens"
      : "stays-closed";
  const largest = issues
    .flatMap((i) =>
      i.forecasts.filter((f) => f.setting !== "status-quo").map((f) => ({ issue: i.issue, ...f })),
    )
    .sort((x, y) => Math.abs(y.shift) - Math.abs(x.shift))[0];
  const summary =
    `Settlement zone ${zoneChange.replace("-", " ")}.` +
    (largest === undefined || Math.abs(largest.shift) < 0.05
      ? " No forecast moves by more than 0.05 points."
      : ` Largest forecast shift: ${largest.issue} under ${largest.setting}, ${largest.baseline.toFixed(1)} → ${largest.scenario.toFixed(1)} (${largest.shift >= 0 ? "+" : ""}${largest.shift.toFixed(1)}).`);
  return { issues, baselineZone, scenarioZone, packageChanges, zoneChange, summary };
}

export interface LeverValue {
  readonly recommendation: string;
  readonly action: string;
  readonly comparison: ScenarioComparison;
}

/** What each of the case's recommendation levers is worth: its patches run as a scenario. */
export function leverValues(caseFile: CaseFile, options: ForecastOptions = {}): LeverValue[] {
  return caseFile.recommendations
    .filter((r) => r.lever.length > 0)
    .map((r) => ({
      recommendation: r.id,
      action: r.action,
      comparison: compareScenario(caseFile, r.lever, options),
    }));
}
