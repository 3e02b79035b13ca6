import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInCasePath, loadCase } from "../../src/io/case/index.ts";

const caseDir = builtInCasePath("nagorno-karabakh-2022");
const briefPath = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "shared",
  "brief",
  "nagorno-karabakh-perspectives-2022.txt",
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

describe("the built-in Nagorno-Karabakh 2022 case", () => {
  it("loads with no errors and no warnings", async () => {
    const { case: loaded, problems } = await loadCase(caseDir);
    expect(problems).toEqual([]);
    expect(loaded?.meta.asOf).toBe("2022-08-15");
  });

  it("holds the ten issue dimensions the brief's analysis needs, 0 = Armenia's and 100 = Azerbaijan's position", async () => {
    const { case: loaded } = await loadCase(caseDir);
    expect(loaded?.issues.map((issue) => issue.id).sort()).toEqual(
      [
        "am-forces",
        "claims",
        "corridor",
        "delimitation",
        "mediation",
        "nk-control",
        "nk-rights",
        "peace-treaty",
        "peacekeepers",
        "pows",
      ].sort(),
    );
    for (const issue of loaded?.issues ?? []) {
      const armenia = loaded?.stances.find((s) => s.actor === "armenia" && s.issue === issue.id);
      const azerbaijan = loaded?.stances.find((s) => s.actor === "azerbaijan" && s.issue === issue.id);
      expect(azerbaijan?.position.value, issue.id).toBeGreaterThan(armenia?.position.value ?? 100);
    }
  });

  it("uses nothing dated after its as-of date", async () => {
    const { case: loaded } = await loadCase(caseDir);
    const asOf = loaded?.meta.asOf ?? "";
    const dates = [
      ...(loaded?.events ?? []).flatMap((e) => [e.start, e.end]),
      ...(loaded?.facts ?? []).map((f) => f.date),
      ...(loaded?.sources ?? []).map((s) => s.date),
      ...(loaded?.proposals ?? []).map((p) => p.date),
    ].filter((d): d is string => d !== undefined);
    expect(dates.filter((d) => d > asOf)).toEqual([]);
  });

  // The brief is © PISM: the case must cite it by paragraph and say things in its own words.
  it.skipIf(!existsSafe(briefPath))("repeats no run of nine words from the brief", () => {
    const n = 9;
    const brief = words(readFileSync(briefPath, "utf8"));
    const shingles = new Set(
      brief.slice(0, brief.length - n + 1).map((_, i) => brief.slice(i, i + n).join(" ")),
    );
    const copied: string[] = [];
    for (const name of readdirSync(caseDir)) {
      const text = words(readFileSync(join(caseDir, name), "utf8"));
      for (let i = 0; i + n <= text.length; i++) {
        const run = text.slice(i, i + n).join(" ");
        if (shingles.has(run)) copied.push(`${name}: ${run}`);
      }
    }
    // The title is cited as the title.
    expect(
      copied.filter((run) => !run.includes("assessing the perspectives on the nagorno karabakh")),
    ).toEqual([]);
  });
});

function existsSafe(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}
