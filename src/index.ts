/**
 * Entente as a library: `import { loadCase, validateCase } from "entente"`.
 * Case parsing is pure (`parseCase` runs in the browser too); loading reads a folder from disk.
 */
export * from "./core/case/index.ts";
export {
  type CaseText,
  caseJsonSchema,
  compareProblems,
  formatPath,
  hasErrors,
  type ParsedCase,
  Problem,
  type ProblemPath,
  parseCase,
  type Severity,
} from "./core/case/parse/index.ts";
export {
  builtInCasePath,
  builtInCases,
  CaseNotFoundError,
  type CaseValidation,
  defaultCaseName,
  type LoadedCase,
  loadCase,
  validateCase,
} from "./io/case/index.ts";
