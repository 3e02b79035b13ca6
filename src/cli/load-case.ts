import type { CaseFile } from "../core/case/index.ts";
import { CaseNotFoundError, type LoadedCase, loadCase } from "../io/case/index.ts";
import { CliError } from "./cli-error.ts";
import { problemLine, problemSummary } from "./problem-report.ts";
import type { Terminal } from "./terminal.ts";

/** Loads the case folder at `path`; a folder that does not exist is a usage error (exit 2). */
export async function loadCaseAt(path: string): Promise<LoadedCase> {
  try {
    return await loadCase(path);
  } catch (error) {
    if (error instanceof CaseNotFoundError) throw new CliError(error.message, 2);
    throw error;
  }
}

/**
 * Loads a case for a command that needs a valid one: an invalid case has its problems printed to stderr,
 * with a one-line summary pointing at `entente validate`, and gives null (the command exits 1).
 */
export async function loadValidCase(
  path: string,
  terminal: Terminal,
): Promise<{ case: CaseFile; problems: LoadedCase["problems"] } | null> {
  const loaded = await loadCaseAt(path);
  if (loaded.case === undefined) {
    for (const problem of loaded.problems) terminal.err(`${problemLine(problem, terminal.colors)}\n`);
    terminal.err(`${path}: invalid (${problemSummary(loaded.problems)}); run entente validate for details\n`);
    return null;
  }
  return { case: loaded.case, problems: loaded.problems };
}
