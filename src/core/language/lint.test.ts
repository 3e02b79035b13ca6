import { describe, expect, it } from "vitest";
import { CaseFile } from "../case/index.ts";
import { deriveConfidence, sourceScore } from "./confidence.ts";
import { lintStatement } from "./lint.ts";
import { lintCase } from "./lint-case.ts";
import { icd203, phia } from "./yardstick.ts";

// oracle: the lint rules of shared/docs/estimative-language.md §2 (ICD 203 rules a and b) and §6.
const p = (value: number) => ({ value, low: value, high: value });
const codes = (findings: Array<{ code: string }>) => findings.map((f) => f.code);

describe("lintStatement", () => {
  it("flags a term whose band does not hold the stated probability", () => {
    const findings = lintStatement("A settlement is very likely.", {
      path: "x",
      yardstick: icd203,
      probability: p(0.3),
    });
    expect(codes(findings)).toEqual(["term-mismatch"]);
    expect(findings[0]?.message).toMatch(/80–95 %/);
  });

  it("accepts a matching term, including a PHIA term when the stated value fits PHIA", () => {
    expect(lintStatement("War is unlikely.", { path: "x", yardstick: icd203, probability: p(0.3) })).toEqual(
      [],
    );
    expect(
      lintStatement("There is a realistic possibility of war.", {
        path: "x",
        yardstick: phia,
        probability: p(0.45),
      }),
    ).toEqual([]);
  });

  it("flags terms from both ICD 203 rows (rule a)", () => {
    expect(
      codes(
        lintStatement("War is unlikely, but incidents are highly probable.", {
          path: "x",
          yardstick: icd203,
        }),
      ),
    ).toEqual(["mixed-rows"]);
  });

  it("flags a likelihood and a confidence level in one sentence (rule b), not in two", () => {
    expect(
      codes(
        lintStatement("We judge with high confidence that war is unlikely.", {
          path: "x",
          yardstick: icd203,
        }),
      ),
    ).toEqual(["likelihood-with-confidence"]);
    expect(
      lintStatement("War is unlikely. We have high confidence in this.", { path: "x", yardstick: icd203 }),
    ).toEqual([]);
  });

  it("flags possible/may/could in key judgments but not the month of May", () => {
    const findings = lintStatement("Talks may resume; a deal is possible after 5 May.", {
      path: "x",
      yardstick: icd203,
      keyJudgment: true,
    });
    expect(findings.map((f) => f.message.split('"')[1])).toEqual(["may", "possible"]);
  });

  it("warns on a probability in a PHIA gap", () => {
    expect(
      codes(lintStatement("Talks resume.", { path: "x", yardstick: phia, probability: p(0.52) })),
    ).toEqual(["phia-gap"]);
  });
});

describe("lintCase", () => {
  it("lintCase flags unsourced judgments and credibility 1 without a second source", () => {
    const caseFile = CaseFile.parse({
      meta: { id: "t", title: "T", asOf: "2022-08-31", summary: "s", authors: ["a"], licence: "CC0" },
      sources: [{ id: "s1", title: "S", reliability: "B" }],
      judgments: [
        { id: "j1", statement: "War could break out.", confidence: "low", evidence: "analyst-estimate" },
        {
          id: "j2",
          statement: "War is likely.",
          probability: 0.2,
          confidence: "low",
          evidence: [{ source: "s1", credibility: 1 }],
        },
      ],
    });
    expect(codes(lintCase(caseFile, icd203)).sort()).toEqual([
      "no-source",
      "term-mismatch",
      "uncorroborated-confirmed",
      "weasel-word",
    ]);
  });
});

describe("deriveConfidence", () => {
  it("caps the mean at the weakest factor + 0.25", () => {
    expect(deriveConfidence({ sources: 1, inputs: 1, models: 1 }).level).toBe("high");
    expect(deriveConfidence({ sources: 1, inputs: 1, models: 0.2 })).toMatchObject({
      level: "moderate",
      score: 0.45,
    });
    expect(deriveConfidence({ sources: 0.3, inputs: 0.3, models: 0.3 }).level).toBe("low");
    expect(sourceScore([{ reliability: "A", credibility: 2 }, { reliability: "analyst" }])).toBeCloseTo(
      0.6,
      12,
    );
  });
});

describe("lintStatement on snapped values", () => {
  it("accepts the term a PHIA gap value snaps to", () => {
    // oracle: PHIA table (estimative-language.md §3): 9.99 % lies in the ≈5–≈10 % gap, nearest "highly unlikely"
    expect(
      lintStatement("A deal is highly unlikely.", { path: "x", yardstick: phia, probability: p(0.0999) }),
    ).toEqual([expect.objectContaining({ code: "phia-gap" })]);
  });
});
