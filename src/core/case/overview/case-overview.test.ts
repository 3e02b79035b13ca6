import { describe, expect, it } from "vitest";
import { CaseFile } from "../case-file.ts";
import { caseOverview } from "./case-overview.ts";

const base = {
  meta: { id: "x", title: "X", asOf: "2022-08-15", summary: "S", authors: ["a"], licence: "L" },
  actors: [
    { id: "a", name: "A", kind: "state", capability: 50, evidence: "analyst-estimate" },
    { id: "b", name: "B", kind: "state", evidence: "analyst-estimate" },
  ],
  issues: [
    { id: "i", name: "I", scale: { low: "l", high: "h" }, statusQuo: 10, evidence: "analyst-estimate" },
    { id: "j", name: "J", scale: { low: "l", high: "h" }, statusQuo: 90, evidence: "analyst-estimate" },
  ],
  stances: [
    { actor: "a", issue: "j", position: 20, salience: 70, confidence: "low", evidence: "analyst-estimate" },
  ],
  events: [
    {
      id: "e1",
      type: "shelling",
      start: "2022-01-30",
      place: { name: "P" },
      actors: ["a"],
      description: "d",
      fatalities: [
        { side: "a", low: 1, best: 2, high: 4 },
        { side: "b", best: null },
      ],
      evidence: "analyst-estimate",
    },
    {
      id: "e2",
      type: "shelling",
      start: "2022-03-02",
      place: { name: "P" },
      actors: ["a"],
      description: "d",
      fatalities: [{ side: "a", best: 0 }],
      evidence: "analyst-estimate",
    },
  ],
};

describe("caseOverview", () => {
  it("caseOverview(case) counts events and deaths by month, quiet months included, null apart from 0", () => {
    // oracle: hand sums — January: best 2 (low 1, high 4) and one unknown record; February none; March best 0
    expect(caseOverview(CaseFile.parse(base)).eventsByMonth).toEqual([
      { month: "2022-01", events: 1, fatalities: { low: 1, best: 2, high: 4, unknown: 1 } },
      { month: "2022-02", events: 0, fatalities: { low: 0, best: 0, high: 0, unknown: 0 } },
      { month: "2022-03", events: 1, fatalities: { low: 0, best: 0, high: 0, unknown: 0 } },
    ]);
  });

  it("caseOverview(case) builds the matrix from actors with stances, null where an actor has none", () => {
    const { matrix, counts } = caseOverview(CaseFile.parse(base));
    expect(matrix.issues).toEqual(["i", "j"]);
    expect(matrix.rows).toEqual([
      {
        actor: "a",
        cells: [
          null,
          { position: { value: 20, low: 20, high: 20 }, salience: { value: 70, low: 70, high: 70 } },
        ],
      },
    ]);
    expect(counts.events).toBe(2);
    expect(counts.sources).toBe(0);
  });
});
