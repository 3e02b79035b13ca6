import type { CaseFile } from "../case/index.ts";
import type { Positions } from "./settlement.ts";
import type { ScenarioOutlook } from "./types.ts";

/**
 * The scenario-weighted outlook: scenarios with a probability are mixed with the baseline by those
 * probabilities (treated as mutually exclusive; scaled to sum to 1 when they exceed it).
 */
export function scenarioOutlook(
  caseFile: CaseFile,
  forecast: Positions,
  baselineAgreement: ReadonlyArray<{ months: number; probability: number }>,
  results: ScenarioOutlook["scenarios"],
): ScenarioOutlook {
  const weighted = results.filter((s) => s.probability !== null);
  const total = weighted.reduce((sum, s) => sum + (s.probability ?? 0), 0);
  const scale = total > 1 ? 1 / total : 1;
  const baselineWeight = Math.max(0, 1 - total * scale);
  const mix = (base: number, pick: (s: (typeof results)[number]) => number) =>
    baselineWeight * base + weighted.reduce((sum, s) => sum + (s.probability ?? 0) * scale * pick(s), 0);
  return {
    scenarios: results,
    baselineWeight,
    weighted: caseFile.issues.map((i) => ({
      issue: i.id,
      baseline: forecast[i.id] ?? i.statusQuo.value,
      weighted: mix(
        forecast[i.id] ?? i.statusQuo.value,
        (s) => s.outcomes.find((o) => o.issue === i.id)?.value ?? 0,
      ),
    })),
    weightedAgreement: baselineAgreement.map((a, k) => ({
      months: a.months,
      baseline: a.probability,
      weighted: mix(a.probability, (s) => s.agreement[k]?.probability ?? 0),
    })),
    note:
      total > 1
        ? `The scenarios' probabilities sum to ${total.toFixed(2)} > 1; they were scaled to sum to 1, leaving no weight on the baseline.`
        : `Scenarios are treated as mutually exclusive developments; the baseline keeps the remaining weight ${baselineWeight.toFixed(2)}. Scenarios without a probability are shown but not mixed in.`,
  };
}
