import {
  compareEnsembles,
  compareScenario,
  type EnsembleComparison,
  forecastIssues,
  leverValues,
  type ModelFamily,
  modelFamilies,
  prepareEnsemble,
  rankLevers,
  scenarioPatches,
  settlementBottomLine,
  settlementZone,
} from "../../core/analysis/index.ts";
import type { CaseFile } from "../../core/case/index.ts";
import { applyPatches } from "../../core/scenario/index.ts";
import { defaultWorkerCount, runMonteCarlo } from "../../io/monte-carlo/index.ts";
import { casePath } from "../case-argument.ts";
import { CliError } from "../cli-error.ts";
import { loadValidCase } from "../load-case.ts";
import { runPeerFile } from "../simulate/peer-input.ts";
import { runProgress } from "../simulate/progress.ts";
import {
  comparisonTable,
  forecastTable,
  leverEnsembleTable,
  leversTable,
  leverValuesTables,
  monteCarloTable,
  settlementTables,
} from "../simulate/tables.ts";
import { table, title } from "../table.ts";
import type { Terminal } from "../terminal.ts";
import { DEFAULT_RUNS, type SimulateOptions } from "./simulate-command.ts";

function whole(value: string | undefined, flag: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new CliError(`${flag} must be a whole number ≥ ${min}, got "${value}"`, 2);
  return n;
}

function family(value: string | undefined): ModelFamily | undefined {
  if (value === undefined) return undefined;
  if (!(modelFamilies as readonly string[]).includes(value)) {
    throw new CliError(`--model must be one of ${modelFamilies.join(", ")}, got "${value}"`, 2);
  }
  return value as ModelFamily;
}

/** Runs an analysis step, turning a model's precondition failure into an input error (exit 1). */
function analyse<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message, 1);
  }
}

/**
 * `entente simulate`: forecasts per issue under each engine and baseline, the settlement zone, a seeded
 * Monte Carlo ensemble over input ranges and model settings, the value of the case's recommendation
 * levers, and optionally a scenario and the one-at-a-time levers; or a peer file run directly (`--input`).
 */
export async function runSimulate(
  argument: string | undefined,
  options: SimulateOptions,
  terminal: Terminal,
  progressStream: NodeJS.WriteStream | null = process.stderr,
): Promise<number> {
  const model = family(options.model);
  const runs = whole(options.runs, "--runs", DEFAULT_RUNS, 0);
  const seed = whole(options.seed, "--seed", 1, 0);
  const workers = whole(options.workers, "--workers", defaultWorkerCount(), 0);
  if (options.input !== undefined) {
    if (argument !== undefined) throw new CliError("give either a case folder or --input, not both", 2);
    return simulatePeerFile(options.input, model, seed, options.json === true, terminal);
  }
  const loaded = await loadValidCase(casePath(argument), terminal);
  if (loaded === null) return 1;
  const caseFile = loaded.case;
  const issues = options.issue?.length ? options.issue : undefined;
  const forecastOptions = { model, issues };
  const forecasts = analyse(() => forecastIssues(caseFile, forecastOptions));
  const zone = analyse(() => settlementZone(caseFile, { ...forecastOptions, forecasts }));
  const recommendationLevers = analyse(() => leverValues(caseFile, forecastOptions));
  const scenario =
    options.scenario === undefined
      ? undefined
      : analyse(() => {
          const patches = scenarioPatches(caseFile, options.scenario as string);
          return {
            id: options.scenario as string,
            comparison: compareScenario(caseFile, patches, forecastOptions),
          };
        });
  const levers = options.levers ? analyse(() => rankLevers(caseFile, { model, issues })) : undefined;
  const ensemble = async (target: CaseFile) => {
    const plan = analyse(() => prepareEnsemble(target, { model, issues }));
    const progress = progressStream === null ? null : runProgress(progressStream, runs);
    try {
      return await runMonteCarlo(plan, { runs, seed, workers, onProgress: (done) => progress?.update(done) });
    } catch (error) {
      throw new CliError((error as Error).message, 1);
    } finally {
      progress?.stop();
    }
  };
  const monteCarlo = runs > 0 ? await ensemble(caseFile) : undefined;
  // With --levers, each recommendation lever's ensemble too, same seed: what the lever is worth in agreement.
  const leverEnsembles: Array<{ recommendation: string; comparison: EnsembleComparison }> = [];
  if (monteCarlo !== undefined && options.levers) {
    for (const recommendation of caseFile.recommendations.filter((r) => r.lever.length > 0)) {
      const changed = analyse(() => applyPatches(caseFile, recommendation.lever));
      leverEnsembles.push({
        recommendation: recommendation.id,
        comparison: compareEnsembles(monteCarlo, await ensemble(changed)),
      });
    }
  }

  if (options.json) {
    const result = {
      case: caseFile.meta.id,
      asOf: caseFile.meta.asOf,
      model: model ?? "all",
      forecasts,
      settlement: zone,
      bottomLine: settlementBottomLine(zone, monteCarlo),
      recommendationLevers,
      ...(scenario === undefined ? {} : { scenario }),
      ...(levers === undefined ? {} : { levers }),
      ...(monteCarlo === undefined ? {} : { monteCarlo: { workers, ...monteCarlo } }),
      ...(leverEnsembles.length === 0 ? {} : { leverEnsembles }),
    };
    terminal.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const { colors } = terminal;
  terminal.out(`${colors.bold(caseFile.meta.title)} (as of ${caseFile.meta.asOf})\n`);
  terminal.out(forecastTable(forecasts, colors));
  terminal.out(settlementTables(zone, colors));
  if (monteCarlo !== undefined) terminal.out(monteCarloTable(monteCarlo, colors));
  terminal.out(`\n${colors.bold("Bottom line:")} ${settlementBottomLine(zone, monteCarlo)}\n`);
  if (scenario !== undefined)
    terminal.out(
      comparisonTable(`Scenario ${scenario.id} against the baseline`, scenario.comparison, colors),
    );
  if (recommendationLevers.length > 0) terminal.out(leverValuesTables(recommendationLevers, colors));
  if (levers !== undefined) terminal.out(leversTable(levers, colors));
  for (const { recommendation, comparison } of leverEnsembles) {
    terminal.out(leverEnsembleTable(recommendation, comparison, runs, colors));
  }
  return 0;
}

async function simulatePeerFile(
  path: string,
  model: ModelFamily | undefined,
  seed: number,
  json: boolean,
  terminal: Terminal,
): Promise<number> {
  let run: Awaited<ReturnType<typeof runPeerFile>>;
  try {
    run = await runPeerFile(path, model, seed);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`no file ${path}`, 2);
    throw new CliError(`${path}: ${(error as Error).message}`, 1);
  }
  if (json) {
    terminal.out(`${JSON.stringify(run, null, 2)}\n`);
    return 0;
  }
  const { colors } = terminal;
  terminal.out(
    `${colors.bold(run.name)}: ${run.format}, ${run.actors} actors, ${run.dimensions.length} dimension(s)\n`,
  );
  const t = table(["setting", ...run.dimensions, "stop", "rounds", "note"], colors);
  for (const f of run.forecasts) {
    t.push([
      f.setting,
      ...f.outcome.map((x) => x.toFixed(2)),
      f.stop,
      f.rounds === null ? "—" : String(f.rounds),
      f.note ?? "",
    ]);
  }
  terminal.out(`${title("Forecast", colors)}${t.toString()}\n`);
  return 0;
}
