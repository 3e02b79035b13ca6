import { assertNever } from "../assert-never.ts";
import type { CaseFile, JudgmentClaim } from "../case/index.ts";
import { formatPercent, probabilityTerm, type Yardstick } from "../language/index.ts";
import type { Ensemble } from "./ensemble.ts";
import { ESCALATION_RUNS } from "./escalation.ts";
import { agreementProbability } from "./settlement.ts";
import { succession } from "./succession.ts";
import type { AnalystCheck, EscalationOutlook } from "./types.ts";

/** How far beyond the analyst's stated range the models' probability may fall before it counts as a disagreement. */
export const CHECK_TOLERANCE = 0.1;

/** The models' probability for a judgment's claim, or null when the models cannot speak to it. */
export function modelProbability(
  claim: JudgmentClaim,
  context: {
    ensemble: Ensemble;
    acceptance: number;
    timeConstant: number;
    escalation: EscalationOutlook;
  },
): number | null {
  switch (claim.kind) {
    case "agreement":
      return agreementProbability(context.acceptance, claim.months, context.timeConstant);
    case "fatalities": {
      const model = context.escalation.models.find((m) => m.model === context.escalation.primary);
      const p = model?.thresholds.find(
        (t) => t.months === claim.months && t.atLeast === claim.atLeast,
      )?.probability;
      return p === undefined ? null : succession(p, ESCALATION_RUNS);
    }
    case "outcome": {
      const xs = context.ensemble.outcomes[claim.issue];
      if (xs === undefined || xs.length === 0) return null;
      return succession(
        xs.filter((x) => x >= claim.atLeast && x <= claim.atMost).length / xs.length,
        xs.length,
      );
    }
    default:
      return assertNever(claim);
  }
}

/**
 * Compares each of the case's judgments with the models: a disagreement when the models' probability lies
 * more than CHECK_TOLERANCE outside the analyst's stated range; both numbers and both words are reported.
 */
export function analystChecks(
  caseFile: CaseFile,
  yardstick: Yardstick,
  context: Parameters<typeof modelProbability>[1],
): AnalystCheck[] {
  return caseFile.judgments.map((j) => {
    const base = { judgment: j.id, statement: j.statement, statedConfidence: j.confidence };
    const stated = j.probability ?? null;
    if (j.claim === undefined || stated === null)
      return {
        ...base,
        stated,
        model: null,
        verdict: "unchecked" as const,
        message:
          j.claim === undefined
            ? "No checkable claim is attached to this judgment."
            : "The judgment states no probability to compare.",
      };
    const model = modelProbability(j.claim, context);
    if (model === null)
      return {
        ...base,
        stated,
        model,
        verdict: "unchecked" as const,
        message: "The models give no probability for this claim.",
      };
    const outside = model < stated.low - CHECK_TOLERANCE || model > stated.high + CHECK_TOLERANCE;
    const statedText =
      stated.low === stated.high
        ? formatPercent(stated.value)
        : `${formatPercent(stated.low)}–${formatPercent(stated.high)}`;
    const words = `the case says ${statedText} (${probabilityTerm(stated.value, yardstick).term}), the models ${formatPercent(model)} (${probabilityTerm(model, yardstick).term})`;
    return {
      ...base,
      stated,
      model,
      verdict: outside ? ("disagrees" as const) : ("agrees" as const),
      message: outside ? `Disagreement: ${words}.` : `Consistent: ${words}.`,
    };
  });
}
