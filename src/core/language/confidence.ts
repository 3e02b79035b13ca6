import type { Confidence, Reliability } from "../case/index.ts";

/**
 * A confidence level and its basis. ICD 203 asks for confidence and its basis but gives no numbers; PHIA judges it
 * on information base, analytical rigour, and complexity & volatility (shared/docs/estimative-language.md §2–3).
 * Entente's own rule, stated in the report's method section: three factor scores in [0, 1] —
 * sources (Admiralty grades), inputs (how narrow the input ranges are) and models (how far the models agree) —
 * averaged, then capped at the weakest factor + 0.25 so one weak foundation cannot be outvoted;
 * ≥ 0.7 is high, ≥ 0.45 moderate, below that low.
 */
export interface ConfidenceBasis {
  readonly level: Confidence;
  readonly score: number;
  readonly sources: number;
  readonly inputs: number;
  readonly models: number;
}

export interface SourceGrade {
  readonly reliability: Reliability | "analyst";
  /** Admiralty information credibility 1–6, when the citation gives one. */
  readonly credibility?: number;
}

const reliabilityScore: Record<Reliability | "analyst", number> = {
  A: 1,
  B: 0.8,
  C: 0.6,
  D: 0.4,
  E: 0.2,
  F: 0.3,
  analyst: 0.3,
};
// Credibility 6 ("cannot be judged") scores like F: no information rather than bad information.
const credibilityScore = [1, 0.8, 0.6, 0.4, 0.2, 0.3];

/** Mean score of the grades (reliability, averaged with credibility where given); 0.3 when there are none. */
export function sourceScore(grades: readonly SourceGrade[]): number {
  if (grades.length === 0) return 0.3;
  const scores = grades.map((g) => {
    const r = reliabilityScore[g.reliability];
    const c = g.credibility === undefined ? undefined : credibilityScore[g.credibility - 1];
    return c === undefined ? r : (r + c) / 2;
  });
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** 1 for point inputs, falling linearly to 0 when the mean input range spans half the 0–100 scale. */
export function inputScore(meanRangeWidth: number): number {
  return clamp01(1 - meanRangeWidth / 50);
}

/** 1 when the models give the same probability, 0 when their probabilities span 0.5 or more. */
export function agreementScore(probabilities: readonly number[]): number {
  if (probabilities.length < 2) return 0.5;
  return clamp01(1 - (Math.max(...probabilities) - Math.min(...probabilities)) / 0.5);
}

export function deriveConfidence(factors: {
  sources: number;
  inputs: number;
  models: number;
}): ConfidenceBasis {
  const { sources, inputs, models } = factors;
  const mean = (sources + inputs + models) / 3;
  const score = Math.min(mean, Math.min(sources, inputs, models) + 0.25);
  const level: Confidence = score >= 0.7 ? "high" : score >= 0.45 ? "moderate" : "low";
  return { level, score, sources, inputs, models };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
