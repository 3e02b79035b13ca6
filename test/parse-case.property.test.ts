import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { type CaseText, Problem, parseCase } from "../src/core/case/parse/index.ts";

// Invariant: parseCase is total. Whatever a hand edit does to the real case, it returns a case or at least one
// error, never throws, never falls back to its internal-error net, and locates every problem in a given file.

const repo = join(import.meta.dirname, "..");
const nkDir = join(repo, "cases", "nagorno-karabakh-2022");
const caseDir = existsSync(join(nkDir, "case.yaml"))
  ? nkDir
  : join(repo, "test", "fixtures", "cases", "minimal");
const caseFiles: CaseText[] = readdirSync(caseDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort((a, b) => (a === "case.yaml" ? -1 : b === "case.yaml" ? 1 : a.localeCompare(b)))
  .map((name) => ({ name, text: readFileSync(join(caseDir, name), "utf8") }));

function assertTotal(files: CaseText[]): void {
  const result = parseCase(files);
  const names = new Set(files.map((file) => file.name));
  for (const problem of result.problems) {
    expect(Problem.safeParse(problem).success).toBe(true);
    expect(problem.code).not.toBe("internal-error");
    if (files.length > 0) expect(names.has(problem.file)).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
  }
  const errors = result.problems.filter((problem) => problem.severity === "error").length;
  expect(result.case !== undefined || errors > 0).toBe(true);
  expect(result.case === undefined || errors === 0).toBe(true);
}

const garbage = [
  "high",
  "[]",
  "{}",
  "-1",
  "1e999",
  "null",
  "~",
  "*anchor",
  "&anchor x",
  "'",
  '"',
  "[",
  "{",
  "\t",
  ": :",
  "- - -",
  "!!binary AAAA",
  "<<: *anchor",
  "? complex",
  "---",
  "\u0000",
  "\uFFFD",
  "2022-02-30",
  "analyst-estimate",
  "🙂",
];

const meta = "meta: { id: x, title: X, asOf: 2022-08-15, summary: S, authors: [a], licence: L }\n";

type Mutation = (lines: string[]) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.filter((_, j) => j !== i % lines.length),
  ), // delete a line
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.filter((_, j) => !(j === i % lines.length && /^\s*-?\s*\w+:/.test(lines[j] ?? ""))),
  ), // delete a key
  fc.tuple(fc.nat(), fc.constantFrom(...garbage)).map(
    ([i, value]): Mutation =>
      (lines) =>
        lines.map((line, j) => (j === i % lines.length ? line.replace(/:\s.*$/, `: ${value}`) : line)),
  ), // swap a value's type
  fc.tuple(fc.nat(), fc.oneof(fc.string(), fc.constantFrom(...garbage))).map(
    ([i, text]): Mutation =>
      (lines) => {
        const j = i % lines.length;
        const line = lines[j] ?? "";
        const at = i % (line.length + 1);
        return [...lines.slice(0, j), line.slice(0, at) + text + line.slice(at), ...lines.slice(j + 1)];
      },
  ), // insert garbage
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })).map(
    ([i, n]): Mutation =>
      (lines) => {
        const j = i % lines.length;
        return [...lines.slice(0, j + n), ...lines.slice(j, j + n), ...lines.slice(j + n)];
      },
  ), // duplicate entries
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.map((line, j) => (j === i % lines.length ? line.replace(/([a-z][a-z0-9-]{2,})/, "$1x") : line)),
  ), // break a reference or id
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.slice(0, i % (lines.length + 1)),
  ), // truncate at a line
  fc.nat().map(
    (i): Mutation =>
      (lines) => {
        const text = lines.join("\n");
        return text.slice(0, i % (text.length + 1)).split("\n");
      },
  ), // truncate mid-line
);

function mutate(text: string, mutations: Mutation[]): string {
  return mutations.reduce((lines, m) => (lines.length === 0 ? lines : m(lines)), text.split("\n")).join("\n");
}

describe("parseCase is total", () => {
  it(`parseCase(mutations of one file of ${caseDir.endsWith("minimal") ? "the minimal fixture" : "the NK case"}, beside case.yaml) never throws and returns a case or an error`, () => {
    const main = caseFiles[0] as CaseText;
    fc.assert(
      fc.property(
        fc.nat({ max: caseFiles.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (index, mutations) => {
          const target = caseFiles[index] as CaseText;
          const mutated = { name: target.name, text: mutate(target.text, mutations) };
          assertTotal(index === 0 ? [mutated] : [main, mutated]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("parseCase(mutations of the whole case) never throws and returns a case or an error", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: caseFiles.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (index, mutations) => {
          const files = caseFiles.map((file, i) =>
            i === index ? { ...file, text: mutate(file.text, mutations) } : file,
          );
          assertTotal(files);
        },
      ),
      { numRuns: 5 },
    );
  });

  it("parseCase(any text) never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom(...garbage)), (text) =>
        assertTotal([{ name: "case.yaml", text }]),
      ),
      { numRuns: 200 },
    );
  });

  it("parseCase(YAML of any value) never throws", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        let text: string;
        try {
          text = stringify(value);
        } catch {
          return; // not every JS value has a YAML form
        }
        assertTotal([{ name: "case.yaml", text }]);
        assertTotal([
          {
            name: "case.yaml",
            text: `${meta}actors: ${JSON.stringify(value) ?? "null"}\n`,
          },
        ]);
      }),
      { numRuns: 100 },
    );
  });

  it("parseCase(edge inputs) never throws", () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join("\n")}\n`;
    for (const text of [
      "",
      "\n\n",
      "# only a comment",
      "- a\n- b",
      "42",
      "meta: 1e999",
      bomb,
      "meta: &m {id: x}\nsources: *m",
      "meta:\n  id: x\n  id: y",
      "[".repeat(2000),
      "a:\n".repeat(3000),
      "__proto__: {}\nconstructor: 1",
      "meta: !!binary AAAA",
    ])
      assertTotal([{ name: "case.yaml", text }]);
    assertTotal([]);
  });
});
