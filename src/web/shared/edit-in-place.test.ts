import { describe, expect, it } from "vitest";
import { editYamlInPlace } from "./edit-in-place.ts";

const text = `# header comment
stances:
  - actor: russia # who
    issue: nk-control
    position: { value: 25, low: 15, high: 40 }
    salience: 75
    confidence: moderate
    reasoning: >-
      A folded paragraph that the document model would
      join into one line when it re-renders the file.
`;

describe("editYamlInPlace", () => {
  it("replaces scalars in the source, leaving every other byte as it was", () => {
    const out = editYamlInPlace(text, [
      { op: "set", path: ["stances", 0, "position", "value"], value: 38 },
      { op: "set", path: ["stances", 0, "salience"], value: 80 },
      { op: "set", path: ["stances", 0, "confidence"], value: "high" },
    ]);
    expect(out).toBe(
      text
        .replace("{ value: 25, low: 15", "{ value: 38, low: 15")
        .replace("salience: 75", "salience: 80")
        .replace("confidence: moderate", "confidence: high"),
    );
  });

  it("writes a range in place of a plain number as a one-line map", () => {
    const out = editYamlInPlace(text, [
      { op: "set", path: ["stances", 0, "salience"], value: { value: 70, low: 60, high: 80 } },
    ]);
    expect(out).toBe(text.replace("salience: 75", "salience: { value: 70, low: 60, high: 80 }"));
  });

  it("goes through the document model for a block scalar (comments kept)", () => {
    const out = editYamlInPlace(text, [{ op: "set", path: ["stances", 0, "reasoning"], value: "short" }]);
    expect(out).toContain("# header comment");
    expect(out).toMatch(/reasoning: >-\n +short\n/);
  });

  it("throws like editYaml when a path does not exist", () => {
    expect(() => editYamlInPlace(text, [{ op: "delete", path: ["stances", 5] }])).toThrow(
      /nothing to delete/,
    );
  });
});

describe("editYamlInPlace append", () => {
  it("writes a new item after a list that ends the file, leaving the rest byte for byte", () => {
    const out = editYamlInPlace(text, [
      { op: "append", path: ["stances"], value: { actor: "eu", issue: "x", position: 5 } },
    ]);
    expect(out).toBe(`${text}  - actor: eu\n    issue: x\n    position: 5\n`);
  });

  it("goes through the document model when the list does not end the file", () => {
    const source = "a:\n  - 1\nb: 2 # kept\n";
    const out = editYamlInPlace(source, [{ op: "append", path: ["a"], value: 3 }]);
    expect(out).toBe("a:\n  - 1\n  - 3\nb: 2 # kept\n");
  });
});

describe("editYamlInPlace on collections", () => {
  const source = `stances:
  - actor: a # keep
    evidence:
      - { source: s1, locator: "p.1", credibility: 2 }
      - { source: s2 }
    reasoning: >-
      Folded text that must
      stay folded.
  - actor: b
    evidence: analyst-estimate
`;

  it("rewrites only an evidence list, one flow map per citation, at the list's indentation", () => {
    const out = editYamlInPlace(source, [
      {
        op: "set",
        path: ["stances", 0, "evidence"],
        value: [
          { source: "s1", locator: "p.1", credibility: 2 },
          { source: "s3", locator: "§4" },
        ],
      },
    ]);
    expect(out).toBe(source.replace("      - { source: s2 }\n", "      - { source: s3, locator: §4 }\n"));
  });

  it("replaces a scalar with a list inline, and a list with a scalar", () => {
    const out = editYamlInPlace(source, [
      { op: "set", path: ["stances", 1, "evidence"], value: [{ source: "s1" }] },
      { op: "set", path: ["stances", 0, "evidence"], value: "analyst-estimate" },
    ]);
    expect(out).toContain("    evidence: [ { source: s1 } ]\n");
    expect(out).toContain(
      "    evidence:\n      analyst-estimate\n    reasoning: >-\n      Folded text that must\n      stay folded.\n",
    );
    expect(out).toContain("# keep");
  });
});
