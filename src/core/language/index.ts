export {
  agreementScore,
  type ConfidenceBasis,
  deriveConfidence,
  inputScore,
  type SourceGrade,
  sourceScore,
} from "./confidence.ts";
export {
  type EstimativeTerm,
  estimativeTerms,
  type LintCode,
  type LintFinding,
  lintStatement,
  sentences,
} from "./lint.ts";
export { corroboration, lintCase } from "./lint-case.ts";
export {
  findTerm,
  formatPercent,
  normaliseTerm,
  probabilityTerm,
  type RenderedProbability,
} from "./probability-term.ts";
export {
  type Band,
  icd203,
  phia,
  type Yardstick,
  type YardstickId,
  yardstickById,
  yardsticks,
} from "./yardstick.ts";
