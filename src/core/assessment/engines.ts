import { assertNever } from "../assert-never.ts";
import type { CaseFile } from "../case/index.ts";
import { compromiseOutcome, weightedMedianOutcome } from "../models/bargaining/baselines/index.ts";
import { simulateBdm } from "../models/bargaining/bdm/simulate.ts";
import { simulateSmp } from "../models/bargaining/smp/simulate.ts";
import { issueActors } from "./issue-actors.ts";

/**
 * The bargaining engines an assessment runs, as data: two BDM readings and two KTAB-SMP settings make the
 * model ensemble (it spans settings as well as inputs, issue 3); the compromise model, the weighted median
 * and the status quo are the baselines every forecast is shown beside.
 */
export type EngineSpec =
  | { readonly kind: "bdm"; readonly id: string; readonly preset: "paper" | "scholz-code" | "eum" }
  | { readonly kind: "smp"; readonly id: string; readonly victoryProbModel: "Linear" | "Quartic" }
  | { readonly kind: "compromise"; readonly id: string }
  | { readonly kind: "median"; readonly id: string }
  | { readonly kind: "status-quo"; readonly id: string };

export const modelEngines: readonly EngineSpec[] = [
  { kind: "bdm", id: "bdm-paper", preset: "paper" },
  { kind: "bdm", id: "bdm-eum", preset: "eum" },
  { kind: "smp", id: "smp-linear", victoryProbModel: "Linear" },
  { kind: "smp", id: "smp-quartic", victoryProbModel: "Quartic" },
];

export const baselineEngines: readonly EngineSpec[] = [
  { kind: "compromise", id: "compromise" },
  { kind: "median", id: "weighted-median" },
  { kind: "status-quo", id: "status-quo" },
];

/**
 * One-at-a-time lever scans run many variants of the case, so they use the two closed-form baselines (the
 * compromise model is Achen's benchmark, as accurate as the bargaining models on the EU data; issue 3).
 */
export const leverEngines: readonly EngineSpec[] = [
  { kind: "compromise", id: "compromise" },
  { kind: "median", id: "weighted-median" },
];

export function engineLabel(spec: EngineSpec): string {
  switch (spec.kind) {
    case "bdm":
      return `BDM ${spec.preset}`;
    case "smp":
      return `SMP ${spec.victoryProbModel.toLowerCase()}`;
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

export interface IssueRun {
  readonly outcome: number;
  readonly trajectory: readonly number[];
}

/** Runs one engine on every issue of a (point-valued) case; issues with fewer than three bargaining actors keep the status quo. */
export function runEngine(spec: EngineSpec, caseFile: CaseFile): Record<string, IssueRun> {
  const out: Record<string, IssueRun> = {};
  const bargained = caseFile.issues.filter((issue) => issueActors(caseFile, issue.id).length >= 3);
  for (const issue of caseFile.issues) {
    const sq = issue.statusQuo.value;
    out[issue.id] = { outcome: sq, trajectory: [sq] };
  }
  if (spec.kind === "smp") {
    Object.assign(
      out,
      runSmp(
        spec,
        caseFile,
        bargained.map((i) => i.id),
      ),
    );
    return out;
  }
  for (const issue of bargained) {
    const actors = issueActors(caseFile, issue.id);
    switch (spec.kind) {
      case "bdm": {
        const result = simulateBdm(
          { actors: actors.map((a) => ({ ...a, salience: a.salience / 100 })) },
          { preset: spec.preset, issue: issue.id, maxRounds: 50 },
        );
        out[issue.id] = {
          outcome: result.forecast.median,
          trajectory: result.trajectory.map((t) => t.median),
        };
        break;
      }
      case "compromise": {
        const x = compromiseOutcome(actors, issue.id);
        out[issue.id] = { outcome: x, trajectory: [x] };
        break;
      }
      case "median": {
        const x = weightedMedianOutcome(actors, issue.id);
        out[issue.id] = { outcome: x, trajectory: [x] };
        break;
      }
      case "status-quo":
        break;
      default:
        return assertNever(spec);
    }
  }
  return out;
}

/**
 * SMP runs every bargained issue as one dimension of a single scenario; an actor without a stance on an issue
 * sits at its status quo with zero salience, and saliences are divided by the actor's total (KTAB's saliences
 * are shares of attention summing to at most 1, spec §3.1). The outcome is the expected position.
 */
function runSmp(
  spec: Extract<EngineSpec, { kind: "smp" }>,
  caseFile: CaseFile,
  issues: readonly string[],
): Record<string, IssueRun> {
  if (issues.length === 0) return {};
  const actors = caseFile.actors.flatMap((actor) => {
    if (actor.capability === undefined || !(actor.capability.value > 0)) return [];
    const stances = issues.map((id) => caseFile.stances.find((s) => s.actor === actor.id && s.issue === id));
    if (stances.every((s) => s === undefined)) return [];
    const total = stances.reduce((sum, s) => sum + (s?.salience.value ?? 0), 0);
    if (!(total > 0)) return [];
    return [
      {
        id: actor.id,
        capability: actor.capability.value,
        positions: issues.map(
          (id, k) =>
            stances[k]?.position.value ?? caseFile.issues.find((i) => i.id === id)?.statusQuo.value ?? 50,
        ),
        saliences: stances.map((s) => (s?.salience.value ?? 0) / total),
      },
    ];
  });
  if (actors.length < 3) return {};
  const result = simulateSmp(
    { name: caseFile.meta.id, dimensions: [...issues], actors },
    { victoryProbModel: spec.victoryProbModel, maxTurns: 40 },
  );
  const out: Record<string, IssueRun> = {};
  // Per turn, the expected position: each distinct position weighted by its win probability (actors sharing a
  // position share one probability), as KTAB reports the outcome; the last turn equals outcome.expected.
  const expected = result.history.map((turn) => {
    const seen = new Map<string, { p: number; pos: number[] }>();
    turn.positions.forEach((pos, i) => {
      const key = pos.join(",");
      if (!seen.has(key)) seen.set(key, { p: turn.winProbability[i] ?? 0, pos });
    });
    const total = [...seen.values()].reduce((sum, g) => sum + g.p, 0);
    return issues.map((_, d) =>
      [...seen.values()].reduce((sum, g) => sum + (g.p / (total || 1)) * (g.pos[d] as number), 0),
    );
  });
  issues.forEach((id, d) => {
    out[id] = {
      outcome: result.outcome.expected[d] as number,
      trajectory: expected.map((row, t) =>
        t === expected.length - 1 ? (result.outcome.expected[d] as number) : (row[d] as number),
      ),
    };
  });
  return out;
}
