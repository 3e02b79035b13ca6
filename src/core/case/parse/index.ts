export { caseJsonSchema } from "./json-schema.ts";
export { type CaseText, type ParsedCase, parseCase } from "./parse-case.ts";
export {
  compareProblems,
  formatPath,
  hasErrors,
  Problem,
  type ProblemPath,
  type Severity,
} from "./problem.ts";
