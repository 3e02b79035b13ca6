import { suggestion } from "./did-you-mean.ts";
import type { ProblemDraft, ProblemPath } from "./problem.ts";
import { isRecord, text } from "./raw-case.ts";

const evidenceKeys = new Set(["evidence", "capabilityEvidence"]);

/** Every citation, wherever it sits (actors added by scenarios included), names a source the case lists. */
export function checkCitations(data: unknown, sources: ReadonlySet<string>): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const visit = (value: unknown, path: ProblemPath, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index], depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (evidenceKeys.has(key) && Array.isArray(child)) {
        child.forEach((citation, index) => {
          const source = isRecord(citation) ? text(citation, "source") : undefined;
          if (source === undefined || sources.has(source)) return;
          problems.push({
            severity: "error",
            code: "unknown-source",
            path: [...path, key, index, "source"],
            message: `unknown source ${JSON.stringify(source)}${suggestion(source, sources)}`,
            expected: "the id of a source in sources",
          });
        });
      } else visit(child, [...path, key], depth + 1);
    }
  };
  visit(data, [], 0);
  return problems;
}
