import type { Command } from "commander";
import { caseArgument, casePath } from "../case-argument.ts";
import { processTerminal, type Terminal } from "../terminal.ts";

export interface ShowOptions {
  json?: boolean;
}

/** `entente show`: the case at a glance; an invalid case prints its problems instead (exit 1). */
export async function runShow(argument: string | undefined, options: ShowOptions, terminal: Terminal) {
  // Loaded here, not at start-up (`entente --help`).
  const [{ caseOverview }, { loadValidCase }, { problemLine }, { overviewText }] = await Promise.all([
    import("../../core/case/overview/case-overview.ts"),
    import("../load-case.ts"),
    import("../problem-report.ts"),
    import("../show/overview-tables.ts"),
  ]);
  const path = casePath(argument);
  const loaded = await loadValidCase(path, terminal);
  if (loaded === null) return 1;
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
