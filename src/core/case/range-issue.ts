import type { z } from "zod";

/**
 * The zod issue for a range bound on the wrong side of its point (`low` above it, `high` below it);
 * `parseCase` reports it with the problem code `range-excludes-point`.
 */
export function rangeExcludesPoint(
  bound: "low" | "high",
  input: number,
  message: string,
): z.core.$ZodRawIssue {
  return { code: "custom", input, path: [bound], message, params: { problem: "range-excludes-point" } };
}
