import { describe, expect, it } from "vitest";
import { prepareEnsemble, sampleChunk, sampleRun } from "../../src/core/analysis/ensemble.ts";
import { summariseEnsemble } from "../../src/core/analysis/ensemble-summary.ts";
import { centralTable, issueFrames } from "../../src/core/analysis/issue-frame.ts";
import { triangularQuantile } from "../../src/core/analysis/triangular.ts";
import { CaseFile } from "../../src/core/case/index.ts";
import {
  compromiseOutcome,
  weightedMedianOutcome,
} from "../../src/core/models/bargaining/baselines/index.ts";
import { applyPatches } from "../../src/core/scenario/index.ts";
import { smallCase, smallCaseInput } from "../fixtures/analysis/small-case.ts";

const baselines = [
  { setting: { kind: "compromise" as const }, weight: 1 },
  { setting: { kind: "median" as const }, weight: 1 },
];

describe("triangularQuantile", () => {
  it("triangularQuantile({0, 25, 100}) inverts the triangular CDF", () => {
    // oracle: hand computation — F(25) = 0.25 so u = 0.25 gives the mode; u = 0.01 → √(0.01·100·25) = 5;
    // u = 0.99 → 100 − √(0.01·100·75) = 91.339…
    const e = { low: 0, value: 25, high: 100 };
    expect(triangularQuantile(e, 0.25)).toBeCloseTo(25, 12);
    expect(triangularQuantile(e, 0.01)).toBeCloseTo(5, 12);
    expect(triangularQuantile(e, 0.99)).toBeCloseTo(100 - Math.sqrt(75), 12);
    expect(triangularQuantile({ low: 40, value: 40, high: 40 }, 0.7)).toBe(40);
  });
});

describe("Monte Carlo sampler", () => {
  it("sampleRun(plan, seed, i) is the same whether computed alone or inside any chunk", () => {
    const plan = prepareEnsemble(smallCase, { settings: baselines });
    const whole = sampleChunk(plan, 11, 0, 12);
    const alone = sampleRun(plan, 11, 7);
    expect(Array.from(whole.outcomes.subarray(7 * 3, 8 * 3))).toEqual(Array.from(alone.outcomes));
    const split = [sampleChunk(plan, 11, 5, 12), sampleChunk(plan, 11, 0, 5)];
    expect(summariseEnsemble(plan, 11, split)).toEqual(summariseEnsemble(plan, 11, [whole]));
  });

  it("with point inputs all the spread comes from the settings (compromise vs median)", () => {
    // A case without ranges: every run of a setting gives its central forecast, so Var within settings is 0.
    const pointCase = structuredClone(smallCase);
    for (const a of pointCase.actors)
      if (a.capability)
        a.capability = { value: a.capability.value, low: a.capability.value, high: a.capability.value };
    for (const s of pointCase.stances) {
      s.position = { value: s.position.value, low: s.position.value, high: s.position.value };
      s.salience = { value: s.salience.value, low: s.salience.value, high: s.salience.value };
    }
    const plan = prepareEnsemble(pointCase, { settings: baselines });
    const summary = summariseEnsemble(plan, 3, [sampleChunk(plan, 3, 0, 200)]);
    const status = summary.issues.find((i) => i.issue === "status");
    const table = centralTable(issueFrames(pointCase, ["status"])[0] as never);
    // oracle: the two baselines by hand (tested in baselines.test.ts) and the law of total variance
    // with group shares n_c/N, n_m/N: Var = p(1 − p)(a − b)², all of it between settings
    const a = compromiseOutcome(table.actors);
    const b = weightedMedianOutcome(table.actors);
    const p = (summary.settings[0]?.runs ?? 0) / 200;
    expect(status?.variance.withinSettings).toBeCloseTo(0, 10);
    expect(status?.variance.total).toBeCloseTo(p * (1 - p) * (a - b) ** 2, 9);
    expect(status?.variance.settingsShare).toBeCloseTo(1, 12);
  });

  it("with one setting all the spread comes from the inputs", () => {
    const plan = prepareEnsemble(smallCase, { model: "compromise" });
    const summary = summariseEnsemble(plan, 5, [sampleChunk(plan, 5, 0, 100)]);
    for (const issue of summary.issues) {
      expect(issue.variance.betweenSettings).toBeCloseTo(0, 10);
      if (issue.variance.total > 0) expect(issue.variance.inputsShare).toBeCloseTo(1, 12);
    }
    const status = summary.issues.find((i) => i.issue === "status");
    expect(status?.outcome.q05).toBeLessThan(status?.outcome.q50 ?? 0);
    expect(status?.outcome.q50).toBeLessThan(status?.outcome.q95 ?? 0);
  });

  it("records which packages beat the status quo in each run", () => {
    const opened = applyPatches(smallCase, [
      { op: "set-status-quo", issue: "status", value: { value: 50, low: 50, high: 50 } },
    ]);
    const plan = prepareEnsemble(opened, { model: "compromise" });
    const summary = summariseEnsemble(plan, 5, [sampleChunk(plan, 5, 0, 50)]);
    expect(summary.packageAcceptance.map((p) => p.package)).toEqual(["eu-package", "maximal-b", "forecast"]);
    expect(summary.agreementProbability).toBeGreaterThanOrEqual(0);
    expect(summary.agreementProbability).toBeLessThanOrEqual(1);
  });

  it("checks the case's outcome claims against the runs", () => {
    const input = structuredClone(smallCaseInput);
    input.judgments = [
      {
        id: "corridor-opens",
        statement: "The corridor opens at least halfway.",
        probability: 0.7,
        confidence: "moderate",
        claim: { kind: "outcome", issue: "corridor", atLeast: 50 },
        evidence: "analyst-estimate",
      },
    ];
    const plan = prepareEnsemble(CaseFile.parse(input), { model: "compromise" });
    const summary = summariseEnsemble(plan, 5, [sampleChunk(plan, 5, 0, 40)]);
    // oracle: the compromise forecast of corridor is 73.3 at the centre; the ranges (arm and aze capability,
    // eu salience on another issue) cannot pull it under 50, so every run falls inside [50, 100]
    expect(summary.outcomeClaims).toEqual([
      {
        judgment: "corridor-opens",
        issue: "corridor",
        atLeast: 50,
        atMost: 100,
        stated: 0.7,
        probability: 1,
      },
    ]);
  });
});
