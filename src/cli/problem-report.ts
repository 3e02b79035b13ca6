import type { Problem } from "../core/case/parse/index.ts";
import { formatPath } from "../core/case/parse/index.ts";
import type { Colors } from "./terminal.ts";

/** One problem per line, `file:line:col: error: message [code] (path)`, the form editors and CI link to. */
export function problemLine(problem: Problem, colors: Colors): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const severity = problem.severity === "error" ? colors.red("error") : colors.yellow("warning");
  const path = problem.path.length > 0 ? ` ${colors.dim(`(${formatPath(problem.path)})`)}` : "";
  return `${colors.bold(where)}: ${severity}: ${problem.message} ${colors.dim(`[${problem.code}]`)}${path}`;
}

function problemCounts(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function problemSummary(problems: readonly Problem[]): string {
  const { errors, warnings } = problemCounts(problems);
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
