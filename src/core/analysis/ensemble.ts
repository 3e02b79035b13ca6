import type { CaseFile, Estimate } from "../case/index.ts";
import { createRandom, deriveSeed, type Random } from "../stats/random.ts";
import type { IssueFrame, IssueTable } from "./issue-frame.ts";
import { issueFrames } from "./issue-frame.ts";
import { ensembleSettings, type ModelFamily, settingLabel, type WeightedSetting } from "./model-setting.ts";
import { runSetting } from "./run-setting.ts";
import { evaluateSettlement, type SettlementPackage } from "./settlement-zone.ts";
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
  const random = createRandom(deriveSeed(seed, runIndex));
  const u = random();
  let setting = plan.cumulativeWeights.findIndex((c) => u < c);
  if (setting < 0) setting = plan.settings.length - 1;
  const tables = drawTables(plan, random);
  const proposals = plan.proposals.map((p) =>
    p.positions.map((e) => (e === null ? null : triangularQuantile(e, random()))),
  );
  const chosen = (plan.settings[setting] as WeightedSetting).setting;
  const outcomes = new Float64Array(tables.length);
  tables.forEach((table, d) => {
    try {
      outcomes[d] = runSetting(chosen, table, { record: "outcome" }).outcome;
    } catch (error) {
      throw new Error(
        `Monte Carlo run ${runIndex} (seed ${seed}, ${settingLabel(chosen)}): ${(error as Error).message}`,
      );
    }
  });
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
  const accepted = Uint8Array.from(packages, (p) => (zone.acceptablePackages.includes(p.id) ? 1 : 0));
  return { setting, outcomes, accepted };
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
  for (let r = 0; r < count; r++) {
    const run = sampleRun(plan, seed, start + r);
    chunk.settings[r] = run.setting;
    chunk.outcomes.set(run.outcomes, r * nIssues);
    chunk.accepted.set(run.accepted, r * nPackages);
  }
  return chunk;
}
