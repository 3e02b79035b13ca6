import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCase } from "./parse-case.ts";

const minimal = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "..", "test", "fixtures", "cases", "minimal", "case.yaml"),
  "utf8",
);
const meta = "meta: { id: x, title: X, asOf: 2022-08-15, summary: S, authors: [a], licence: L }\n";
const actor = (id: string, extra = "") =>
  `  - { id: ${id}, name: ${id}, kind: state, capability: 50${extra}, evidence: analyst-estimate }\n`;

describe("parseCase", () => {
  it("parseCase(minimal fixture) returns the case with defaults filled and no problems", () => {
    const { case: parsed, problems } = parseCase([{ name: "case.yaml", text: minimal }]);
    expect(problems).toEqual([]);
    expect(parsed?.actors.map((a) => a.id)).toEqual(["north", "south", "south-army", "mediator"]);
    expect(parsed?.actors[1]?.capability).toEqual({ value: 40, low: 40, high: 40 });
    expect(parsed?.actors[2]?.principal).toBe(false);
    expect(parsed?.events[1]?.initiator).toBe("unknown");
    expect(parsed?.meta.version).toBe("1");
  });

  it("parseCase(files) concatenates list sections in file order and locates items in their own file", () => {
    const { case: parsed, problems } = parseCase([
      { name: "case.yaml", text: `${meta}actors:\n${actor("a")}` },
      { name: "more.yaml", text: `actors:\n${actor("b")}${actor("c", ", parent: d")}` },
    ]);
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: "error",
        code: "unknown-reference",
        file: "more.yaml",
        line: 3,
        column: 60,
        path: ["actors", 2, "parent"],
        message: 'unknown actor "d"',
        expected: "the id of an actor",
      },
    ]);
    const ok = parseCase([
      { name: "case.yaml", text: `${meta}actors:\n${actor("a")}` },
      { name: "more.yaml", text: `actors:\n${actor("b")}` },
    ]);
    expect(ok.case?.actors.map((a) => a.id)).toEqual(["a", "b"]);
  });

  it("parseCase reports the estimate branch that matches the input, at the offending key", () => {
    const { problems } = parseCase([
      {
        name: "case.yaml",
        text: `${meta}actors:\n${actor("a").replace("capability: 50", "capability: { value: 50, low: 60 }")}`,
      },
    ]);
    expect(problems.map((p) => [p.path, p.message, p.line, p.column])).toEqual([
      [["actors", 0, "capability", "low"], "range low 60 is above the value 50", 3, 66],
    ]);
  });

  it("parseCase reports a key given twice outside list sections, in the second file", () => {
    const { problems } = parseCase([
      { name: "case.yaml", text: `${meta}notes: one\n` },
      { name: "b.yaml", text: "notes: two\n" },
    ]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual([
      "case.yaml:2:1 unknown-key",
      "b.yaml:1:1 duplicate-section",
    ]);
  });

  it("parseCase locates problems inside aliased nodes at the anchor", () => {
    const text = `${meta}actors:\n  - &a { id: a, name: A, kind: state, evidence: analyst-estimate, colour: red }\n  - *a\n`;
    const { problems } = parseCase([{ name: "case.yaml", text }]);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code} ${JSON.stringify(p.path)}`)).toEqual([
      '3:67 unknown-key ["actors",0,"colour"]',
      '4:5 duplicate-id ["actors",1,"id"]',
      '4:5 unknown-key ["actors",1,"colour"]',
    ]);
  });

  it("parseCase([]) reports that there are no files", () => {
    expect(parseCase([]).problems.map((p) => p.code)).toEqual(["no-files"]);
  });
});
