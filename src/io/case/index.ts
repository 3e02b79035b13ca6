export { builtInCasePath, builtInCases, defaultCaseName } from "./built-in-case.ts";
export {
  CaseNotFoundError,
  type CaseValidation,
  type LoadedCase,
  loadCase,
  validateCase,
} from "./load-case.ts";
