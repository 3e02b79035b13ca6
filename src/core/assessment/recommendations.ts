import type { CaseFile } from "../case/index.ts";
import type { Assessment, PatchedAgreement, PatchedOutcome, RecommendationAssessment } from "./types.ts";

/** One sentence on what a recommendation's lever does to the forecast and to the probability of agreement. */
export function recommendationVerdict(
  caseFile: CaseFile,
  result: {
    outcomes: readonly PatchedOutcome[];
    agreement: readonly PatchedAgreement[];
  } | null,
): string {
  if (result === null) return "The recommendation names no lever the models can evaluate.";
  const a12 = result.agreement.find((a) => a.months === 12);
  const biggest = [...result.outcomes].sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta))[0];
  const issueName = caseFile.issues.find((i) => i.id === biggest?.issue)?.name ?? biggest?.issue ?? "";
  const moves =
    biggest === undefined || Math.abs(biggest.delta) < 0.5
      ? "moves no issue's forecast by half a point or more"
      : `moves the forecast on ${issueName} by ${biggest.delta >= 0 ? "+" : ""}${biggest.delta.toFixed(1)} points`;
  const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
  const agreement =
    a12 === undefined
      ? ""
      : Math.abs(a12.delta) < 0.005
        ? `leaves the probability of agreement within 12 months at ${pct(a12.probability)}`
        : `changes the probability of agreement within 12 months by ${a12.delta >= 0 ? "+" : "−"}${pct(Math.abs(a12.delta))} to ${pct(a12.probability)}`;
  return `Pulling this lever ${moves} and ${agreement}.`;
}

/**
 * Adds each recommendation's lever to its addressees' lists (evaluated through the whole ensemble), so the
 * brief's recommendations are ranked beside the one-at-a-time levers.
 */
export function withRecommendationLevers(
  ranked: Assessment["levers"],
  recommendations: readonly RecommendationAssessment[],
): Assessment["levers"] {
  return ranked.map((entry) => {
    const extra = recommendations
      .filter((r) => r.addressees.includes(entry.actor) && r.outcomes.length > 0)
      .map((r) => {
        const biggest = [...r.outcomes].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0];
        const a12 = r.agreement.find((a) => a.months === 12);
        return {
          kind: "recommendation" as const,
          issue: biggest?.issue ?? "",
          change: `recommendation ${r.recommendation}`,
          delta: biggest?.delta ?? 0,
          marginDelta: 0,
          agreementDelta: a12?.delta ?? 0,
        };
      });
    return { ...entry, levers: [...extra, ...entry.levers] };
  });
}
