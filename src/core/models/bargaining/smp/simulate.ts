import type { Random } from "../../../stats/random.ts";
import { createContext, initialState, type SmpContext, type SmpStateData } from "./context.ts";
import { positionProbabilities } from "./outcome.ts";
import { SmpParams, type SmpParamsInput } from "./params.ts";
import { type SmpScenario, validateSmpScenario } from "./scenario.ts";
import { computeStateTables, type StateTables } from "./state-tables.ts";
import { runTurn, type TurnDetail } from "./turn.ts";

/** Added to the first turn's change in KTAB's stop ratio so that a still first turn does not divide by 0. */
const MIN_SIGNIFICANT_CHANGE = 1e-4;

/** One state of a run, on the 0–100 scale. */
export interface SmpTurnRecord {
  /** 0 = the input state. */
  turn: number;
  /** positions[actor][dimension], 0–100. */
  positions: number[][];
  /** ideals[actor][dimension], 0–100 (equal to positions under the identity adjustment). */
  ideals: number[][];
  /** Per actor, the probability that its position wins (actors sharing a position show the same number). */
  winProbability: number[];
  /** Per actor, the risk attitude R_i of this state. */
  riskAttitude: number[];
  /** From turn 1: dist(t−1, t) / (dist(0, 1) + 1e−4), KTAB's stop ratio. */
  fractionalChange?: number;
  /** From turn 1, only when requested: the challenges, bargains and queues that produced this state. */
  detail?: TurnDetail;
}

export interface SmpOutcomePosition {
  /** 0–100 per dimension. */
  position: number[];
  /** Ids of the actors at that position. */
  actors: string[];
  /** PCE probability that it wins. */
  probability: number;
}

export interface SmpOutcome {
  /** The unique final positions with their win probabilities. */
  positions: SmpOutcomePosition[];
  /** The most probable final position (per dimension in `position`). */
  mostProbable: SmpOutcomePosition;
  /** The probability-weighted mean final position per dimension. */
  expected: number[];
}

interface SmpRunBase {
  scenario: string;
  dimensions: string[];
  actors: string[];
  params: SmpParams;
  /** Number of turns made (states = turns + 1). */
  turns: number;
  history: SmpTurnRecord[];
  outcome: SmpOutcome;
}

/**
 * How a run ended: `converged` — KTAB's ratio rule (spec §3.7) was met; `max-turns` — the turn cap was
 * reached first; `cycling` — deterministic transitions returned to an earlier state exactly, so the run
 * would repeat `cycle.length` states for ever (reported instead of running on to the cap).
 */
export type SmpResult =
  | (SmpRunBase & { status: "converged" })
  | (SmpRunBase & { status: "max-turns" })
  | (SmpRunBase & { status: "cycling"; cycle: { start: number; length: number } });

export interface SimulateSmpOptions {
  /** Keep each turn's challenges, bargains and queues (for inspection; costs memory). */
  keepDetail?: boolean;
  /**
   * `full` (default): `history` holds every state. `outcome`: `history` holds only the final state (its
   * `turn` says which), skipping each intermediate state's win probabilities (a PCE per turn); the
   * trajectory, stop rule, outcome and status are unchanged.
   */
  record?: "full" | "outcome";
}

function toMatrix(a: Float64Array, n: number, m: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * m, (i + 1) * m), (x) => x * 100));
}

/** Σ_i ||x_i(t) − x_i(s)|| on [0, 1] (KTAB `SMPModel::stateDist`). */
export function stateDistance(a: Float64Array, b: Float64Array, n: number, m: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let sq = 0;
    for (let d = 0; d < m; d++) {
      const diff = a[i * m + d]! - b[i * m + d]!;
      sq = sq + diff * diff;
    }
    sum = sum + Math.sqrt(sq);
  }
  return sum;
}

function sameState(a: SmpStateData, b: SmpStateData): boolean {
  for (let k = 0; k < a.positions.length; k++) {
    if (a.positions[k] !== b.positions[k] || a.ideals[k] !== b.ideals[k]) return false;
  }
  return true;
}

type RecordWithUnique = SmpTurnRecord & { unique: ReturnType<typeof positionProbabilities> };

function record(ctx: SmpContext, turn: number, state: SmpStateData, tables: StateTables): RecordWithUnique {
  const { n, m } = ctx;
  const unique = positionProbabilities(ctx, state, tables);
  return {
    turn,
    positions: toMatrix(state.positions, n, m),
    ideals: toMatrix(state.ideals, n, m),
    winProbability: Array.from(unique.lastMatch, (g) => unique.probability[g]!),
    riskAttitude: Array.from(tables.risk),
    unique,
  };
}

/**
 * Runs the KTAB Spatial Model of Politics (spec §3) on a scenario until KTAB's stop rule, the turn cap or
 * an exact cycle. `random` is required for stochastic transitions and makes them reproducible.
 */
export function simulateSmp(
  scenario: SmpScenario,
  params: SmpParamsInput = {},
  random?: Random,
  options: SimulateSmpOptions = {},
): SmpResult {
  validateSmpScenario(scenario);
  const p = SmpParams.parse(params);
  if (p.stateTransitions === "Stochastic" && random === undefined) {
    throw new Error(`simulateSmp(${scenario.name}): stochastic transitions need a seeded Random`);
  }
  const ctx = createContext(scenario, p);
  const { n, m } = ctx;
  const full = options.record !== "outcome";
  const states: SmpStateData[] = [initialState(scenario)];
  let tables = computeStateTables(ctx, states[0]!);
  let last: RecordWithUnique | null = full ? record(ctx, 0, states[0]!, tables) : null;
  const history: RecordWithUnique[] = last === null ? [] : [last];
  let firstChange = 0;
  let fractionalChange: number | undefined;
  let status: "converged" | "max-turns" | "cycling" = "max-turns";
  let cycleStart = -1;
  let turn = 1;

  for (; ; turn++) {
    const previous = states[turn - 1]!;
    const { state, detail } = runTurn(ctx, previous, tables, random);
    states.push(state);
    tables = computeStateTables(ctx, state, tables);
    const change = stateDistance(state.positions, previous.positions, n, m);
    if (turn === 1) firstChange = change + MIN_SIGNIFICANT_CHANGE;
    fractionalChange = change / firstChange;
    if (full) {
      last = record(ctx, turn, state, tables);
      last.fractionalChange = fractionalChange;
      if (options.keepDetail) last.detail = detail;
      history.push(last);
    }

    if (turn >= p.maxTurns) break;
    if (turn >= p.minTurns && fractionalChange < p.stopRatio) {
      status = "converged";
      break;
    }
    if (p.stateTransitions === "Deterministic") {
      cycleStart = -1;
      for (let t = 0; t < turn - 1 && cycleStart < 0; t++) if (sameState(states[t]!, state)) cycleStart = t;
      if (cycleStart >= 0) {
        status = "cycling";
        break;
      }
    }
  }
  if (last === null) {
    last = record(ctx, turn, states[turn]!, tables);
    last.fractionalChange = fractionalChange as number;
    history.push(last);
  }

  const names = scenario.actors.map((a) => a.id);
  const finalRecord = last;
  const final = finalRecord.unique;
  const positions: SmpOutcomePosition[] = final.representatives.map((r, g) => ({
    position: finalRecord.positions[r]!.slice(),
    actors: names.filter((_, i) => final.group[i] === g),
    probability: final.probability[g]!,
  }));
  let mostProbable = positions[0]!;
  for (const q of positions) if (q.probability > mostProbable.probability) mostProbable = q;
  const expected = scenario.dimensions.map((_, d) =>
    positions.reduce((sum, q) => sum + q.probability * q.position[d]!, 0),
  );
  const base: SmpRunBase = {
    scenario: scenario.name,
    dimensions: scenario.dimensions.slice(),
    actors: names,
    params: p,
    turns: turn,
    history: history.map(({ unique: _unique, ...rest }) => rest),
    outcome: { positions, mostProbable, expected },
  };
  if (status === "cycling") {
    return { ...base, status, cycle: { start: cycleStart, length: turn - cycleStart } };
  }
  return { ...base, status };
}
