import { describe, expect, it } from "vitest";
import { smallCaseInput } from "../../test/fixtures/analysis/small-case.ts";
import { assess } from "../core/assessment/index.ts";
import { CaseFile } from "../core/case/index.ts";
import { buildReport } from "./build-report.ts";
import { escapeHtml, escapeMarkdown, safeUrl } from "./escape.ts";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";

const script = "<script>alert(1)</script>";
const quote = '" onmouseover="alert(2)';

// A case whose every free text tries to break out of HTML text, attributes, SVG and Markdown.
const hostile = CaseFile.parse({
  ...smallCaseInput,
  meta: {
    ...smallCaseInput.meta,
    title: `Hostile ${script}`,
    summary: `# heading ${script} [link](javascript:alert(3)) *bold*`,
  },
  sources: [
    { id: "evil", title: `Evil ${script}`, url: "javascript:alert(4)", reliability: "F" },
    { id: "data", title: "Data URL", url: "data:text/html,<script>alert(5)</script>", reliability: "F" },
    { id: "ok", title: `Quote ${quote}`, url: 'https://example.org/a"onclick="x', reliability: "B" },
  ],
  actors: smallCaseInput.actors?.map((a) => ({
    ...a,
    name: `${a.name} ${script}${quote}`,
    evidence: [{ source: "evil" }, { source: "ok" }],
  })),
  issues: smallCaseInput.issues?.map((i) => ({
    ...i,
    name: `${i.name} ${quote}`,
    scale: { low: script, high: `</svg>${script}` },
  })),
  relations: [{ from: "rus", to: "arm", kind: "guarantor", strength: 0.5, evidence: [{ source: "data" }] }],
  events: [
    {
      id: "e1",
      type: "shelling",
      start: "2022-05-01",
      place: { name: `Village ${script}`, lat: 40, lon: 45.5 },
      actors: ["aze"],
      description: script,
      fatalities: [{ side: "arm", best: 2 }],
      evidence: [{ source: "evil" }],
    },
  ],
});

describe("escaping untrusted case text", () => {
  const assessment = assess(hostile, { seed: 1, runs: 8 });
  const html = renderHtml(buildReport(hostile, assessment, { figures: true }));
  const md = renderMarkdown(buildReport(hostile, assessment, { figures: false }));

  it("renderHtml(hostile case) contains no live script, handler or javascript: URL", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+="/i);
    expect(html).not.toMatch(/(href|src)="\s*javascript:/i);
    expect(html).not.toMatch(/(href|src)="data:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // The quote cannot close an attribute: it stays an entity inside aria-label and title text.
    expect(html).toContain("&quot; onmouseover=&quot;alert(2)");
    // The unsafe source URLs are dropped; the https one is kept, its quote encoded by the URL parser.
    expect(html).toContain('href="https://example.org/a%22onclick=%22x"');
  });

  it("every <svg> in the hostile report is closed by its own </svg>, not by case text", () => {
    const opens = html.match(/<svg\b/g)?.length ?? 0;
    const closes = html.match(/<\/svg>/g)?.length ?? 0;
    expect(opens).toBeGreaterThan(0);
    expect(closes).toBe(opens);
  });

  it("renderMarkdown(hostile case) escapes markup and drops unsafe links", () => {
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<javascript:|<data:/i);
    // The summary's "[link](javascript:…)" stays text: its brackets are escaped, so no link is formed.
    expect(md).toContain("\\[link\\](javascript:alert(3))");
    expect(md).toContain("\\# heading &lt;script&gt;");
    expect(md).toContain("\\*bold\\*");
  });

  it("escapeHtml, escapeMarkdown and safeUrl handle the basics", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(escapeMarkdown("1. a | b\n# c")).toBe("1\\. a \\| b # c");
    expect(safeUrl("JavaScript:alert(1)")).toBeNull();
    expect(safeUrl("//example.org")).toBeNull();
    expect(safeUrl("https://example.org/x")).toBe("https://example.org/x");
  });
});
