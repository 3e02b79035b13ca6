import type { Command } from "commander";
import { caseArgument, casePath } from "../case-argument.ts";
import { CliError } from "../cli-error.ts";
import { processTerminal, type Terminal } from "../terminal.ts";

export interface ValidateOptions {
  json?: boolean;
}

/** `entente validate`: every problem of a case with its location; exit 0 valid (warnings allowed), 1 invalid. */
export async function runValidate(
  argument: string | undefined,
  options: ValidateOptions,
  terminal: Terminal,
) {
  // Loaded here, not at start-up (`entente --help`).
  const [{ CaseNotFoundError, validateCase }, { problemLine, problemSummary }] = await Promise.all([
    import("../../io/case/index.ts"),
    import("../problem-report.ts"),
  ]);
  const path = casePath(argument);
  let result: Awaited<ReturnType<typeof validateCase>>;
  try {
    result = await validateCase(path);
  } catch (error) {
    if (error instanceof CaseNotFoundError) throw new CliError(error.message, 2);
    throw error;
  }
  if (options.json) {
    terminal.out(`${JSON.stringify({ path, ...result }, null, 2)}\n`);
    return result.valid ? 0 : 1;
  }
  const { colors } = terminal;
  for (const problem of result.problems) terminal.out(`${problemLine(problem, colors)}\n`);
  const files = `${result.files.length} file${result.files.length === 1 ? "" : "s"}`;
  const verdict = result.valid ? colors.green("valid") : colors.red("invalid");
  terminal.out(`${path}: ${verdict} (${files}; ${problemSummary(result.problems)})\n`);
  return result.valid ? 0 : 1;
}

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("check a case and report every problem with file:line:col, its path and what was expected")
    .argument(caseArgument.name, caseArgument.description)
    .option("--json", "print the problems as JSON")
    .addHelpText(
      "after",
      "\nExit status: 0 valid (warnings allowed), 1 invalid case, 2 usage error (e.g. no such folder).",
    )
    .action(async (argument: string | undefined, options: ValidateOptions) => {
      process.exitCode = await runValidate(argument, options, processTerminal());
    });
}
