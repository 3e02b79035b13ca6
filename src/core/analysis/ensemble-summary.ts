import { quantileSorted } from "../stats/quantile.ts";
import type { EnsemblePlan, OutcomeClaim, RunChunk } from "./ensemble.ts";
import { planPackageIds } from "./ensemble.ts";
import { settingLabel } from "./model-setting.ts";
import { decomposeVariance, type VarianceDecomposition } from "./variance-decomposition.ts";

/** Quantiles reported for every distribution (type 7, Hyndman & Fan 1996, stats/quantile.ts). */
export const REPORTED_QUANTILES = [0.05, 0.5, 0.95] as const;

export interface DistributionSummary {
  readonly runs: number;
  readonly mean: number;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly q05: number;
  readonly q50: number;
  readonly q95: number;
}

export interface IssueEnsemble {
  readonly issue: string;
  readonly name: string;
  readonly outcome: DistributionSummary;
  /** Counts of outcomes in 20 bins of 5 points on the 0–100 scale (the last bin includes 100). */
  readonly histogram: readonly number[];
  readonly bySetting: ReadonlyArray<{ readonly setting: string } & DistributionSummary>;
  readonly variance: VarianceDecomposition;
}

export interface EnsembleSummary {
  readonly runs: number;
  readonly seed: number;
  readonly settings: ReadonlyArray<{
    readonly setting: string;
    readonly weight: number;
    readonly runs: number;
  }>;
  readonly issues: readonly IssueEnsemble[];
  /** Share of runs in which some package (a proposal or the run's forecast) beats the status quo for all its veto players. */
  readonly agreementProbability: number;
  /** Per package, the share of runs in which it beats the status quo for all its veto players. */
  readonly packageAcceptance: ReadonlyArray<{ readonly package: string; readonly probability: number }>;
  /** The case's outcome claims (judgments), each with the share of runs whose outcome falls in its range. */
  readonly outcomeClaims: ReadonlyArray<OutcomeClaim & { readonly probability: number }>;
}

/** Joins chunks (in any order) into run order and summarises them; identical for any split of the runs. */
export function summariseEnsemble(
  plan: EnsemblePlan,
  seed: number,
  chunks: readonly RunChunk[],
): EnsembleSummary {
  const ordered = [...chunks].sort((a, b) => a.start - b.start);
  const runs = ordered.reduce((sum, c) => sum + c.settings.length, 0);
  if (runs === 0) throw new Error("summariseEnsemble: no runs");
  const nIssues = plan.frames.length;
  const packages = planPackageIds(plan);
  const settings = new Int32Array(runs);
  const outcomes = new Float64Array(runs * nIssues);
  const accepted = new Uint8Array(runs * packages.length);
  let offset = 0;
  for (const chunk of ordered) {
    if (chunk.start !== offset)
      throw new Error(`summariseEnsemble: runs ${offset}–${chunk.start - 1} are missing`);
    settings.set(chunk.settings, offset);
    outcomes.set(chunk.outcomes, offset * nIssues);
    accepted.set(chunk.accepted, offset * packages.length);
    offset += chunk.settings.length;
  }
  const issues = plan.frames.map((frame, d) => {
    const values = Float64Array.from({ length: runs }, (_, r) => outcomes[r * nIssues + d] as number);
    const histogram = new Array<number>(20).fill(0);
    for (const y of values) {
      const bin = Math.min(19, Math.max(0, Math.floor(y / 5)));
      histogram[bin] = (histogram[bin] as number) + 1;
    }
    const bySetting = plan.settings.flatMap((s, k) => {
      const mine = values.filter((_, r) => settings[r] === k);
      return mine.length === 0 ? [] : [{ setting: settingLabel(s.setting), ...describe(mine) }];
    });
    return {
      issue: frame.issue,
      name: frame.name,
      outcome: describe(values),
      histogram,
      bySetting,
      variance: decomposeVariance(values, settings),
    };
  });
  let anyAccepted = 0;
  for (let r = 0; r < runs; r++) {
    if (accepted.subarray(r * packages.length, (r + 1) * packages.length).some((x) => x === 1)) anyAccepted++;
  }
  return {
    runs,
    seed,
    settings: plan.settings.map((s, k) => ({
      setting: settingLabel(s.setting),
      weight: s.weight,
      runs: settings.filter((x) => x === k).length,
    })),
    issues,
    agreementProbability: anyAccepted / runs,
    outcomeClaims: plan.outcomeClaims.map((claim) => {
      const d = plan.frames.findIndex((f) => f.issue === claim.issue);
      let inside = 0;
      for (let r = 0; r < runs; r++) {
        const y = outcomes[r * nIssues + d] as number;
        if (y >= claim.atLeast && y <= claim.atMost) inside++;
      }
      return { ...claim, probability: inside / runs };
    }),
    packageAcceptance: packages.map((id, k) => {
      let count = 0;
      for (let r = 0; r < runs; r++) count += accepted[r * packages.length + k] as number;
      return { package: id, probability: count / runs };
    }),
  };
}

function describe(values: Float64Array): DistributionSummary {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  for (const y of sorted) sum += y;
  const mean = sum / n;
  let ss = 0;
  for (const y of sorted) ss += (y - mean) * (y - mean);
  return {
    runs: n,
    mean,
    sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    q05: quantileSorted(sorted, 0.05),
    q50: quantileSorted(sorted, 0.5),
    q95: quantileSorted(sorted, 0.95),
  };
}
