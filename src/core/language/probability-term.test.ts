import { describe, expect, it } from "vitest";
import { findTerm, formatPercent, probabilityTerm } from "./probability-term.ts";
import { icd203, phia } from "./yardstick.ts";

// oracle: the ICD 203 and PHIA tables in shared/docs/estimative-language.md §2 and §3.
describe("probabilityTerm", () => {
  it("probabilityTerm(p, icd203) gives row 1 of the ICD 203 table inside each band", () => {
    const cases: Array<[number, string]> = [
      [0.03, "almost no chance"],
      [0.1, "very unlikely"],
      [0.3, "unlikely"],
      [0.5, "roughly even chance"],
      [0.7, "likely"],
      [0.9, "very likely"],
      [0.97, "almost certain"],
    ];
    for (const [p, term] of cases) expect(probabilityTerm(p, icd203).term).toBe(term);
  });

  it("probabilityTerm(p, icd203, 1) gives row 2", () => {
    expect([0.03, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97].map((p) => probabilityTerm(p, icd203, 1).term)).toEqual([
      "remote",
      "highly improbable",
      "improbable",
      "roughly even odds",
      "probable",
      "highly probable",
      "nearly certain",
    ]);
  });

  it("probabilityTerm puts ICD 203's shared end-points in the band nearer even odds", () => {
    expect([0.05, 0.2, 0.45, 0.55, 0.8, 0.95].map((p) => probabilityTerm(p, icd203).term)).toEqual([
      "very unlikely",
      "unlikely",
      "roughly even chance",
      "roughly even chance",
      "likely",
      "very likely",
    ]);
  });

  it("probabilityTerm warns outside ICD 203's 1–99 %", () => {
    expect(probabilityTerm(0.004, icd203)).toMatchObject({ term: "almost no chance" });
    expect(probabilityTerm(0.004, icd203).warning).toMatch(/outside/);
    expect(probabilityTerm(1, icd203).term).toBe("almost certain");
    expect(probabilityTerm(0.5, icd203).warning).toBeUndefined();
  });

  it("probabilityTerm(p, phia) follows the PHIA bands and snaps gap values with a warning", () => {
    const cases: Array<[number, string]> = [
      [0.02, "remote chance"],
      [0.15, "highly unlikely"],
      [0.3, "unlikely"],
      [0.45, "realistic possibility"],
      [0.6, "likely"],
      [0.85, "highly likely"],
      [0.97, "almost certain"],
    ];
    for (const [p, term] of cases)
      expect(probabilityTerm(p, phia)).toEqual({ term, band: expect.any(Number) });
    expect(probabilityTerm(0.52, phia)).toMatchObject({ term: "realistic possibility" });
    expect(probabilityTerm(0.52, phia).warning).toMatch(/gap/);
    expect(probabilityTerm(0.54, phia).term).toBe("likely");
    expect(probabilityTerm(0.5, phia).term).toBe("realistic possibility");
    expect(probabilityTerm(0.08, phia).term).toBe("highly unlikely");
    expect(probabilityTerm(0.22, phia).term).toBe("highly unlikely");
    expect(probabilityTerm(0.23, phia).term).toBe("unlikely");
  });

  it("probabilityTerm rejects values outside [0, 1]", () => {
    expect(() => probabilityTerm(1.2, icd203)).toThrow(/probabilityTerm/);
    expect(() => probabilityTerm(Number.NaN, icd203)).toThrow(/probabilityTerm/);
  });

  it("findTerm folds adverbs onto the table", () => {
    expect(findTerm("almost certainly", icd203)).toEqual({ band: 6, row: 0 });
    expect(findTerm("Probably", icd203)).toEqual({ band: 4, row: 1 });
    expect(findTerm("realistic possibility", icd203)).toBeUndefined();
  });

  it("formatPercent keeps a decimal only near 0 and 1", () => {
    expect([0.004, 0.37, 0.996, 1].map(formatPercent)).toEqual(["0.4 %", "37 %", "99.6 %", "100 %"]);
  });
});
