import { type IssueFrame, issueFrames, type ModelSetting, settingLabel } from "../analysis/index.ts";
import type { CaseFile } from "../case/index.ts";
import {
  type LintFinding,
  lintCase,
  lintStatement,
  type Yardstick,
  yardstickById,
} from "../language/index.ts";
import { applyPatches } from "../scenario/index.ts";
import { mean } from "../stats/moments.ts";
import { analystChecks } from "./analyst-checks.ts";
import { caseHash } from "./case-hash.ts";
import {
  bargainedIssues,
  baselineSettings,
  engineLabel,
  leverSettings,
  modelSettings,
  runEngine,
} from "./engines.ts";
import { type Ensemble, histogram, interval, medians, runEnsemble, varianceSplit } from "./ensemble.ts";
import { escalationOutlook } from "./escalation.ts";
import { generateJudgments } from "./generate-judgments.ts";
import { levers } from "./levers.ts";
import { methodNotes } from "./method.ts";
import { perspectives, thirdParties } from "./perspectives.ts";
import { recommendationVerdict, withRecommendationLevers } from "./recommendations.ts";
import { scenarioOutlook } from "./scenario-outlook.ts";
import { agreementCurve, DEFAULT_TIME_CONSTANT, evaluateTable, settlementOutlook } from "./settlement.ts";
import type { Assessment, IssueForecast, RecommendationAssessment } from "./types.ts";

export interface AssessOptions {
  readonly seed: number;
  /** Monte Carlo runs per ensemble (baseline, each scenario, each recommendation). */
  readonly runs: number;
  readonly yardstick?: Yardstick | "icd203" | "phia";
  /** The model settings the ensemble rotates through (default `modelSettings`). */
  readonly settings?: readonly ModelSetting[];
  /** τ of the agreement curve, months. */
  readonly timeConstant?: number;
}

/** The whole assessment of a case (pure and deterministic for a given seed). */
export function assess(caseFile: CaseFile, options: AssessOptions): Assessment {
  const yardstick =
    typeof options.yardstick === "object" ? options.yardstick : yardstickById(options.yardstick ?? "icd203");
  const engines = options.settings ?? modelSettings;
  const { runs, seed } = options;
  const tau = options.timeConstant ?? DEFAULT_TIME_CONSTANT;
  const issues = bargainedIssues(caseFile);
  const frames = issueFrames(caseFile, issues);
  const ensemble = runEnsemble(caseFile, engines, issues, runs, seed);
  const forecast = medians(caseFile, ensemble);

  const central = evaluateTable(caseFile, frames, forecast);
  const profiles = perspectives(caseFile, central);
  const settlement = settlementOutlook(caseFile, central, ensemble, tau);
  const bargaining = issueForecasts(
    caseFile,
    frames,
    ensemble,
    engines,
    settlement.vetoPlayers.length > 0 ? settlement.vetoPlayers : profiles.map((p) => p.actor),
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
    const e = runEnsemble(patched, engines, bargainedIssues(patched), paired, seed);
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
      engines: engines.map(settingLabel),
      horizons: settlement.horizons.map((h) => h.months),
    },
    perspectives: profiles,
    thirdParties: thirdParties(caseFile, new Set(profiles.map((p) => p.actor))),
    settlement,
    bargaining,
    escalation,
    scenarios,
    levers: withRecommendationLevers(levers(caseFile, issues, leverSettings), recommendations),
    recommendations,
    keyJudgments,
    analystChecks: checks,
    lint,
    method: methodNotes({ runs, seed, tau, yardstick, engines: engines.map(engineLabel) }),
  };
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
    accepted: Object.fromEntries(Object.entries(e.accepted).map(([id, xs]) => [id, xs.slice(0, k)])),
  };
}

/** Per issue: the ensemble's median and 90 % band, each setting and baseline on the central inputs, the variance split. */
function issueForecasts(
  caseFile: CaseFile,
  frames: readonly IssueFrame[],
  ensemble: Ensemble,
  engines: readonly ModelSetting[],
  principals: readonly string[],
): IssueForecast[] {
  const all = [
    ...engines.map((e) => ({ e, kind: "model" as const })),
    ...baselineSettings.map((e) => ({ e, kind: "baseline" as const })),
  ];
  const central = all.map(({ e, kind }) => ({
    engine: engineLabel(e),
    kind,
    result: runEngine(e, caseFile, frames),
  }));
  return caseFile.issues.map((issue) => {
    const xs = ensemble.outcomes[issue.id] ?? [];
    const band = interval(xs.length > 0 ? xs : [issue.statusQuo.value]);
    // The side the forecast moves towards, named by the principal standing furthest out on that side of the
    // status quo: the party whose demand the move serves (a mediator standing nearer names no side).
    const shift = band.value - issue.statusQuo.value;
    const nearest = caseFile.stances
      .filter((s) => s.issue === issue.id && principals.includes(s.actor))
      .filter((s) => Math.abs(shift) >= 1 && (s.position.value - issue.statusQuo.value) * shift > 0)
      .sort(
        (a, b) => Math.sign(shift) * (b.position.value - a.position.value) || a.actor.localeCompare(b.actor),
      )[0];
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
