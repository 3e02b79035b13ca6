import { z } from "zod";
import type { BdmInput } from "./input.ts";
import { medianPosition, weightedMean } from "./median.ts";
import {
  type BdmModelOptions,
  BdmModelOptionsSchema,
  type BdmStopping,
  BdmStoppingSchema,
  defaultStopping,
} from "./options.ts";
import { BdmPresetNameSchema, bdmPresets } from "./presets.ts";
import type { BdmAcceptedOffer, BdmResult, BdmRoundLog, BdmRoundState } from "./result.ts";
import {
  createRoundWorkspace,
  type KernelRoundStatus,
  offerKinds,
  playKernelRound,
  type RoundWorkspace,
} from "./round-kernel.ts";
import { largestMove, repeatPeriod } from "./stopping.ts";
import { assertValidBdmInput, contextPrefix } from "./validate-input.ts";

/** How many final rounds the `max-rounds` result summarises. */
const tailRounds = 20;

/** Options of `simulateBdm`: a preset, any model option overriding it, the stopping rule, an issue label. */
export const BdmRunOptionsSchema = BdmModelOptionsSchema.partial()
  .extend(BdmStoppingSchema.partial().shape)
  .extend({
    preset: BdmPresetNameSchema.optional(),
    issue: z.string().optional(),
    /** `full` (default) keeps every round's log (exponents, security sums, offers); `outcome` leaves `log` empty. */
    record: z.enum(["full", "outcome"]).optional(),
  })
  .strict();

export type BdmRunOptions = z.input<typeof BdmRunOptionsSchema>;

/**
 * Runs the BDM expected-utility model on one issue (Bueno de Mesquita 1994, 1997; Scholz, Calbert &
 * Smith 2011; spec §2). Options default to preset `paper`; `rounds` runs a fixed number of rounds (as the
 * peers do), otherwise the run stops when the state repeats within tolerance × Δ (converged or cycling)
 * or at `maxRounds`. Throws an Error naming the actor and issue on bad input; never returns NaN.
 */
export function simulateBdm(input: BdmInput, runOptions: BdmRunOptions = {}): BdmResult {
  const issueLabel = typeof runOptions.issue === "string" ? runOptions.issue : undefined;
  const context = { caller: "simulateBdm", issue: issueLabel };
  const prefix = contextPrefix(context);
  const parsed = BdmRunOptionsSchema.safeParse(runOptions);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${prefix}bad option ${first?.path.join(".") ?? ""}: ${first?.message ?? "invalid"}`);
  }
  const {
    preset = "paper",
    issue,
    maxRounds,
    tolerance,
    rounds,
    record = "full",
    ...overrides
  } = parsed.data;
  const options: BdmModelOptions = { ...bdmPresets[preset], ...definedEntries(overrides) };
  const stopping: BdmStopping = {
    maxRounds: maxRounds ?? defaultStopping.maxRounds,
    tolerance: tolerance ?? defaultStopping.tolerance,
    ...(rounds === undefined ? {} : { rounds }),
  };
  assertValidBdmInput(input, context);

  const actors = input.actors;
  const n = actors.length;
  const initial = actors.map((a) => a.position);
  const weights = actors.map((a) => a.capability * a.salience);
  const delta = scaleDelta(options.scale, initial, actors, prefix);
  const workspace = createRoundWorkspace(
    options,
    actors.map((a) => a.salience),
    weights,
    delta,
  );
  const snapshot = (round: number, positions: Float64Array): BdmRoundState => ({
    round,
    positions: Array.from(positions),
    median: medianPosition(options.median, positions, weights, delta),
    mean: weightedMean(positions, weights),
  });

  const newRow = rowArena(n);
  const start = newRow();
  start.set(initial);
  const trajectory: BdmRoundState[] = [snapshot(0, start)];
  const history: Float64Array[] = [start];
  const log: BdmRoundLog[] = [];
  const full = record === "full";
  let repeat: { round: number; period: number } | null = null;
  const limit = stopping.rounds ?? stopping.maxRounds;
  for (let round = 1; round <= limit; round++) {
    const current = history[round - 1] as Float64Array;
    const state = trajectory[round - 1] as BdmRoundState;
    const next = newRow();
    const status = playKernelRound(workspace, current, state.median, state.mean, next);
    if (status === "equal-security") {
      throw new Error(
        `${prefix}round ${round}: every actor's security sum is equal, so risk exponents are undefined (option equalSecurity)`,
      );
    }
    if (!(allFinite(next) && allFinite(workspace.exponents) && allFinite(workspace.security))) {
      throw new Error(
        `${prefix}round ${round}: a non-finite value appeared (a bug: please report the input)`,
      );
    }
    history.push(next);
    trajectory.push(snapshot(round, next));
    if (full) log.push(roundLog(workspace, round, status, actors, current));
    if (repeat === null) {
      const period = repeatPeriod(history, stopping.tolerance * delta);
      if (period !== null) {
        repeat = { round, period };
        if (stopping.rounds === undefined) break;
      }
    }
  }

  const last = trajectory[trajectory.length - 1] as BdmRoundState;
  const common = {
    ...(issue === undefined ? {} : { issue }),
    preset,
    options,
    stopping,
    actors: actors.map((a) => (a.name === undefined ? { id: a.id } : { id: a.id, name: a.name })),
    delta,
    rounds: trajectory.length - 1,
    trajectory,
    log,
    forecast: { median: last.median, mean: last.mean },
  };
  if (repeat === null) {
    const before = history[history.length - 2] ?? (history[0] as Float64Array);
    const recent = trajectory.slice(-tailRounds);
    return {
      ...common,
      status: "max-rounds",
      lastMove: largestMove(last.positions, before),
      tail: {
        fromRound: (recent[0] as BdmRoundState).round,
        median: range(recent.map((s) => s.median)),
        mean: range(recent.map((s) => s.mean)),
      },
    };
  }
  if (repeat.period === 1) return { ...common, status: "converged", convergedAt: repeat.round - 1 };
  const firstRound = repeat.round - repeat.period;
  const states = trajectory.slice(firstRound, repeat.round);
  return {
    ...common,
    status: "cycling",
    cycle: {
      period: repeat.period,
      firstRound,
      states,
      median: range(states.map((s) => s.median)),
      mean: range(states.map((s) => s.mean)),
    },
  };
}

/** Δ (spec 2.1): the range of the initial positions, or explicit bounds that must hold every position. */
function scaleDelta(
  scale: BdmModelOptions["scale"],
  initial: readonly number[],
  actors: BdmInput["actors"],
  prefix: string,
): number {
  if (scale === "initial-range") return Math.max(...initial) - Math.min(...initial);
  if (!(scale.max > scale.min))
    throw new Error(`${prefix}scale max ${scale.max} must exceed min ${scale.min}`);
  actors.forEach((actor) => {
    if (actor.position < scale.min || actor.position > scale.max) {
      throw new Error(
        `${prefix}actor "${actor.id}" has position ${actor.position} outside the scale [${scale.min}, ${scale.max}]`,
      );
    }
  });
  return scale.max - scale.min;
}

/**
 * Fresh vectors of length n, carved 32 at a time from one block: a typed array longer than 64 bytes gets
 * its own backing store and is slow to allocate, a view of one is not (a run keeps one per round).
 */
function rowArena(n: number): () => Float64Array {
  const rows = 32;
  let block = new Float64Array(0);
  let used = rows;
  return () => {
    if (used === rows) {
      block = new Float64Array(rows * n);
      used = 0;
    }
    used++;
    return block.subarray((used - 1) * n, used * n);
  };
}

function definedEntries<T extends object>(value: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}

function range(values: readonly number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}

function allFinite(values: Float64Array): boolean {
  for (const v of values) if (!Number.isFinite(v)) return false;
  return true;
}

/** The log of a round just played by the kernel: its exponents, security sums and accepted offers. */
function roundLog(
  ws: RoundWorkspace,
  round: number,
  status: KernelRoundStatus,
  actors: BdmInput["actors"],
  from: Float64Array,
): BdmRoundLog {
  const offers: BdmAcceptedOffer[] = [];
  if (status === "played") {
    for (let i = 0; i < ws.n; i++) {
      const kind = ws.offerKind[i] as number;
      if (kind < 0) continue;
      const counterpart = ws.offerCounterpart[i] as number;
      offers.push({
        actor: (actors[i] as { id: string }).id,
        actorIndex: i,
        kind: offerKinds[kind] as BdmAcceptedOffer["kind"],
        counterpart: (actors[counterpart] as { id: string }).id,
        counterpartIndex: counterpart,
        euActor: ws.offerEuActor[i] as number,
        euCounterpart: ws.offerEuCounterpart[i] as number,
        from: from[i] as number,
        to: ws.offerTo[i] as number,
      });
    }
  }
  return {
    round,
    riskExponents: Array.from(ws.exponents),
    security: Array.from(ws.security),
    offers,
  };
}
