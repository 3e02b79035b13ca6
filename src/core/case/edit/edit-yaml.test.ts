import { describe, expect, it } from "vitest";
import { editYaml } from "./edit-yaml.ts";
import { locateItems } from "./locate-items.ts";

const text = `# yaml-language-server: $schema=../../schema/case.schema.json
# Stances as of August 2022.
stances:
  # Armenia holds the line on control of NK.
  - actor: armenia
    issue: nk-control
    position: 5 # by definition of the scale
    salience: { value: 90, low: 80, high: 95 }
  - actor: azerbaijan
    issue: nk-control
    position: 100
    salience: 95
`;

describe("editYaml", () => {
  it("editYaml(text, [set]) changes one value and keeps every comment", () => {
    const out = editYaml(text, [{ op: "set", path: ["stances", 0, "position"], value: 12 }]);
    expect(out).toContain("position: 12 # by definition of the scale");
    expect(out).toContain("# Armenia holds the line on control of NK.");
    expect(out).toContain("# Stances as of August 2022.");
    expect(out.split("\n").length).toBe(text.split("\n").length);
  });

  it("editYaml(text, [set an object]) replaces a scalar with a range", () => {
    const out = editYaml(text, [
      { op: "set", path: ["stances", 1, "salience"], value: { value: 90, low: 85 } },
    ]);
    expect(out).toMatch(/salience:\s*\n\s+value: 90\n\s+low: 85/);
  });

  it("editYaml(text, [append, delete]) adds and removes list items", () => {
    const out = editYaml(text, [
      { op: "append", path: ["stances"], value: { actor: "russia", issue: "nk-control", position: 40 } },
      { op: "delete", path: ["stances", 0] },
    ]);
    expect(out).not.toContain("actor: armenia");
    expect(out).toContain("actor: russia");
  });

  it("editYaml(text, [bad path]) throws instead of writing something half-done", () => {
    expect(() => editYaml(text, [{ op: "delete", path: ["stances", 9] }])).toThrow(/nothing to delete/);
    expect(() => editYaml("a: [", [{ op: "set", path: ["a"], value: 1 }])).toThrow(/does not parse/);
  });
});

describe("locateItems", () => {
  it("locateItems(files) numbers list items across files in load order", () => {
    const locations = locateItems([
      { name: "case.yaml", text: "actors:\n  - id: a\n  - id: b\n" },
      { name: "more.yaml", text: `actors:\n  - id: c\n${text}` },
    ]);
    expect(locations.map((l) => [l.section, l.index, l.file, l.path[1], l.key])).toEqual([
      ["actors", 0, "case.yaml", 0, "a"],
      ["actors", 1, "case.yaml", 1, "b"],
      ["actors", 2, "more.yaml", 0, "c"],
      ["stances", 0, "more.yaml", 0, "armenia/nk-control"],
      ["stances", 1, "more.yaml", 1, "azerbaijan/nk-control"],
    ]);
  });
});
