import { assertNever } from "../assert-never.ts";
import { compromiseOutcome, weightedMedianOutcome } from "../models/bargaining/baselines/index.ts";
import { type BdmResult, simulateBdm } from "../models/bargaining/bdm/index.ts";
import { type SmpResult, simulateSmp } from "../models/bargaining/smp/index.ts";
import type { IssueTable } from "./issue-frame.ts";
import type { ModelSetting } from "./model-setting.ts";

/** Why a run stopped: engines report converged / cycling / max-rounds; baselines are closed-form. */
export type StopReason = "converged" | "cycling" | "max-rounds" | "closed-form";

/** One setting's forecast on one issue, on the case's 0–100 scale. */
export interface SettingOutcome {
  readonly outcome: number;
  /**
   * The forecast after each round/turn (round 0 = the input); one point for a baseline, and only the
   * final forecast when run with `record: "outcome"`.
   */
  readonly trajectory: readonly number[];
  readonly stop: StopReason;
  /** For a cycling BDM run: the range of the median over the cycle. */
  readonly cycleRange?: { readonly min: number; readonly max: number };
}

export interface RunSettingOptions {
  /** `full` (default): every round's log and the whole trajectory; `outcome`: only what the forecast needs. */
  readonly record?: "full" | "outcome" | undefined;
}

/** Largest number of BDM rounds; a run that neither converges nor cycles by then is reported as such. */
export const BDM_MAX_ROUNDS = 100;

/**
 * Runs one setting on one issue. Scale conversions: case positions are 0–100 and both engines take them
 * as they are; BDM's Δ is the case's anchored 0–100 scale rather than the spread of the current positions
 * (spec §0.3: scales must be anchored); saliences 0–100 become the [0, 1] both engines expect (it doubles
 * as the probability of resisting a challenge); capabilities are ratios and pass unchanged.
 *
 * Outcomes: BDM's forecast is the median voter position of the final round (Bueno de Mesquita 1994); for a
 * cycling run, the mean of the medians over one turn of the cycle, with the cycle's range beside it. SMP's
 * is the PCE-probability-weighted mean of the final positions (KTAB reports the probability of each final
 * position; the mean keeps the ensemble's distribution continuous). SMP runs only the actors with
 * salience > 0 on the issue (KTAB rejects a zero total salience).
 */
export function runSetting(
  setting: ModelSetting,
  table: IssueTable,
  options: RunSettingOptions = {},
): SettingOutcome {
  const record = options.record ?? "full";
  switch (setting.kind) {
    case "bdm":
      return fromBdm(
        simulateBdm(
          {
            actors: table.actors.map((a) => ({
              id: a.id,
              capability: a.capability,
              position: a.position,
              salience: a.salience / 100,
            })),
          },
          {
            preset: setting.preset,
            scale: { min: 0, max: 100 },
            maxRounds: BDM_MAX_ROUNDS,
            issue: table.issue,
            record,
          },
        ),
        record,
      );
    case "smp": {
      const actors = table.actors.filter((a) => a.salience > 0);
      if (actors.length < 3) {
        throw new Error(
          `runSetting(smp): issue "${table.issue}": needs three actors with salience > 0, got ${actors.length}`,
        );
      }
      const scenario = {
        name: table.issue,
        dimensions: [table.issue],
        actors: actors.map((a) => ({
          id: a.id,
          capability: a.capability,
          positions: [a.position],
          saliences: [a.salience / 100],
        })),
      };
      try {
        return fromSmp(simulateSmp(scenario, setting.params, undefined, { record }), record);
      } catch (error) {
        throw new Error(
          `runSetting(smp:${setting.variant}): issue "${table.issue}": ${(error as Error).message}`,
        );
      }
    }
    case "compromise":
      return closedForm(compromiseOutcome(table.actors, table.issue));
    case "median":
      return closedForm(weightedMedianOutcome(table.actors, table.issue));
    case "status-quo":
      return closedForm(table.statusQuo);
    default:
      return assertNever(setting);
  }
}

function closedForm(outcome: number): SettingOutcome {
  return { outcome, trajectory: [outcome], stop: "closed-form" };
}

function fromBdm(result: BdmResult, record: "full" | "outcome"): SettingOutcome {
  const trajectory = record === "full" ? result.trajectory.map((state) => state.median) : [];
  switch (result.status) {
    case "converged":
    case "max-rounds":
      if (record === "outcome") trajectory.push(result.forecast.median);
      return { outcome: result.forecast.median, trajectory, stop: result.status };
    case "cycling": {
      const medians = result.cycle.states.map((s) => s.median);
      const outcome = medians.reduce((sum, m) => sum + m, 0) / medians.length;
      if (record === "outcome") trajectory.push(outcome);
      return { outcome, trajectory, stop: "cycling", cycleRange: result.cycle.median };
    }
    default:
      return assertNever(result);
  }
}

/** Positions within this many scale points count as one (KTAB's 1e−3 on [0, 1], spec §3.7). */
const SAME_POSITION = 0.1;

function fromSmp(result: SmpResult, record: "full" | "outcome"): SettingOutcome {
  const outcome = result.outcome.expected[0] as number;
  const stop = result.status === "max-turns" ? "max-rounds" : result.status;
  if (record === "outcome") return { outcome, trajectory: [outcome], stop };
  const trajectory = result.history.map((turn) => {
    // Actors sharing a position carry the same win probability: count each position once.
    const seen: number[] = [];
    let expected = 0;
    turn.positions.forEach((position, i) => {
      const x = position[0] as number;
      if (seen.some((y) => Math.abs(y - x) < SAME_POSITION)) return;
      seen.push(x);
      expected += (turn.winProbability[i] as number) * x;
    });
    return expected;
  });
  trajectory[trajectory.length - 1] = outcome;
  return { outcome, trajectory, stop };
}
