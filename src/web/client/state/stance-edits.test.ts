import { describe, expect, it } from "vitest";
import { locateItems } from "../../../core/case/edit/locate-items.ts";
import { editYamlInPlace } from "../../shared/edit-in-place.ts";
import { editPatches, type StanceDraft, yamlEdits } from "./stance-edits.ts";

const files = [
  { name: "case.yaml", text: "meta:\n  id: x\n" },
  {
    name: "stances.yaml",
    text: `stances:
  - actor: a
    issue: i
    position: { value: 25, low: 15, high: 40 } # the range
    salience: 75
    confidence: moderate
    evidence: analyst-estimate
  - actor: b
    issue: i
    position: 10
    salience: { value: 50, low: 40, high: 60 }
    confidence: low
    evidence: analyst-estimate
`,
  },
];
const locations = locateItems(files);
const estimate = (value: number, low = value, high = value) => ({ value, low, high });

describe("stance edits", () => {
  it("yamlEdits sets only the changed keys of a { value, low, high } map and keeps plain numbers plain", () => {
    const edits = new Map<string, StanceDraft>([
      ["a/i", { position: estimate(38, 15, 40), salience: estimate(75), confidence: "high" }],
      ["b/i", { position: estimate(12), salience: estimate(50, 40, 60), confidence: "low" }],
    ]);
    const byFile = yamlEdits(files, locations, edits);
    expect([...byFile.keys()]).toEqual(["stances.yaml"]);
    expect(byFile.get("stances.yaml")).toEqual([
      { op: "set", path: ["stances", 0, "position", "value"], value: 38 },
      { op: "set", path: ["stances", 0, "confidence"], value: "high" },
      { op: "set", path: ["stances", 1, "position"], value: 12 },
    ]);
    const text = editYamlInPlace(files[1]?.text ?? "", byFile.get("stances.yaml") ?? []);
    expect(text).toContain("position: { value: 38, low: 15, high: 40 } # the range");
    expect(text).toContain("    position: 12\n");
  });

  it("a plain number given a range becomes a one-line map; citations are written when edited", () => {
    const edits = new Map<string, StanceDraft>([
      [
        "b/i",
        {
          position: estimate(10, 5, 20),
          salience: estimate(50, 40, 60),
          confidence: "low",
          evidence: [{ source: "s", locator: "p. 3" }],
        },
      ],
    ]);
    const text = editYamlInPlace(
      files[1]?.text ?? "",
      yamlEdits(files, locations, edits).get("stances.yaml") ?? [],
    );
    expect(text).toContain("    position: { value: 10, low: 5, high: 20 }\n");
    expect(text).toContain("    evidence: [ { source: s, locator: p. 3 } ]\n");
  });

  it("editPatches stretch a range to hold its value, so the live forecast runs while validation flags it", () => {
    const patches = editPatches(
      new Map([["a/i", { position: estimate(90, 15, 40), salience: estimate(75), confidence: "moderate" }]]),
    );
    expect(patches[0]).toEqual({
      op: "set-position",
      actor: "a",
      issue: "i",
      value: { value: 90, low: 15, high: 90 },
    });
  });
});
