import type { Command } from "commander";
import { modelFamilies } from "../../core/analysis/model-setting.ts";
import { caseArgument } from "../case-argument.ts";
import { collect } from "../collect-option.ts";
import { processTerminal } from "../terminal.ts";

/**
 * `entente simulate`'s options and help, light enough for start-up: the analyses, the worker pool and the
 * tables load from `simulate.ts` when the command runs.
 */
export interface SimulateOptions {
  model?: string;
  issue?: string[];
  runs?: string;
  seed?: string;
  scenario?: string;
  workers?: string;
  levers?: boolean;
  input?: string;
  json?: boolean;
}

export const DEFAULT_RUNS = 200;

export function registerSimulate(program: Command): void {
  program
    .command("simulate")
    .description(
      "bargaining forecasts per issue (BDM, KTAB SMP, compromise, weighted median, status quo), the settlement zone, Monte Carlo intervals, levers and scenarios",
    )
    .argument(caseArgument.name, caseArgument.description)
    .option("--model <model>", `one model family: ${modelFamilies.join(", ")} (default: all)`)
    .option("--issue <id>", "only this issue (repeatable)", collect)
    .option("--runs <n>", `Monte Carlo runs (0: none)`, String(DEFAULT_RUNS))
    .option("--seed <s>", "seed of the Monte Carlo ensemble", "1")
    .option("--scenario <id>", "also run this case scenario and show the difference from the baseline")
    .option("--workers <n>", "worker threads for the Monte Carlo runs (0: none; default min(2, cores))")
    .option(
      "--levers",
      "rank every actor's capability, salience and position by how far it moves each outcome",
    )
    .option(
      "--input <file>",
      "run a peer file instead of a case: a BDM CSV table, a KTAB CSV or XML scenario",
    )
    .option("--json", "print the results as JSON")
    .addHelpText(
      "after",
      "\nExit status: 0 done, 1 invalid case or input the models cannot run, 2 usage error.",
    )
    .action(async (argument: string | undefined, options: SimulateOptions) => {
      const { runSimulate } = await import("./simulate.ts");
      process.exitCode = await runSimulate(argument, options, processTerminal());
    });
}
