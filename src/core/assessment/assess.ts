import type { CaseFile, Evidence } from "../case/index.ts";
import {
  type LintFinding,
  lintCase,
  lintStatement,
  type Yardstick,
  yardstickById,
} from "../language/index.ts";
import { applyPatches } from "../scenario/index.ts";
import { analystChecks } from "./analyst-checks.ts";
import { caseHash } from "./case-hash.ts";
import {
  baselineEngines,
  type EngineSpec,
  engineLabel,
  leverEngines,
  modelEngines,
  runEngine,
} from "./engines.ts";
import { type Ensemble, histogram, interval, mean, runEnsemble, varianceSplit } from "./ensemble.ts";
import { ESCALATION_HORIZONS, ESCALATION_RUNS, escalationOutlook } from "./escalation.ts";
import { gradesOf, type JudgmentDraft, renderJudgment } from "./key-judgments.ts";
import { levers } from "./levers.ts";
import { methodNotes } from "./method.ts";
import { evidenceSources, perspectives, thirdParties } from "./perspectives.ts";
import { meanRangeWidth } from "./sample-case.ts";
import { agreementCurve, DEFAULT_TIME_CONSTANT, settlementOutlook } from "./settlement.ts";
import { succession } from "./succession.ts";
import type { Assessment, IssueForecast, RecommendationAssessment, ScenarioOutlook } from "./types.ts";
import type { Package } from "./utility.ts";

export interface AssessOptions {
  readonly seed: number;
  /** Monte Carlo runs per ensemble (baseline, each scenario, each recommendation). */
  readonly runs: number;
  readonly yardstick?: Yardstick | "icd203" | "phia";
  readonly engines?: readonly EngineSpec[];
  /** τ of the agreement curve, months. */
  readonly timeConstant?: number;
}

export const DEFAULT_RUNS = 24;
export const DEFAULT_SEED = 20220831;

function medians(caseFile: CaseFile, ensemble: Ensemble): Package {
  return Object.fromEntries(
    caseFile.issues.map((i) => [i.id, interval(ensemble.outcomes[i.id] ?? [i.statusQuo.value]).value]),
  );
}

/** The whole assessment of a case (pure and deterministic for a given seed). */
export function assess(caseFile: CaseFile, options: AssessOptions): Assessment {
  const yardstick =
    typeof options.yardstick === "object" ? options.yardstick : yardstickById(options.yardstick ?? "icd203");
  const engines = options.engines ?? modelEngines;
  const { runs, seed } = options;
  const tau = options.timeConstant ?? DEFAULT_TIME_CONSTANT;
  const ensemble = runEnsemble(caseFile, engines, runs, seed);
  const forecast = medians(caseFile, ensemble);

  const profiles = perspectives(caseFile, forecast);
  const settlement = settlementOutlook(caseFile, ensemble, forecast, tau);
  const bargaining = issueForecasts(
    caseFile,
    ensemble,
    engines,
    settlementParties(
      caseFile,
      profiles.map((p) => p.actor),
    ),
  );

  const claims = caseFile.judgments.flatMap((j) => (j.claim?.kind === "fatalities" ? [j.claim] : []));
  const escalation = escalationOutlook(caseFile, { runs, seed, extra: claims });

  // Scenarios and levers re-run a quarter of the runs with the same draws (common random numbers) and report
  // the paired difference from the baseline's same runs, added to the full baseline: cheap and low-noise.
  const paired = Math.min(runs, Math.max(8, Math.ceil(runs / 2)));
  const baseSubset = subsetOf(ensemble, paired);
  const baseSubsetOutcomes = medians(caseFile, baseSubset);
  const baseSubsetQ = mean(baseSubset.acceptance);
  const compare = (patched: CaseFile) => {
    const e = runEnsemble(patched, engines, paired, seed);
    const outcomes = medians(patched, e);
    const q = Math.min(1, Math.max(0, settlement.acceptance + mean(e.acceptance) - baseSubsetQ));
    return {
      outcomes: caseFile.issues.map((i) => {
        const delta = (outcomes[i.id] ?? i.statusQuo.value) - (baseSubsetOutcomes[i.id] ?? i.statusQuo.value);
        return { issue: i.id, value: (forecast[i.id] ?? i.statusQuo.value) + delta, delta };
      }),
      agreement: agreementCurve(q, tau).map((a, k) => ({
        ...a,
        delta: a.probability - (settlement.horizons[k]?.probability ?? 0),
      })),
    };
  };

  const scenarioResults = caseFile.scenarios.map((s) => ({
    scenario: s.id,
    name: s.name,
    probability: s.probability?.value ?? null,
    ...compare(applyPatches(caseFile, s.patches)),
  }));
  const scenarios = scenarioOutlook(caseFile, forecast, settlement.horizons, scenarioResults);

  const recommendations: RecommendationAssessment[] = caseFile.recommendations.map((r) => {
    const result = r.lever.length === 0 ? null : compare(applyPatches(caseFile, r.lever));
    return {
      recommendation: r.id,
      action: r.action,
      addressees: r.addressees,
      outcomes: result?.outcomes ?? [],
      agreement: result?.agreement ?? [],
      verdict: recommendationVerdict(caseFile, result),
    };
  });

  const keyJudgments = generateJudgments(caseFile, yardstick, {
    ensemble,
    settlement,
    escalation,
    bargaining,
    engines,
  });
  const lint: LintFinding[] = [
    ...lintCase(caseFile, yardstick),
    ...keyJudgments.flatMap((k) =>
      lintStatement(`${k.statement} ${k.confidenceStatement}`, {
        path: `keyJudgments (${k.id})`,
        yardstick,
        keyJudgment: true,
      }),
    ),
  ];
  const checks = analystChecks(caseFile, yardstick, {
    ensemble,
    acceptance: settlement.acceptance,
    timeConstant: tau,
    escalation,
  });
  return {
    case: {
      id: caseFile.meta.id,
      title: caseFile.meta.title,
      version: caseFile.meta.version,
      asOf: caseFile.meta.asOf,
      hash: caseHash(caseFile),
    },
    run: {
      seed,
      runs,
      yardstick: yardstick.id,
      engines: engines.map((e) => e.id),
      horizons: settlement.horizons.map((h) => h.months),
    },
    perspectives: profiles,
    thirdParties: thirdParties(caseFile, new Set(profiles.map((p) => p.actor))),
    settlement,
    bargaining,
    escalation,
    scenarios,
    levers: withRecommendationLevers(levers(caseFile, leverEngines), recommendations),
    recommendations,
    keyJudgments,
    analystChecks: checks,
    lint,
    method: methodNotes({ runs, seed, tau, yardstick, engines: engines.map(engineLabel) }),
  };
}

/**
 * Adds each recommendation's lever to its addressees' lists (evaluated through the whole ensemble), so the
 * brief's recommendations are ranked beside the one-at-a-time levers.
 */
function withRecommendationLevers(
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

/** The veto players, or the profiled principals when the case names no veto player. */
function settlementParties(caseFile: CaseFile, profiled: readonly string[]): string[] {
  const veto = new Set(caseFile.issues.flatMap((i) => i.vetoPlayers));
  return veto.size > 0 ? caseFile.actors.map((a) => a.id).filter((id) => veto.has(id)) : [...profiled];
}

/** The first `k` runs of an ensemble. */
function subsetOf(e: Ensemble, k: number): Ensemble {
  return {
    runs: k,
    outcomes: Object.fromEntries(Object.entries(e.outcomes).map(([id, xs]) => [id, xs.slice(0, k)])),
    engine: e.engine.slice(0, k),
    acceptable: e.acceptable.slice(0, k),
    acceptance: e.acceptance.slice(0, k),
    zone: e.zone.slice(0, k),
    proposals: Object.fromEntries(Object.entries(e.proposals).map(([id, xs]) => [id, xs.slice(0, k)])),
  };
}

function issueForecasts(
  caseFile: CaseFile,
  ensemble: Ensemble,
  engines: readonly EngineSpec[],
  principals: readonly string[],
): IssueForecast[] {
  const all = [
    ...engines.map((e) => ({ e, kind: "model" as const })),
    ...baselineEngines.map((e) => ({ e, kind: "baseline" as const })),
  ];
  const central = all.map(({ e, kind }) => ({
    engine: engineLabel(e),
    kind,
    result: runEngine(e, caseFile),
  }));
  return caseFile.issues.map((issue) => {
    const xs = ensemble.outcomes[issue.id] ?? [];
    const band = interval(xs.length > 0 ? xs : [issue.statusQuo.value]);
    // The side the forecast moves towards: of the parties on that side of the status quo, the one nearest it.
    const shift = band.value - issue.statusQuo.value;
    const nearest = caseFile.stances
      .filter((s) => s.issue === issue.id && principals.includes(s.actor))
      .filter((s) => Math.abs(shift) >= 1 && (s.position.value - issue.statusQuo.value) * shift > 0)
      .sort((a, b) => Math.abs(a.position.value - band.value) - Math.abs(b.position.value - band.value))[0];
    return {
      issue: issue.id,
      name: issue.name,
      statusQuo: issue.statusQuo.value,
      ensemble: band,
      engines: central.map((c) => ({
        engine: c.engine,
        kind: c.kind,
        outcome: c.result[issue.id]?.outcome ?? issue.statusQuo.value,
        trajectory: [...(c.result[issue.id]?.trajectory ?? [])],
      })),
      distribution: histogram(xs),
      variance: xs.length > 0 ? varianceSplit(xs, ensemble.engine) : { total: 0, inputs: 0, settings: 0 },
      favours: nearest?.actor ?? null,
      shift,
    };
  });
}

function scenarioOutlook(
  caseFile: CaseFile,
  forecast: Package,
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

function recommendationVerdict(
  caseFile: CaseFile,
  result: {
    outcomes: ReadonlyArray<{ issue: string; delta: number }>;
    agreement: ReadonlyArray<{ months: number; probability: number; delta: number }>;
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

function citations(evidence: Evidence): string[] {
  return evidenceSources(evidence);
}

function generateJudgments(
  caseFile: CaseFile,
  yardstick: Yardstick,
  ctx: {
    ensemble: Ensemble;
    settlement: Assessment["settlement"];
    escalation: Assessment["escalation"];
    bargaining: readonly IssueForecast[];
    engines: readonly EngineSpec[];
  },
) {
  const drafts: JudgmentDraft[] = [];
  const vetoNames = ctx.settlement.vetoPlayers.map(
    (id) => caseFile.actors.find((a) => a.id === id)?.name ?? id,
  );
  const stanceEvidence = caseFile.stances
    .filter((s) => ctx.settlement.vetoPlayers.includes(s.actor))
    .flatMap((s) => (s.evidence === "analyst-estimate" ? [] : s.evidence));
  const perEngine = ctx.engines.map((_, e) => {
    return mean(ctx.ensemble.acceptance.filter((_, r) => ctx.ensemble.engine[r] === e));
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
