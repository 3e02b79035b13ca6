import type { CaseFile, Evidence } from "../case/index.ts";
import { estimativeTerms, type LintFinding, lintStatement, mixedRows } from "./lint.ts";
import type { Yardstick } from "./yardstick.ts";

/**
 * Lints a case's own wording (shared/docs/estimative-language.md §6): each judgment against its stated
 * probability, as a key judgment; scenarios' texts against their probabilities; ICD 203 rows across the whole
 * case; judgments that rest on no source; credibility-1 citations with no independent second source.
 */
export function lintCase(caseFile: CaseFile, yardstick: Yardstick): LintFinding[] {
  const findings: LintFinding[] = [];
  const allText: string[] = [];
  caseFile.judgments.forEach((judgment, i) => {
    const path = `judgments[${i}] (${judgment.id})`;
    findings.push(
      ...lintStatement(judgment.statement, {
        path: `${path}.statement`,
        yardstick,
        keyJudgment: true,
        ...(judgment.probability === undefined ? {} : { probability: judgment.probability }),
      }),
    );
    allText.push(judgment.statement);
    if (judgment.evidence === "analyst-estimate" && judgment.restsOn.length === 0)
      findings.push({
        code: "no-source",
        severity: "warning",
        path,
        message: "a key judgment that cites no source and rests on nothing in the case",
      });
  });
  caseFile.scenarios.forEach((scenario, i) => {
    const text = [scenario.description, scenario.reasoning ?? ""].join(" ");
    findings.push(
      ...lintStatement(text, {
        path: `scenarios[${i}] (${scenario.id})`,
        yardstick,
        ...(scenario.probability === undefined ? {} : { probability: scenario.probability }),
      }).filter((f) => f.code !== "mixed-rows"),
    );
    allText.push(text);
  });
  const documentRows = mixedRows(estimativeTerms(allText.join(" ")), "case");
  if (!findings.some((f) => f.code === "mixed-rows")) findings.push(...documentRows);
  for (const [path, evidence] of evidenceOf(caseFile)) findings.push(...corroboration(evidence, path));
  return findings;
}

/** A "1" (confirmed by other sources) needs a citation of a second, different source beside it. */
export function corroboration(evidence: Evidence, path: string): LintFinding[] {
  if (evidence === "analyst-estimate") return [];
  const sources = new Set(evidence.map((c) => c.source));
  return evidence
    .filter((c) => c.credibility === 1 && sources.size < 2)
    .map((c) => ({
      code: "uncorroborated-confirmed" as const,
      severity: "warning" as const,
      path,
      message: `credibility 1 ("confirmed by other sources") on ${c.source}, but no independent second source is cited`,
    }));
}

function evidenceOf(caseFile: CaseFile): Array<[string, Evidence]> {
  const out: Array<[string, Evidence]> = [];
  const sections = {
    actors: caseFile.actors,
    relations: caseFile.relations,
    issues: caseFile.issues,
    stances: caseFile.stances,
    proposals: caseFile.proposals,
    mediation: caseFile.mediation,
    facts: caseFile.facts,
    events: caseFile.events,
    judgments: caseFile.judgments,
    recommendations: caseFile.recommendations,
    scenarios: caseFile.scenarios,
  };
  for (const [name, items] of Object.entries(sections)) {
    (items as ReadonlyArray<{ evidence: Evidence; id?: string }>).forEach((item, i) => {
      out.push([`${name}[${i}]${item.id === undefined ? "" : ` (${item.id})`}`, item.evidence]);
    });
  }
  return out;
}
