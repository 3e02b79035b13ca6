import type { CaseFile, Estimate } from "../case/index.ts";
import { createRandom, deriveSeed, type Random } from "../stats/random.ts";
import type { IssueFrame, IssueTable, PointActor } from "./issue-frame.ts";
import { issueFrames } from "./issue-frame.ts";
import { ensembleSettings, type ModelFamily, settingLabel, type WeightedSetting } from "./model-setting.ts";
import { runSetting } from "./run-setting.ts";
import { evaluateSettlement, GAIN_TOLERANCE, type SettlementPackage } from "./settlement-zone.ts";
import { triangularQuantile } from "./triangular.ts";

/** A proposal reduced to the issues analysed: its position estimate per issue index (or null: status quo). */
export interface PlanProposal {
  readonly id: string;
  readonly name: string;
  readonly positions: readonly (Estimate | null)[];
}

/**
 * Everything a Monte Carlo run needs, computed once and shared by every run and worker: the issue frames,
 * the actors whose capability is drawn (once per run, shared by all their issues), the proposals, and the
 * settings with their cumulative weights. Plain data, so it can be posted to worker threads.
 */
export interface EnsemblePlan {
  readonly frames: readonly IssueFrame[];
  readonly capabilityActors: readonly string[];
  readonly capabilities: readonly Estimate[];
  /** Per frame, per frame actor: its index in `capabilityActors`. */
  readonly capabilityIndex: readonly (readonly number[])[];
  readonly proposals: readonly PlanProposal[];
  readonly settings: readonly WeightedSetting[];
  readonly cumulativeWeights: readonly number[];
  /** The case's judgments that claim an outcome range on an analysed issue, checked against the runs. */
  readonly outcomeClaims: readonly OutcomeClaim[];
}

/** A judgment's machine claim that an issue's bargaining outcome lands in [atLeast, atMost]. */
export interface OutcomeClaim {
  readonly judgment: string;
  readonly issue: string;
  readonly atLeast: number;
  readonly atMost: number;
  /** The probability the analyst states (its central value), if any. */
  readonly stated: number | null;
}

export interface EnsembleOptions {
  readonly model?: ModelFamily | undefined;
  readonly issues?: readonly string[] | undefined;
  /** Explicit weighted settings (overrides `model`). */
  readonly settings?: readonly WeightedSetting[] | undefined;
}

export function prepareEnsemble(caseFile: CaseFile, options: EnsembleOptions = {}): EnsemblePlan {
  const frames = issueFrames(caseFile, options.issues);
  const capabilityActors = [...new Set(frames.flatMap((f) => f.actors.map((a) => a.id)))];
  const capabilities = capabilityActors.map((id) => {
    const capability = caseFile.actors.find((a) => a.id === id)?.capability;
    if (capability === undefined) throw new Error(`prepareEnsemble: actor "${id}" has no capability`);
    return capability;
  });
  const settings = options.settings ?? ensembleSettings(options.model);
  const total = settings.reduce((sum, s) => sum + s.weight, 0);
  if (settings.length === 0 || !(total > 0))
    throw new Error("prepareEnsemble: no model setting with weight > 0");
  let cumulative = 0;
  const cumulativeWeights = settings.map((s) => {
    cumulative += s.weight / total;
    return cumulative;
  });
  const proposals = caseFile.proposals
    .map((p) => ({ id: p.id, name: p.name, positions: frames.map((f) => p.positions[f.issue] ?? null) }))
    .filter((p) => p.positions.some((x) => x !== null));
  const analysed = new Set(frames.map((f) => f.issue));
  const outcomeClaims = caseFile.judgments.flatMap((j) =>
    j.claim?.kind === "outcome" && analysed.has(j.claim.issue)
      ? [
          {
            judgment: j.id,
            issue: j.claim.issue,
            atLeast: j.claim.atLeast,
            atMost: j.claim.atMost,
            stated: j.probability?.value ?? null,
          },
        ]
      : [],
  );
  return {
    frames,
    capabilityActors,
    capabilities,
    capabilityIndex: frames.map((f) => f.actors.map((a) => capabilityActors.indexOf(a.id))),
    proposals,
    settings,
    cumulativeWeights,
    outcomeClaims,
  };
}

/** The packages whose acceptance each run records: the proposals, then the run's own forecast. */
export function planPackageIds(plan: EnsemblePlan): string[] {
  return [...plan.proposals.map((p) => p.id), "forecast"];
}

/** One run's result: the setting drawn, the outcome per issue, and which packages beat the status quo. */
export interface RunSample {
  readonly setting: number;
  readonly outcomes: Float64Array;
  readonly accepted: Uint8Array;
}

/** Sampled capabilities are kept above this, since both engines need capability > 0. */
const MIN_CAPABILITY = 1e-3;

/**
 * Monte Carlo run `runIndex` of a seeded ensemble (pure). Its random stream is `deriveSeed(seed,
 * runIndex)`, so a run's result does not depend on which worker computes it or in what order. Draws, in
 * this fixed order: the model setting (by weight); each actor's capability once (shared by all its
 * issues); per issue the status quo, then each actor's position and salience; then each proposal's
 * positions. Every estimate is drawn from the triangular distribution on [low, high] with mode `value`
 * (triangular.ts). The drawn setting then forecasts every issue, and the settlement zone is evaluated on
 * the drawn inputs with the proposals and the run's forecast as packages.
 */
export function sampleRun(plan: EnsemblePlan, seed: number, runIndex: number): RunSample {
  const layout = runLayout(plan);
  const outcomes = new Float64Array(plan.frames.length);
  const accepted = new Uint8Array(plan.proposals.length + 1);
  const setting = sampleInto(plan, layout, seed, runIndex, outcomes, accepted);
  return { setting, outcomes, accepted };
}

/**
 * What every run of a plan shares, laid out once per chunk so that a run only draws numbers and does
 * arithmetic: the settlement zone's actor profiles (actorProfiles' order and sums), each issue's veto
 * players as indices into them, and scratch arrays for one run's draws. `null` settlement when the
 * plan cannot be laid out flat (an issue analysed twice): runs then go through `evaluateSettlement`.
 */
interface RunLayout {
  /** Per frame, per frame actor: index of its profile. */
  readonly profileOf: readonly Int32Array[];
  /** Per profile: the frames it has a stance on (ascending) and the actor's slot in each. */
  readonly profileIssues: readonly Int32Array[];
  readonly profileSlots: readonly Int32Array[];
  /** Per frame: profile indices of its veto players. */
  readonly vetoes: readonly Int32Array[];
  readonly flat: boolean;
  /** Scratch: the status quo and a package's point per issue, the status quo's utility per profile. */
  readonly statusQuo: Float64Array;
  readonly point: Float64Array;
  readonly sqUtility: Float64Array;
  readonly needs: Uint8Array;
}

function runLayout(plan: EnsemblePlan): RunLayout {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const issues: number[][] = [];
  const slots: number[][] = [];
  const profileOf = plan.frames.map((frame, d) =>
    Int32Array.from(frame.actors, (a, k) => {
      let i = index.get(a.id);
      if (i === undefined) {
        i = ids.length;
        ids.push(a.id);
        index.set(a.id, i);
        issues.push([]);
        slots.push([]);
      }
      issues[i]?.push(d);
      slots[i]?.push(k);
      return i;
    }),
  );
  const flat = new Set(plan.frames.map((f) => f.issue)).size === plan.frames.length;
  const vetoes = plan.frames.map((frame) =>
    Int32Array.from(frame.vetoPlayers, (veto) => {
      // Same check and message as evaluateSettlement's.
      if (!frame.actors.some((a) => a.id === veto))
        throw new Error(`settlementZone: issue "${frame.issue}": veto player "${veto}" has no stance on it`);
      return index.get(veto) as number;
    }),
  );
  return {
    profileOf,
    profileIssues: issues.map((list) => Int32Array.from(list)),
    profileSlots: slots.map((list) => Int32Array.from(list)),
    vetoes,
    flat,
    statusQuo: new Float64Array(plan.frames.length),
    point: new Float64Array(plan.frames.length),
    sqUtility: new Float64Array(ids.length),
    needs: new Uint8Array(ids.length),
  };
}

/** One run into `outcomes` (per issue) and `accepted` (per package); returns the setting drawn. */
function sampleInto(
  plan: EnsemblePlan,
  layout: RunLayout,
  seed: number,
  runIndex: number,
  outcomes: Float64Array,
  accepted: Uint8Array,
): number {
  const random = createRandom(deriveSeed(seed, runIndex));
  const u = random();
  let setting = plan.cumulativeWeights.findIndex((c) => u < c);
  if (setting < 0) setting = plan.settings.length - 1;
  const tables = drawTables(plan, random);
  const proposals = plan.proposals.map((p) =>
    p.positions.map((e) => (e === null ? null : triangularQuantile(e, random()))),
  );
  const chosen = (plan.settings[setting] as WeightedSetting).setting;
  for (let d = 0; d < tables.length; d++) {
    try {
      outcomes[d] = runSetting(chosen, tables[d] as IssueTable, { record: "outcome" }).outcome;
    } catch (error) {
      throw new Error(
        `Monte Carlo run ${runIndex} (seed ${seed}, ${settingLabel(chosen)}): ${(error as Error).message}`,
      );
    }
  }
  if (!layout.flat) {
    acceptedBySettlement(plan, tables, proposals, outcomes, accepted);
    return setting;
  }
  const { statusQuo, point, sqUtility } = layout;
  for (let d = 0; d < tables.length; d++) statusQuo[d] = (tables[d] as IssueTable).statusQuo;
  for (let i = 0; i < sqUtility.length; i++) sqUtility[i] = profileUtility(layout, tables, i, statusQuo);
  for (let k = 0; k < plan.proposals.length; k++) {
    const drawn = proposals[k] as readonly (number | null)[];
    for (let d = 0; d < tables.length; d++) point[d] = drawn[d] ?? (statusQuo[d] as number);
    accepted[k] = beatsStatusQuo(layout, tables, point) ? 1 : 0;
  }
  point.set(outcomes);
  accepted[plan.proposals.length] = beatsStatusQuo(layout, tables, point) ? 1 : 0;
  return setting;
}

/**
 * Actor i's `packageUtility` for `x`, read straight from the drawn tables: the same sums in the same
 * order as `actorProfiles` + `packageUtility` (utility.ts), so bit for bit the same number.
 */
function profileUtility(
  layout: RunLayout,
  tables: readonly IssueTable[],
  i: number,
  x: Float64Array,
): number {
  const issues = layout.profileIssues[i] as Int32Array;
  const slots = layout.profileSlots[i] as Int32Array;
  let total = 0;
  for (let k = 0; k < issues.length; k++)
    total += ((tables[issues[k] as number] as IssueTable).actors[slots[k] as number] as PointActor).salience;
  if (total === 0) return 1;
  let loss = 0;
  for (let k = 0; k < issues.length; k++) {
    const d = issues[k] as number;
    const a = (tables[d] as IssueTable).actors[slots[k] as number] as PointActor;
    loss += a.salience * Math.abs((x[d] as number) - a.position);
  }
  return 1 - loss / (100 * total);
}

/**
 * `evaluatePackage(…).beatsStatusQuo` (settlement-zone.ts) without building the evaluation: the package
 * changes some issue (by more than 1e−9) and every veto player of the changed issues gains more than
 * GAIN_TOLERANCE over the status quo.
 */
function beatsStatusQuo(layout: RunLayout, tables: readonly IssueTable[], point: Float64Array): boolean {
  const { needs, statusQuo, sqUtility } = layout;
  needs.fill(0);
  let changed = false;
  for (let d = 0; d < tables.length; d++) {
    if (!(Math.abs((point[d] as number) - (statusQuo[d] as number)) > 1e-9)) continue;
    changed = true;
    for (const v of layout.vetoes[d] as Int32Array) needs[v] = 1;
  }
  if (!changed) return false;
  for (let v = 0; v < needs.length; v++) {
    if (needs[v] === 0) continue;
    const gain = profileUtility(layout, tables, v, point) - (sqUtility[v] as number);
    if (!(gain > GAIN_TOLERANCE)) return false;
  }
  return true;
}

/** The readable path: packages as objects through `evaluateSettlement`. */
function acceptedBySettlement(
  plan: EnsemblePlan,
  tables: readonly IssueTable[],
  proposals: readonly (readonly (number | null)[])[],
  outcomes: Float64Array,
  accepted: Uint8Array,
): void {
  const packages: SettlementPackage[] = [
    ...plan.proposals.map((p, k) => ({
      id: p.id,
      name: p.name,
      kind: "proposal" as const,
      positions: Object.fromEntries(tables.map((t, d) => [t.issue, proposals[k]?.[d] ?? t.statusQuo])),
    })),
    {
      id: "forecast",
      name: "Forecast",
      kind: "forecast",
      positions: Object.fromEntries(tables.map((t, d) => [t.issue, outcomes[d] as number])),
    },
  ];
  const zone = evaluateSettlement(plan.frames, tables, packages);
  packages.forEach((p, k) => {
    accepted[k] = zone.acceptablePackages.includes(p.id) ? 1 : 0;
  });
}

function drawTables(plan: EnsemblePlan, random: Random): IssueTable[] {
  const capability = plan.capabilities.map((e) => Math.max(MIN_CAPABILITY, triangularQuantile(e, random())));
  return plan.frames.map((frame, d) => {
    const statusQuo = triangularQuantile(frame.statusQuo, random());
    const index = plan.capabilityIndex[d] as readonly number[];
    return {
      issue: frame.issue,
      statusQuo,
      actors: frame.actors.map((a, k) => ({
        id: a.id,
        capability: capability[index[k] as number] as number,
        position: triangularQuantile(a.position, random()),
        salience: triangularQuantile(a.salience, random()),
      })),
    };
  });
}

/** Runs [start, end) of an ensemble into flat arrays (what a worker computes and sends back). */
export interface RunChunk {
  readonly start: number;
  readonly settings: Int32Array;
  /** Row-major (run, issue). */
  readonly outcomes: Float64Array;
  /** Row-major (run, package). */
  readonly accepted: Uint8Array;
}

export function sampleChunk(plan: EnsemblePlan, seed: number, start: number, end: number): RunChunk {
  const count = end - start;
  const nIssues = plan.frames.length;
  const nPackages = plan.proposals.length + 1;
  const chunk = {
    start,
    settings: new Int32Array(count),
    outcomes: new Float64Array(count * nIssues),
    accepted: new Uint8Array(count * nPackages),
  };
  const layout = runLayout(plan);
  for (let r = 0; r < count; r++) {
    chunk.settings[r] = sampleInto(
      plan,
      layout,
      seed,
      start + r,
      chunk.outcomes.subarray(r * nIssues, (r + 1) * nIssues),
      chunk.accepted.subarray(r * nPackages, (r + 1) * nPackages),
    );
  }
  return chunk;
}
