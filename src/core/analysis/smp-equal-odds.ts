import {
  createContext,
  initialState,
  type SmpContext,
  type SmpStateData,
} from "../models/bargaining/smp/context.ts";
import { positionProbabilities } from "../models/bargaining/smp/outcome.ts";
import { SmpParams, type SmpParamsInput } from "../models/bargaining/smp/params.ts";
import type { SmpScenario } from "../models/bargaining/smp/scenario.ts";
import { computeStateTables, type StateTables } from "../models/bargaining/smp/state-tables.ts";
import { runTurn } from "../models/bargaining/smp/turn.ts";

/** The engine's message when every position is equally likely to win (spec §3.4: R is then 0/0). */
export const SMP_UNDEFINED_RISK = /every position is equally likely to win/;

/**
 * When KTAB's bargaining reaches a state in which every actor's position is equally likely to win — most
 * often because everyone met at one point — the risk attitudes of that state are 0/0 (spec §3.4) and
 * `simulateSmp` throws, as KTAB divides by zero. For a forecast that state is an end, not an error: no
 * actor can be moved further by the model's own logic. This replays the run with the engine's own turn
 * function up to that state and returns its expected position: with every option (actor position,
 * duplicates kept) equally likely, the PCE expectation is the plain mean of the actors' positions, which is
 * the meeting point when all agree. Called only after `simulateSmp` threw that error, so the run did not
 * stop earlier; any other failure is rethrown. Positions on 0–100, one dimension.
 */
export function smpEqualOddsEnd(
  scenario: SmpScenario,
  paramsInput: SmpParamsInput,
): { point: number; turns: number; path: number[]; consensus: boolean } {
  const params = SmpParams.parse(paramsInput);
  const ctx = createContext(scenario, params);
  let state = initialState(scenario);
  let tables = computeStateTables(ctx, state);
  const path: number[] = [expectedPosition(ctx, state, tables)];
  for (let turn = 1; turn <= params.maxTurns; turn++) {
    state = runTurn(ctx, state, tables, undefined).state;
    try {
      tables = computeStateTables(ctx, state);
    } catch (error) {
      if (!SMP_UNDEFINED_RISK.test((error as Error).message)) throw error;
      let sum = 0;
      for (const x of state.positions) sum += x;
      const point = (sum / state.positions.length) * 100;
      path.push(point);
      const first = state.positions[0] as number;
      return {
        point,
        turns: turn,
        path,
        consensus: state.positions.every((x) => Math.abs(x - first) < 1e-9),
      };
    }
    path.push(expectedPosition(ctx, state, tables));
  }
  throw new Error(
    `smpEqualOddsEnd(${scenario.name}): risk attitudes stayed defined for ${params.maxTurns} turns`,
  );
}

/** The PCE-probability-weighted mean of the unique positions of a state, 0–100 (as `simulateSmp` reports). */
function expectedPosition(ctx: SmpContext, state: SmpStateData, tables: StateTables): number {
  const { representatives, probability } = positionProbabilities(ctx, state, tables);
  let sum = 0;
  representatives.forEach((r, g) => {
    sum += (probability[g] as number) * (state.positions[r] as number);
  });
  return sum * 100;
}
