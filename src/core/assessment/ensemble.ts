import type { CaseFile } from "../case/index.ts";
import { quantile } from "../stats/quantile.ts";
import { createRandom, deriveSeed, type Random } from "../stats/random.ts";
import { type EngineSpec, runEngine } from "./engines.ts";
import { sampleCase } from "./sample-case.ts";
import { gainOverStatusQuo, type Package, vetoPlayers } from "./utility.ts";

/** Random packages tried per run when searching for any package every veto player prefers to the status quo. */
const ZONE_SEARCH = 32;

export interface Ensemble {
  readonly runs: number;
  /** outcomes[issue][run]. */
  readonly outcomes: Readonly<Record<string, readonly number[]>>;
  /** Index into the engine list of the engine each run used. */
  readonly engine: readonly number[];
  /** Per run: the forecast package or a proposal leaves every veto player better off than the status quo. */
  readonly acceptable: readonly boolean[];
  /** Per run: the probability that some package on the table (or the forecast) is accepted by every veto player. */
  readonly acceptance: readonly number[];
  /** Per run: some package inside the veto players' range does (the zone of agreement is not empty). */
  readonly zone: readonly boolean[];
  readonly proposals: Readonly<Record<string, readonly boolean[]>>;
}

/**
 * Monte Carlo over the inputs and the engines' settings: run r draws every input from its range
 * (`sampleCase`, seeded by `deriveSeed(seed, r)`) and runs engine r mod M. The same seed gives every scenario
 * the same draws (common random numbers), so scenario differences are not sampling noise.
 */
export function runEnsemble(
  caseFile: CaseFile,
  engines: readonly EngineSpec[],
  runs: number,
  seed: number,
): Ensemble {
  if (engines.length === 0) throw new Error("runEnsemble: no engines");
  if (!(runs >= 1)) throw new Error(`runEnsemble: runs must be at least 1, got ${runs}`);
  const outcomes: Record<string, number[]> = Object.fromEntries(caseFile.issues.map((i) => [i.id, []]));
  const engine: number[] = [];
  const acceptable: boolean[] = [];
  const acceptance: number[] = [];
  const zone: boolean[] = [];
  const proposals: Record<string, boolean[]> = Object.fromEntries(caseFile.proposals.map((p) => [p.id, []]));
  const veto = vetoPlayers(caseFile);
  for (let r = 0; r < runs; r++) {
    const random = createRandom(deriveSeed(seed, r));
    const sampled = sampleCase(caseFile, random);
    const e = r % engines.length;
    const result = runEngine(engines[e] as EngineSpec, sampled);
    const forecast: Record<string, number> = {};
    for (const issue of caseFile.issues) {
      const x = result[issue.id]?.outcome ?? issue.statusQuo.value;
      forecast[issue.id] = x;
      outcomes[issue.id]?.push(x);
    }
    engine.push(e);
    const beats = (pkg: Package) =>
      veto.length > 0 && veto.every((a) => gainOverStatusQuo(sampled, a, pkg) > 1e-9);
    const packages: Package[] = [
      forecast,
      ...sampled.proposals.map((p) =>
        Object.fromEntries(Object.entries(p.positions).map(([k, v]) => [k, v.value])),
      ),
    ];
    let onTable = beats(forecast);
    sampled.proposals.forEach((p, k) => {
      const ok = beats(packages[k + 1] as Package);
      proposals[p.id]?.push(ok);
      onTable ||= ok;
    });
    acceptable.push(onTable);
    acceptance.push(
      veto.length === 0
        ? 0
        : 1 - packages.reduce((none, pkg) => none * (1 - acceptedByAll(sampled, veto, pkg)), 1),
    );
    zone.push(onTable || searchZone(sampled, veto, random, beats));
  }
  return { runs, outcomes, engine, acceptable, acceptance, zone, proposals };
}

/** Scale of the acceptance noise, in salience-weighted scale points (an assumption, stated in the report). */
export const ACCEPTANCE_SCALE = 5;

/**
 * The probability that every veto player accepts a package: each accepts with the logit probability
 * 1 / (1 + e^(−gain/s)) of a random-utility model (McFadden 1974, "Conditional logit analysis of qualitative
 * choice behavior"), independently; gain is its utility over the status quo, s = ACCEPTANCE_SCALE. A smooth
 * version of "every veto player gains", so small changes of the inputs move it a little, not all or nothing.
 */
export function acceptedByAll(caseFile: CaseFile, veto: readonly string[], pkg: Package): number {
  return veto.reduce(
    (p, a) => p / (1 + Math.exp(-gainOverStatusQuo(caseFile, a, pkg) / ACCEPTANCE_SCALE)),
    1,
  );
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Tries random packages between the veto players' positions on each issue. */
function searchZone(
  caseFile: CaseFile,
  veto: readonly string[],
  random: Random,
  beats: (p: Package) => boolean,
): boolean {
  if (veto.length === 0) return false;
  const ranges = caseFile.issues.map((issue) => {
    const xs = caseFile.stances
      .filter((s) => s.issue === issue.id && veto.includes(s.actor))
      .map((s) => s.position.value);
    xs.push(issue.statusQuo.value);
    return { id: issue.id, lo: Math.min(...xs), hi: Math.max(...xs) };
  });
  for (let k = 0; k < ZONE_SEARCH; k++) {
    const pkg = Object.fromEntries(ranges.map((r) => [r.id, r.lo + random() * (r.hi - r.lo)]));
    if (beats(pkg)) return true;
  }
  return false;
}

export function share(flags: readonly boolean[]): number {
  return flags.length === 0 ? 0 : flags.filter(Boolean).length / flags.length;
}

/** Median and central 90 % of a sample (type-7 quantiles). */
export function interval(values: readonly number[]): { value: number; low: number; high: number } {
  return { value: quantile(values, 0.5), low: quantile(values, 0.05), high: quantile(values, 0.95) };
}

/**
 * Law of total variance, Var(Y) = E[Var(Y | engine)] + Var(E[Y | engine]): the first term is the spread from
 * the inputs, the second from the engines' settings (population variances).
 */
export function varianceSplit(
  values: readonly number[],
  group: readonly number[],
): { total: number; inputs: number; settings: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const total = values.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
  const groups = new Map<number, number[]>();
  values.forEach((v, i) => {
    const g = group[i] ?? 0;
    groups.set(g, [...(groups.get(g) ?? []), v]);
  });
  let inputs = 0;
  let settings = 0;
  for (const xs of groups.values()) {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    inputs += (xs.length / n) * (xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
    settings += (xs.length / n) * (m - mean) ** 2;
  }
  return { total, inputs, settings };
}

/** 20 bins of 5 points on the 0–100 scale (the last bin includes 100). */
export function histogram(values: readonly number[]): number[] {
  const bins = new Array<number>(20).fill(0);
  for (const v of values) {
    const b = Math.min(19, Math.max(0, Math.floor(v / 5)));
    bins[b] = (bins[b] ?? 0) + 1;
  }
  return bins;
}
