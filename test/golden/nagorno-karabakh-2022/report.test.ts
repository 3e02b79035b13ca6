import { beforeAll, describe, expect, it } from "vitest";
import { type Assessment, assess } from "../../../src/core/assessment/index.ts";
import type { CaseFile } from "../../../src/core/case/index.ts";
import { builtInCasePath, loadCase } from "../../../src/io/case/index.ts";
import { reportText } from "../../../src/io/report/index.ts";

// Goldens of the built-in case's report at a fixed seed and run count (TZ=UTC is set by `npm test`; nothing in
// the report reads the clock). Update with `npx vitest run test/golden -u` after a deliberate change, and read
// the diff: it is the assessment's change.
const SEED = 20220831;
const RUNS = 24;

let caseFile: CaseFile;
let assessment: Assessment;
let html: string;

beforeAll(async () => {
  const loaded = await loadCase(builtInCasePath("nagorno-karabakh-2022"));
  if (loaded.case === undefined) throw new Error(`the built-in case is invalid: ${loaded.problems[0]?.message}`);
  caseFile = loaded.case;
  assessment = assess(caseFile, { seed: SEED, runs: RUNS, yardstick: "icd203" });
  html = reportText(caseFile, assessment, "html");
});

describe("entente assess on the NK 2022 case", () => {
  it("reportText(nk, md) matches the golden Markdown", async () => {
    await expect(reportText(caseFile, assessment, "md")).toMatchFileSnapshot("./report.md");
  });

  it("reportText(nk, json) matches the golden JSON", async () => {
    await expect(reportText(caseFile, assessment, "json")).toMatchFileSnapshot("./assessment.json");
  });

  it("the HTML has no external URL in src or href besides the sources' own links", () => {
    const citationUrls = new Set(caseFile.sources.flatMap((s) => (s.url === undefined ? [] : [new URL(s.url).href])));
    const refs = [...html.matchAll(/\s(src|href|xlink:href)="([^"]*)"/g)].map((m) => m[2] as string);
    const external = refs.filter((r) => !r.startsWith("#")).map((r) => r.replaceAll("&amp;", "&"));
    expect(external.filter((r) => !citationUrls.has(r))).toEqual([]);
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(http/i);
    expect(html).toContain("Content-Security-Policy");
  });

  it("every figure states the seed and the case's version and hash", () => {
    const figures = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(figures.length).toBeGreaterThan(5);
    for (const svg of figures) expect(svg).toContain(`seed ${SEED} · case v${assessment.case.version} · ${assessment.case.hash}`);
  });

  it("key judgments never put a likelihood and a confidence level in one sentence", () => {
    expect(assessment.lint.filter((f) => f.path.startsWith("keyJudgments"))).toEqual([]);
    expect(assessment.keyJudgments.length).toBeGreaterThan(0);
  });
});
