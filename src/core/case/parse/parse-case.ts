import { CaseFile } from "../case-file.ts";
import { indexCase } from "./case-index.ts";
import { locate } from "./case-origins.ts";
import { checkCapability } from "./check-capability.ts";
import { checkCitations } from "./check-citations.ts";
import { checkDates } from "./check-dates.ts";
import { checkDuplicates } from "./check-duplicates.ts";
import { checkRanges } from "./check-ranges.ts";
import { checkReferences } from "./check-references.ts";
import { caseErrorMap } from "./error-map.ts";
import { mergeFiles } from "./merge-files.ts";
import { compareProblems, hasErrors, type Problem, type ProblemDraft } from "./problem.ts";
import { parseYamlFile, type YamlFile } from "./yaml-file.ts";
import { zodProblems } from "./zod-problems.ts";

/** Problems that may only mean a broken file failed to define something. */
const dependsOnOtherFiles = new Set(["unknown-reference", "unknown-source", "missing-capability"]);

export interface CaseText {
  /** The file's name as problems should show it, e.g. `case.yaml` or `cases/nk/actors.yaml`. */
  name: string;
  text: string;
}

export interface ParsedCase {
  /** The validated case, present only when there is no error (warnings allowed). */
  case?: CaseFile;
  problems: Problem[];
}

/**
 * Parses, merges and validates the YAML files of one case (`case.yaml` first) and reports every problem with
 * its file, line and column. Pure and total: it never throws, whatever the input.
 */
export function parseCase(files: readonly CaseText[]): ParsedCase {
  try {
    return parseCaseFiles(files);
  } catch (error) {
    return {
      problems: [
        {
          severity: "error",
          code: "internal-error",
          file: files[0]?.name ?? "",
          line: 1,
          column: 1,
          path: [],
          message: `the validator failed on this input (please report it): ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
}

function parseCaseFiles(texts: readonly CaseText[]): ParsedCase {
  if (texts.length === 0)
    return {
      problems: [
        {
          severity: "error",
          code: "no-files",
          file: "",
          line: 1,
          column: 1,
          path: [],
          message: "no case files given (a case folder holds case.yaml and optionally more *.yaml files)",
        },
      ],
    };
  const problems: Problem[] = [];
  const files: YamlFile[] = texts.map(({ name, text }) => {
    const parsed = parseYamlFile(name, String(text));
    problems.push(...parsed.problems);
    return parsed.file;
  });
  const merged = mergeFiles(files);
  problems.push(...merged.problems);

  const result = CaseFile.safeParse(merged.data, { error: caseErrorMap, reportInput: true });
  const index = indexCase(merged.data);
  const drafts: ProblemDraft[] = [
    ...(result.success ? [] : zodProblems(result.error.issues)),
    ...checkDuplicates(merged.data, index),
    ...checkReferences(merged.data, index),
    ...checkCitations(merged.data, index.sources),
    ...checkCapability(merged.data),
    ...checkDates(merged.data),
    ...checkRanges(merged.data),
  ];
  // A file whose YAML is broken gets only its YAML problems: the rest would echo them. And while any file is
  // broken, what it defines is unknown, so references into it are not reported either.
  const broken = new Set(files.filter((file) => file.broken).map((file) => file.name));
  for (const { at, ...draft } of drafts) {
    const problem: Problem = { ...draft, ...locate(merged.origins, draft.path, at) };
    if (broken.has(problem.file)) continue;
    if (
      broken.size > 0 &&
      (dependsOnOtherFiles.has(problem.code) ||
        (problem.path.length === 1 && problem.path[0] === "meta" && problem.code === "missing-key"))
    )
      continue;
    problems.push(problem);
  }

  const unique = [
    ...new Map(problems.map((p) => [`${p.file}:${p.line}:${p.column}:${p.code}:${p.message}`, p])).values(),
  ];
  unique.sort(compareProblems(texts.map((text) => text.name)));
  return result.success && !hasErrors(unique)
    ? { case: result.data, problems: unique }
    : { problems: unique };
}
