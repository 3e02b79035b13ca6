import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { CaseFile } from "../../core/case/case-file.ts";
import {
  type CaseText,
  compareProblems,
  hasErrors,
  type Problem,
  parseCase,
} from "../../core/case/parse/index.ts";

/** A case folder that does not exist or is not a folder: a usage error, not a problem in a case. */
export class CaseNotFoundError extends Error {
  constructor(path: string, reason: string) {
    super(`no case at ${path}: ${reason}`);
    this.name = "CaseNotFoundError";
  }
}

export interface LoadedCase {
  /** The validated case, present only when there is no error. */
  case?: CaseFile;
  problems: Problem[];
  /** The files read, in merge order (`case.yaml` first), named as problems name them. */
  files: string[];
}

const yamlName = /\.ya?ml$/i;

/** `case.yaml` first, then the other YAML files by name. */
function mergeOrder(a: string, b: string): number {
  const rank = (name: string) => (name === "case.yaml" || name === "case.yml" ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The YAML files of a case: every `*.yaml`/`*.yml` in a folder, or the one file given. */
async function caseFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new CaseNotFoundError(path, "no such file or folder");
  if (info.isFile()) {
    if (!yamlName.test(path)) throw new CaseNotFoundError(path, "expected a folder or a .yaml file");
    return [path];
  }
  if (!info.isDirectory()) throw new CaseNotFoundError(path, "expected a folder or a .yaml file");
  const entries = await readdir(path, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && yamlName.test(entry.name))
    .map((entry) => entry.name);
  return names.sort(mergeOrder).map((name) => join(path, name));
}

/** Decodes a file as UTF-8; bytes that are not UTF-8 become U+FFFD and a warning at the first of them. */
function decode(name: string, bytes: Uint8Array): { text: string; problem?: Problem } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const before = text.slice(0, Math.max(0, text.indexOf("\uFFFD")));
    const lines = before.split("\n");
    return {
      text,
      problem: {
        severity: "warning",
        code: "not-utf8",
        file: name,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
        path: [],
        message:
          "the file is not valid UTF-8; bytes that are not were read as \uFFFD (save the file as UTF-8)",
      },
    };
  }
}

/** Reads a case folder (or one case file) and parses it; throws only `CaseNotFoundError`. */
export async function loadCase(path: string): Promise<LoadedCase> {
  const files = await caseFiles(path);
  const decoded = await Promise.all(
    files.map(async (file) => ({ name: file, ...decode(file, await readFile(file)) })),
  );
  const texts: CaseText[] = decoded.map(({ name, text }) => ({ name, text }));
  const parsed = parseCase(texts);
  // With no file to point at, point at the folder.
  for (const problem of parsed.problems) if (problem.file === "") problem.file = path;
  const encoding = decoded.flatMap(({ problem }) => (problem === undefined ? [] : [problem]));
  const problems = [...encoding, ...parsed.problems].sort(compareProblems(files));
  return parsed.case === undefined ? { problems, files } : { case: parsed.case, problems, files };
}

export interface CaseValidation {
  valid: boolean;
  errors: number;
  warnings: number;
  problems: Problem[];
  files: string[];
}

/** Validates a case folder: valid when it has no error (warnings allowed). */
export async function validateCase(path: string): Promise<CaseValidation> {
  const { problems, files } = await loadCase(path);
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return { valid: !hasErrors(problems), errors, warnings: problems.length - errors, problems, files };
}
