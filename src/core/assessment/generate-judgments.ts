import type { ModelSetting } from "../analysis/index.ts";
import type { CaseFile, Evidence } from "../case/index.ts";
import type { Yardstick } from "../language/index.ts";
import { mean } from "../stats/moments.ts";
import type { Ensemble } from "./ensemble.ts";
import { ESCALATION_HORIZONS, ESCALATION_RUNS } from "./escalation.ts";
import { gradesOf, type JudgmentDraft, renderJudgment } from "./key-judgments.ts";
import { evidenceSources } from "./perspectives.ts";
import { meanRangeWidth } from "./sample-case.ts";
import { succession } from "./succession.ts";
import type { Assessment, IssueForecast } from "./types.ts";

/**
 * The key judgments the models support, drafted as numbers and worded by `renderJudgment`: agreement within
 * 12 and 36 months, deaths over 3 and 12 months, and the two issues whose forecast moves furthest from the
 * status quo.
 */
function citations(evidence: Evidence): string[] {
  return evidenceSources(evidence);
}

export function generateJudgments(
  caseFile: CaseFile,
  yardstick: Yardstick,
  ctx: {
    ensemble: Ensemble;
    settlement: Assessment["settlement"];
    escalation: Assessment["escalation"];
    bargaining: readonly IssueForecast[];
    engines: readonly ModelSetting[];
  },
) {
  const drafts: JudgmentDraft[] = [];
  const vetoNames = ctx.settlement.vetoPlayers.map(
    (id) => caseFile.actors.find((a) => a.id === id)?.name ?? id,
  );
  const stanceEvidence = caseFile.stances
    .filter((s) => ctx.settlement.vetoPlayers.includes(s.actor))
    .flatMap((s) => (s.evidence === "analyst-estimate" ? [] : s.evidence));
  const perEngine = ctx.engines.flatMap((_, e) => {
    const mine = ctx.ensemble.acceptance.filter((_, r) => ctx.ensemble.engine[r] === e);
    return mine.length === 0 ? [] : [mean(mine)];
  });
  for (const months of [12, 36] as const) {
    const h = ctx.settlement.horizons.find((x) => x.months === months);
    if (h === undefined || vetoNames.length === 0) continue;
    const q = ctx.settlement.acceptance;
    drafts.push({
      id: `settlement-${months}m`,
      subject: `A settlement that ${listNames(vetoNames)} all prefer to the status quo, agreed within ${months} months,`,
      probability: h.probability,
      grades: gradesOf(caseFile, stanceEvidence),
      rangeWidth: meanRangeWidth(caseFile),
      modelProbabilities: perEngine.map((p) => (q > 0 ? (p / q) * h.probability : p)),
      analyses: ["settlement", "bargaining"],
      sources: stanceEvidence.map((c) => c.source),
    });
  }
  const esc = ctx.escalation;
  const primary = esc.models.find((m) => m.model === esc.primary);
  const eventEvidence = caseFile.events.flatMap((e) => (e.evidence === "analyst-estimate" ? [] : e.evidence));
  const knownShare =
    caseFile.events.length === 0 ? 0 : 1 - esc.unknownFatalityEvents / caseFile.events.length;
  const escalationDraft = (months: number, atLeast: number, subject: string) => {
    const p = primary?.thresholds.find((t) => t.months === months && t.atLeast === atLeast)?.probability;
    if (p === undefined) return;
    drafts.push({
      id: `fatalities-${atLeast}-${months}m`,
      subject,
      probability: succession(p, ESCALATION_RUNS),
      grades: gradesOf(caseFile, eventEvidence),
      rangeWidth: (1 - knownShare) * 50,
      modelProbabilities: esc.models
        .filter((m) => m.model !== "zero")
        .map((m) => m.thresholds.find((t) => t.months === months && t.atLeast === atLeast)?.probability ?? p),
      analyses: ["escalation"],
      sources: eventEvidence.map((c) => c.source),
    });
  };
  escalationDraft(ESCALATION_HORIZONS[0], 25, "At least 25 conflict deaths in the next 3 months");
  escalationDraft(ESCALATION_HORIZONS[1], 25, "At least 25 conflict deaths in the next 12 months");
  escalationDraft(
    ESCALATION_HORIZONS[1],
    1000,
    "Fighting that kills at least 1,000 people (a war by UCDP's threshold) in the next 12 months",
  );
  const moving = [...ctx.bargaining]
    .filter((b) => b.favours !== null && Math.abs(b.shift) >= 5)
    .sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift));
  for (const b of moving.slice(0, 2)) {
    const who = caseFile.stances.find((s) => s.issue === b.issue && s.actor === b.favours);
    if (who === undefined) continue;
    const xs = ctx.ensemble.outcomes[b.issue] ?? [];
    const towards = (x: number) =>
      Math.abs(x - b.statusQuo) >= 1 && (x - b.statusQuo) * (who.position.value - b.statusQuo) > 0;
    const closer = xs.filter(towards).length / Math.max(1, xs.length);
    const name = caseFile.actors.find((a) => a.id === who.actor)?.name ?? who.actor;
    const byEngine = ctx.engines.map((_, e) => {
      const mine = xs.filter((_, r) => ctx.ensemble.engine[r] === e);
      return mine.filter(towards).length / Math.max(1, mine.length);
    });
    const issueEvidence = caseFile.stances
      .filter((s) => s.issue === b.issue)
      .flatMap((s) => (s.evidence === "analyst-estimate" ? [] : s.evidence));
    drafts.push({
      id: `outcome-${b.issue}`,
      subject: `A bargaining outcome on ${b.name} that moves the status quo towards ${possessive(name)} position`,
      probability: succession(closer, xs.length),
      grades: gradesOf(caseFile, issueEvidence),
      rangeWidth: meanRangeWidth(caseFile, b.issue),
      modelProbabilities: byEngine,
      analyses: ["bargaining", `issue:${b.issue}`],
      sources: [
        ...issueEvidence.map((c) => c.source),
        ...citations(caseFile.issues.find((i) => i.id === b.issue)?.evidence ?? "analyst-estimate"),
      ],
    });
  }
  return drafts.map((d) => renderJudgment(d, yardstick));
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
