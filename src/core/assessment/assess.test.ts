import { describe, expect, it } from "vitest";
import { smallCase, smallCaseInput } from "../../../test/fixtures/analysis/small-case.ts";
import { issueFrames } from "../analysis/index.ts";
import { CaseFile } from "../case/index.ts";
import { assess } from "./assess.ts";
import { bargainedIssues } from "./engines.ts";
import { interval } from "./ensemble.ts";
import { acceptedByAll, agreementProbability, evaluateTable } from "./settlement.ts";

describe("assessment pieces", () => {
  it("evaluateTable(smallCase) gives the analysis module's gains; the outlook states them ×100 in scale points", () => {
    // oracle: hand computation for "arm": stances status 90 (s100), corridor 20 (s70), peacekeepers 80 (s60);
    // the EU package (status 40, corridor 50, peacekeepers at the status quo 70) against the status quo
    // (50, 20, 70): loss 100·50 + 70·30 + 60·10 = 7700 against 100·40 + 0 + 60·10 = 4600, so
    // Δu = −(7700 − 4600) / (100 · 230) = −3100 / 23000.
    const frames = issueFrames(smallCase);
    const zone = evaluateTable(smallCase, frames, { status: 50, corridor: 20, peacekeepers: 70 });
    const eu = zone.packages.find((p) => p.id === "eu-package");
    expect(eu?.gains.arm).toBeCloseTo(-3100 / 23000, 12);
    // The forecast at the status quo changes nothing: no settlement, probability 0.
    const forecast = zone.packages.find((p) => p.id === "forecast");
    expect(forecast?.changedIssues).toEqual([]);
    expect(forecast === undefined ? -1 : acceptedByAll(forecast)).toBe(0);
  });

  it("acceptedByAll multiplies the logit acceptances of the veto players a package needs", () => {
    // oracle: hand computation — two veto players with gains 0 and 0.05: 1/2 · 1/(1 + e^(−1))
    const p = acceptedByAll({
      id: "p",
      name: "p",
      kind: "proposal",
      positions: {},
      changedIssues: ["x"],
      needsConsentOf: ["a", "b"],
      utilities: {},
      gains: { a: 0, b: 0.05, c: -1 },
      blockedBy: ["a"],
      beatsStatusQuo: false,
      weakestVeto: { actor: "a", gain: 0 },
    });
    expect(p).toBeCloseTo(0.5 / (1 + Math.exp(-1)), 12);
  });

  it("agreementProbability follows q·(1 − e^(−h/τ))", () => {
    // oracle: hand computation 0.5 · (1 − e^(−1)) = 0.31606…
    expect(agreementProbability(0.5, 12, 12)).toBeCloseTo(0.5 * (1 - Math.exp(-1)), 12);
    expect(agreementProbability(0, 36)).toBe(0);
  });

  it("interval is the median and central 90 % (type-7 quantiles); bargainedIssues skips issues the models cannot run", () => {
    // oracle: hand computation of type-7 quantiles of 1…5
    expect(interval([1, 2, 3, 4, 5])).toEqual({ value: 3, low: 1.2, high: 4.8 });
    const thin = CaseFile.parse({
      ...smallCaseInput,
      stances: smallCaseInput.stances?.filter(
        (s) => !(s.issue === "status" && ["eu", "tur", "rus"].includes(s.actor)),
      ),
    });
    expect(bargainedIssues(thin)).toEqual(["corridor", "peacekeepers"]);
    const indifferent = CaseFile.parse({
      ...smallCaseInput,
      stances: smallCaseInput.stances?.map((s) =>
        s.issue === "peacekeepers" && s.actor !== "rus" && s.actor !== "aze" ? { ...s, salience: 0 } : s,
      ),
    });
    expect(bargainedIssues(indifferent)).toEqual(["status", "corridor"]);
    expect(assess(indifferent, { seed: 1, runs: 4 }).bargaining[2]?.ensemble.value).toBe(70);
  });
});

describe("assess", () => {
  const a = assess(smallCase, { seed: 7, runs: 16 });

  it("assess(smallCase) is deterministic for a seed and changes with it", () => {
    expect(JSON.stringify(assess(smallCase, { seed: 7, runs: 16 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(assess(smallCase, { seed: 8, runs: 16 }).bargaining)).not.toBe(
      JSON.stringify(a.bargaining),
    );
  });

  it("assess(smallCase) finds that no package beats the status quo for every veto player", () => {
    // "arm" loses under both proposals (hand check: status 40 and 0 are further from its 90 than the status quo 50).
    expect(a.settlement.anyPackageBeatsStatusQuo).toBe(false);
    expect(a.settlement.packages.find((p) => p.package === "eu-package")?.blockedBy).toContain("arm");
  });

  it("assess evaluates the recommendation's lever and mixes scenarios by probability", () => {
    expect(a.recommendations[0]?.outcomes.length).toBe(3);
    const withProbability = CaseFile.parse({
      ...smallCaseInput,
      scenarios: smallCaseInput.scenarios?.map((s) => ({ ...s, probability: 0.25 })),
    });
    const b = assess(withProbability, { seed: 7, runs: 16 });
    expect(b.scenarios.baselineWeight).toBeCloseTo(0.75, 12);
    const s = b.scenarios.scenarios[0];
    const w = b.scenarios.weighted[0];
    // oracle: definition of the mixture, 0.75 · baseline + 0.25 · scenario
    expect(w?.weighted).toBeCloseTo(0.75 * (w?.baseline ?? 0) + 0.25 * (s?.outcomes[0]?.value ?? 0), 12);
  });

  it("assess flags a case judgment whose probability the models contradict", () => {
    const claimed = CaseFile.parse({
      ...smallCaseInput,
      judgments: [
        {
          id: "deal",
          statement: "A settlement within 12 months is almost certain.",
          probability: 0.97,
          confidence: "high",
          claim: { kind: "agreement", months: 12 },
          evidence: "analyst-estimate",
        },
      ],
    });
    const c = assess(claimed, { seed: 7, runs: 16 });
    expect(c.analystChecks[0]?.verdict).toBe("disagrees");
    expect(c.analystChecks[0]?.message).toMatch(/97 %/);
  });

  it("key judgments keep likelihood and confidence in separate sentences", () => {
    for (const k of a.keyJudgments) {
      expect(k.statement).not.toMatch(/confidence/);
      expect(k.confidenceStatement).toMatch(/^We hold this judgment with (low|moderate|high) confidence/);
    }
  });
});

describe("assess on thin cases", () => {
  it("assess(a case with no actors, issues or events) returns an empty but complete assessment", () => {
    const empty = CaseFile.parse({ meta: smallCaseInput.meta });
    const a = assess(empty, { seed: 1, runs: 4 });
    expect(a.bargaining).toEqual([]);
    expect(a.settlement.vetoPlayers).toEqual([]);
    expect(a.escalation.models).toEqual([]);
    expect(a.keyJudgments).toEqual([]);
  });
});

describe("succession", () => {
  it("succession(k/n, n) is (k + 1)/(n + 2)", async () => {
    const { succession } = await import("./succession.ts");
    // oracle: Laplace's rule by hand — 24 of 24 → 25/26; 0 of 200 → 1/202
    expect(succession(1, 24)).toBeCloseTo(25 / 26, 15);
    expect(succession(0, 200)).toBeCloseTo(1 / 202, 15);
  });
});
