import {
  bdmSettings,
  centralTable,
  type IssueFrame,
  issueFrames,
  type ModelSetting,
  runSetting,
  settingLabel,
  smpSettings,
} from "../analysis/index.ts";
import { assertNever } from "../assert-never.ts";
import type { CaseFile } from "../case/index.ts";

/**
 * The bargaining models of an assessment are the analysis module's model settings (issue 3), run per issue by
 * `runSetting` with the same scale conventions as `entente simulate`, so the two commands agree. The assessment
 * runs a few of them, for a < 3 s `entente assess`: two BDM readings and two KTAB-SMP settings make the model
 * ensemble (it spans settings as well as inputs); `entente simulate` samples all fifteen.
 */
export const modelSettings: readonly ModelSetting[] = [
  setting(bdmSettings, "bdm:paper"),
  setting(bdmSettings, "bdm:eum"),
  setting(smpSettings, "smp:defaults"),
  setting(smpSettings, "smp:VictoryProbModel=Quartic"),
];

/** The compromise model, the weighted median and the status quo: every forecast is shown beside them. */
export const baselineSettings: readonly ModelSetting[] = [
  { kind: "compromise" },
  { kind: "median" },
  { kind: "status-quo" },
];

/**
 * One-at-a-time lever scans run many variants of the case, so they use the two closed-form baselines (the
 * compromise model is Achen's benchmark, as accurate as the bargaining models on the EU data; issue 3).
 */
export const leverSettings: readonly ModelSetting[] = [{ kind: "compromise" }, { kind: "median" }];

function setting(settings: readonly ModelSetting[], label: string): ModelSetting {
  const found = settings.find((s) => settingLabel(s) === label);
  if (found === undefined) throw new Error(`assessment engines: no model setting "${label}"`);
  return found;
}

/** The report's name of a setting. */
export function engineLabel(spec: ModelSetting): string {
  switch (spec.kind) {
    case "bdm":
      return `BDM ${spec.preset}`;
    case "smp":
      return spec.variant === "defaults"
        ? "SMP defaults"
        : `SMP ${spec.variant.replace(/^VictoryProbModel=/, "").toLowerCase()}`;
    case "compromise":
      return "Compromise";
    case "median":
      return "W. median";
    case "status-quo":
      return "Status quo";
    default:
      return assertNever(spec);
  }
}

/**
 * The issues the bargaining models can run on: those `issueFrames` accepts (at least three actors with a stance
 * and a capability, some salience, not all at one point) with at least three actors of salience > 0 (KTAB-SMP
 * runs only those) and whose veto players all take a stance there (the settlement evaluation needs their
 * preferences). The others keep their status quo in every forecast.
 */
export function bargainedIssues(caseFile: CaseFile): string[] {
  return caseFile.issues.flatMap((issue) => {
    let frame: IssueFrame | undefined;
    try {
      frame = issueFrames(caseFile, [issue.id])[0];
    } catch {
      return [];
    }
    const ok =
      frame !== undefined &&
      frame.actors.filter((a) => a.salience.value > 0).length >= 3 &&
      frame.vetoPlayers.every((v) => frame.actors.some((a) => a.id === v));
    return ok ? [issue.id] : [];
  });
}

export interface IssueRun {
  readonly outcome: number;
  readonly trajectory: readonly number[];
}

/** One setting on every issue of a point-valued case (`frames` from it); other issues keep the status quo. */
export function runEngine(
  spec: ModelSetting,
  caseFile: CaseFile,
  frames: readonly IssueFrame[],
): Record<string, IssueRun> {
  const out: Record<string, IssueRun> = {};
  for (const issue of caseFile.issues) {
    out[issue.id] = { outcome: issue.statusQuo.value, trajectory: [issue.statusQuo.value] };
  }
  for (const frame of frames) {
    const { outcome, trajectory } = runSetting(spec, centralTable(frame));
    out[frame.issue] = { outcome, trajectory };
  }
  return out;
}
