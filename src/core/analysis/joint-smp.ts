import type { CaseFile } from "../case/index.ts";
import { type SmpParamsInput, type SmpResult, simulateSmp } from "../models/bargaining/smp/index.ts";
import { caseToSmpScenario } from "./peer-export.ts";
import type { SettingOutcome } from "./run-setting.ts";

/** Positions within this distance (0–100 scale, Euclidean) count as one (KTAB's 1e−3 on [0, 1], spec §3.7). */
const SAME_POSITION = 0.1;

/**
 * KTAB SMP on all the issues at once, one dimension per issue (the scenario `caseToSmpScenario` builds:
 * saliences share one budget per actor, actors without a stance sit at the status quo with salience 0).
 * This is KTAB's own multi-dimensional use, where actors trade concessions across issues; the per-issue
 * runs of `runSetting` stay the main forecast and the Monte Carlo ensemble (each issue has its own actor
 * set, and the joint run depends on how saliences are split across issues). Returns the outcome per issue:
 * the PCE-weighted mean final position on that dimension, with its trajectory.
 */
export function jointSmpForecast(
  caseFile: CaseFile,
  issues?: readonly string[],
  params: SmpParamsInput = {},
): Map<string, SettingOutcome> {
  const scenario = caseToSmpScenario(caseFile, issues);
  let result: SmpResult;
  try {
    result = simulateSmp(scenario, params);
  } catch (error) {
    throw new Error(`jointSmpForecast: ${(error as Error).message}`);
  }
  const stop = result.status === "max-turns" ? "max-rounds" : result.status;
  const byIssue = new Map<string, SettingOutcome>();
  scenario.dimensions.forEach((issue, d) => {
    const trajectory = result.history.map((turn) => {
      const seen: number[][] = [];
      let expected = 0;
      turn.positions.forEach((position, i) => {
        if (seen.some((q) => Math.hypot(...q.map((x, k) => x - (position[k] as number))) < SAME_POSITION))
          return;
        seen.push(position);
        expected += (turn.winProbability[i] as number) * (position[d] as number);
      });
      return expected;
    });
    const outcome = result.outcome.expected[d] as number;
    trajectory[trajectory.length - 1] = outcome;
    byIssue.set(issue, { outcome, trajectory, stop });
  });
  return byIssue;
}
