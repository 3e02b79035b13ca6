import {
  centralTable,
  decomposeVariance,
  evaluateSettlement,
  type IssueFrame,
  type IssueTable,
  issueFrames,
  type ModelSetting,
  runSetting,
  type SettlementPackage,
} from "../analysis/index.ts";
import type { CaseFile } from "../case/index.ts";
import { quantile } from "../stats/quantile.ts";
import { createRandom, deriveSeed, type Random } from "../stats/random.ts";
import { sampleCase } from "./sample-case.ts";
import { acceptedByAll, evaluateTable, type Positions } from "./settlement.ts";
import type { Interval } from "./types.ts";

/** Random packages tried per run when searching for any package every veto player prefers to the status quo. */
const ZONE_SEARCH = 32;

export interface Ensemble {
  readonly runs: number;
  /** outcomes[issue][run]. */
  readonly outcomes: Readonly<Record<string, readonly number[]>>;
  /** Index into the settings list of the setting each run used. */
  readonly engine: readonly number[];
  /** Per run: the forecast package or a proposal beats the status quo for every veto player it needs. */
  readonly acceptable: readonly boolean[];
  /** Per run: the probability that some package on the table (or the forecast) is accepted by every veto player it needs. */
  readonly acceptance: readonly number[];
  /** Per run: some package inside the veto players' range does (the zone of agreement is not empty). */
  readonly zone: readonly boolean[];
  /** Per package id (each proposal and `forecast`), per run: it beats the status quo for every veto player it needs. */
  readonly accepted: Readonly<Record<string, readonly boolean[]>>;
}

/**
 * Monte Carlo over the inputs and the model settings: run r draws every input from its range (`sampleCase`,
 * seeded by `deriveSeed(seed, r)`) and runs setting r mod M on each bargained issue (`runSetting`, the analysis
 * module's); the analysis module's settlement evaluation then says which packages beat the status quo on the
 * drawn inputs. The same seed gives every scenario the same draws (common random numbers), so scenario
 * differences are not sampling noise.
 */
export function runEnsemble(
  caseFile: CaseFile,
  settings: readonly ModelSetting[],
  issues: readonly string[],
  runs: number,
  seed: number,
): Ensemble {
  if (settings.length === 0) throw new Error("runEnsemble: no model settings");
  if (!(runs >= 1)) throw new Error(`runEnsemble: runs must be at least 1, got ${runs}`);
  const outcomes: Record<string, number[]> = Object.fromEntries(caseFile.issues.map((i) => [i.id, []]));
  const engine: number[] = [];
  const acceptable: boolean[] = [];
  const acceptance: number[] = [];
  const zone: boolean[] = [];
  const accepted: Record<string, boolean[]> = {};
  for (let r = 0; r < runs; r++) {
    const random = createRandom(deriveSeed(seed, r));
    const sampled = sampleCase(caseFile, random);
    const e = r % settings.length;
    const frames = issueFrames(sampled, issues);
    const tables = frames.map(centralTable);
    const forecast: Record<string, number> = {};
    for (const issue of sampled.issues) forecast[issue.id] = issue.statusQuo.value;
    const setting = settings[e] as ModelSetting;
    tables.forEach((table) => {
      // Runs need only the forecast, not every round's log (`record: "outcome"`, the same outcome).
      forecast[table.issue] = runSetting(setting, table, { record: "outcome" }).outcome;
    });
    for (const issue of caseFile.issues) outcomes[issue.id]?.push(forecast[issue.id] as number);
    engine.push(e);
    const table = evaluateTable(sampled, frames, forecast, tables);
    const onTable = table.packages.filter((p) => p.kind !== "status-quo");
    for (const p of onTable) accepted[p.id] = [...(accepted[p.id] ?? []), p.beatsStatusQuo];
    acceptable.push(table.agreementPossible);
    acceptance.push(1 - onTable.reduce((none, p) => none * (1 - acceptedByAll(p)), 1));
    zone.push(table.agreementPossible || searchZone(frames, tables, random));
  }
  return { runs, outcomes, engine, acceptable, acceptance, zone, accepted };
}

/**
 * Tries random packages between the veto players' positions and the status quo on each issue, evaluated by
 * the analysis module: does any beat the status quo for every veto player it needs?
 */
function searchZone(frames: readonly IssueFrame[], tables: readonly IssueTable[], random: Random): boolean {
  if (frames.every((f) => f.vetoPlayers.length === 0)) return false;
  const ranges = tables.map((table, d) => {
    const veto = (frames[d] as IssueFrame).vetoPlayers;
    const xs = table.actors.filter((a) => veto.includes(a.id)).map((a) => a.position);
    xs.push(table.statusQuo);
    return { id: table.issue, lo: Math.min(...xs), hi: Math.max(...xs) };
  });
  const packages: SettlementPackage[] = Array.from({ length: ZONE_SEARCH }, (_, k) => ({
    id: `search-${k}`,
    name: `Search ${k}`,
    kind: "proposal",
    positions: Object.fromEntries(ranges.map((r) => [r.id, r.lo + random() * (r.hi - r.lo)])),
  }));
  return evaluateSettlement(frames, tables, packages).agreementPossible;
}

/** Median and central 90 % of a sample (type-7 quantiles). */
export function interval(values: readonly number[]): Interval {
  return { value: quantile(values, 0.5), low: quantile(values, 0.05), high: quantile(values, 0.95) };
}

/** The ensemble's median forecast per issue (the status quo where there are no runs). */
export function medians(caseFile: CaseFile, ensemble: Ensemble): Positions {
  return Object.fromEntries(
    caseFile.issues.map((i) => [i.id, interval(ensemble.outcomes[i.id] ?? [i.statusQuo.value]).value]),
  );
}

/**
 * The spread of an issue's outcomes split by the law of total variance (`decomposeVariance`) into the part
 * from the inputs (within a setting) and the part from the settings (between them).
 */
export function varianceSplit(
  values: readonly number[],
  group: readonly number[],
): { total: number; inputs: number; settings: number } {
  const v = decomposeVariance(values, group);
  return { total: v.total, inputs: v.withinSettings, settings: v.betweenSettings };
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
