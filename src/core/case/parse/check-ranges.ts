import type { ProblemDraft } from "./problem.ts";
import { isRecord, type RawRecord, sectionItems } from "./raw-case.ts";

function numberAt(record: RawRecord, key: string): number | undefined {
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Ranges the schema cannot see whole: a fact's value inside its low–high, a claim's atLeast ≤ atMost. */
export function checkRanges(data: RawRecord): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  for (const { item, path } of sectionItems(data, "facts")) {
    const value = numberAt(item, "value");
    const low = numberAt(item, "low");
    const high = numberAt(item, "high");
    const outside = (key: "low" | "high", message: string, expected: string) =>
      problems.push({
        severity: "error",
        code: "range-excludes-point",
        path: [...path, key],
        message,
        expected,
      });
    if (low !== undefined && high !== undefined && low > high)
      outside("low", `range low ${low} is above the high ${high}`, `a low of at most ${high}`);
    else if (value !== undefined && low !== undefined && low > value)
      outside("low", `range low ${low} is above the value ${value}`, `a low of at most ${value}`);
    else if (value !== undefined && high !== undefined && high < value)
      outside("high", `range high ${high} is below the value ${value}`, `a high of at least ${value}`);
  }
  for (const { item, path } of sectionItems(data, "judgments")) {
    if (!isRecord(item.claim) || item.claim.kind !== "outcome") continue;
    const atLeast = numberAt(item.claim, "atLeast");
    const atMost = numberAt(item.claim, "atMost");
    if (atLeast !== undefined && atMost !== undefined && atLeast > atMost)
      problems.push({
        severity: "error",
        code: "empty-range",
        path: [...path, "claim", "atMost"],
        message: `atMost ${atMost} is below atLeast ${atLeast}`,
        expected: `a value of at least ${atLeast}`,
      });
  }
  return problems;
}
