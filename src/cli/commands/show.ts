import type { Command } from "commander";
import { caseOverview } from "../../core/case/overview/case-overview.ts";
import { CaseNotFoundError, loadCase } from "../../io/case/index.ts";
import { caseArgument, casePath } from "../case-argument.ts";
import { CliError } from "../cli-error.ts";
import { problemLine, problemSummary } from "../problem-report.ts";
import { overviewText } from "../show/overview-tables.ts";
import { processTerminal, type Terminal } from "../terminal.ts";

export interface ShowOptions {
  json?: boolean;
}

/** `entente show`: the case at a glance; an invalid case prints its problems instead (exit 1). */
export async function runShow(argument: string | undefined, options: ShowOptions, terminal: Terminal) {
  const path = casePath(argument);
  let loaded: Awaited<ReturnType<typeof loadCase>>;
  try {
    loaded = await loadCase(path);
  } catch (error) {
    if (error instanceof CaseNotFoundError) throw new CliError(error.message, 2);
    throw error;
  }
  if (loaded.case === undefined) {
    for (const problem of loaded.problems) terminal.err(`${problemLine(problem, terminal.colors)}\n`);
    terminal.err(`${path}: invalid (${problemSummary(loaded.problems)}); run entente validate for details\n`);
    return 1;
  }
  const overview = caseOverview(loaded.case);
  if (options.json) {
    terminal.out(`${JSON.stringify({ path, problems: loaded.problems, ...overview }, null, 2)}\n`);
    return 0;
  }
  terminal.out(overviewText(overview, terminal.colors, Math.max(80, Math.min(terminal.width, 160))));
  if (loaded.problems.length > 0) {
    terminal.out("\n");
    for (const problem of loaded.problems) terminal.out(`${problemLine(problem, terminal.colors)}\n`);
  }
  return 0;
}

export function registerShow(program: Command): void {
  program
    .command("show")
    .description(
      "show a case: meta, actors, issues, the actor × issue position/salience matrix, events by month, judgments",
    )
    .argument(caseArgument.name, caseArgument.description)
    .option("--json", "print the same overview as JSON")
    .addHelpText("after", "\nExit status: 0 shown, 1 invalid case, 2 usage error (e.g. no such folder).")
    .action(async (argument: string | undefined, options: ShowOptions) => {
      process.exitCode = await runShow(argument, options, processTerminal());
    });
}
