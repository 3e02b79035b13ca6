import type { CaseFile, Citation } from "../case/index.ts";
import {
  agreementScore,
  type ConfidenceBasis,
  deriveConfidence,
  formatPercent,
  inputScore,
  lintStatement,
  probabilityTerm,
  type SourceGrade,
  sourceScore,
  type Yardstick,
} from "../language/index.ts";
import type { KeyJudgment } from "./types.ts";

/** The Admiralty grades behind a set of sources: each source's reliability with the citations' credibility. */
export function gradesOf(caseFile: CaseFile, evidence: readonly Citation[]): SourceGrade[] {
  return evidence.map((c) => {
    const source = caseFile.sources.find((s) => s.id === c.source);
    return {
      reliability: source?.reliability ?? "analyst",
      ...(c.credibility === undefined ? {} : { credibility: c.credibility }),
    };
  });
}

export interface JudgmentDraft {
  readonly id: string;
  /** The claim as a subject phrase, e.g. "A settlement … within 12 months". */
  readonly subject: string;
  readonly probability: number;
  readonly grades: readonly SourceGrade[];
  readonly rangeWidth: number;
  /** The probability each model or engine gives, for the agreement factor. */
  readonly modelProbabilities: readonly number[];
  readonly analyses: readonly string[];
  readonly sources: readonly string[];
}

/**
 * Words a drafted judgment in the yardstick: one sentence with the likelihood term and the number, and a
 * separate sentence with the confidence and its basis (ICD 203: never both in one sentence; one row of terms).
 */
export function renderJudgment(draft: JudgmentDraft, yardstick: Yardstick): KeyJudgment {
  const rendered = probabilityTerm(draft.probability, yardstick);
  const statement = sentence(draft.subject, rendered.term, formatPercent(draft.probability));
  const confidence: ConfidenceBasis = deriveConfidence({
    sources: sourceScore(draft.grades),
    inputs: inputScore(draft.rangeWidth),
    models: agreementScore(draft.modelProbabilities),
  });
  const confidenceStatement = `We hold this judgment with ${confidence.level} confidence (sources ${score(confidence.sources)}, input ranges ${score(confidence.inputs)}, model agreement ${score(confidence.models)}).`;
  const findings = lintStatement(statement, {
    path: draft.id,
    yardstick,
    keyJudgment: true,
    probability: { value: draft.probability, low: draft.probability, high: draft.probability },
  });
  // Generated wording is checked by the same lint as the case's; a failure is a bug, reported, never fatal.
  const failure = findings.find((f) => f.severity === "error");
  const warning = [
    rendered.warning,
    failure === undefined ? undefined : `wording check failed: ${failure.message}`,
  ]
    .filter((w) => w !== undefined)
    .join("; ");
  return {
    id: draft.id,
    statement,
    probability: draft.probability,
    term: rendered.term,
    confidence,
    confidenceStatement,
    analyses: [...draft.analyses],
    sources: [...new Set(draft.sources)].sort(),
    ...(warning === "" ? {} : { warning }),
  };
}

/**
 * "X is likely (70 %)." for adjective terms; "There is a roughly even chance (50 %) of x." for the terms that
 * are nouns (chance, odds, possibility).
 */
export function sentence(subject: string, term: string, percent: string): string {
  if (!/chance|odds|possibility/.test(term)) return `${subject} is ${term} (${percent}).`;
  const article = /^(almost no|roughly even odds)/.test(term) ? "" : "a ";
  const lowered = subject.charAt(0).toLowerCase() + subject.slice(1);
  return `There is ${article}${term} (${percent}) of ${lowered}.`;
}

function score(x: number): string {
  return x.toFixed(2);
}
