import { z } from "zod";

/** One thing wrong (or doubtful) in a case, located in the file a person edits. */
export const Problem = z.strictObject({
  severity: z.enum(["error", "warning"]),
  /** Stable kebab-case identifier, e.g. `unknown-key`, `unknown-reference`, `after-as-of`. */
  code: z.string(),
  file: z.string(),
  /** 1-based line and column of the offending node (for a missing key: its parent). */
  line: z.int(),
  column: z.int(),
  /** Path inside the merged case, e.g. `["actors", 3, "capability", "low"]`. */
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  expected: z.string().optional(),
});
export type Problem = z.output<typeof Problem>;
export type Severity = Problem["severity"];
export type ProblemPath = Problem["path"];

/**
 * A problem found on the merged data, before it is located in a file. `at: "key"` points at the key of the
 * last path segment (unknown or duplicate keys), `"parent"` at the map that lacks it (missing keys).
 */
export interface ProblemDraft {
  severity: Severity;
  code: string;
  path: ProblemPath;
  message: string;
  expected?: string;
  at?: "value" | "key" | "parent";
}

/** Files in the order given, then by position, so output reads top to bottom. */
export function compareProblems(fileOrder: readonly string[]) {
  return (a: Problem, b: Problem): number =>
    fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/** `actors[3].capability.low`: a path as people read it. */
export function formatPath(path: ProblemPath): string {
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join("");
}
