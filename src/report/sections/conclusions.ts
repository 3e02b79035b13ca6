import { formatPercent } from "../../core/language/index.ts";
import { type Block, cite, ref, type Span, t } from "../document.ts";
import { actorName, issueName, type SectionContext, signed, worded } from "./context.ts";

/** Key judgments for the top of the report (the brief's lead paragraph). */
export function summarySection(ctx: SectionContext): Block[] {
  return [
    { kind: "heading", level: 2, text: "Key judgments", id: "key-judgments" },
    ...ctx.assessment.keyJudgments.map(
      (k): Block => ({
        kind: "judgment",
        statement: k.statement,
        confidence: k.confidenceStatement,
        basis: [
          t("Rests on: "),
          ...k.analyses.flatMap((a, i) => [...(i > 0 ? [t(", ")] : []), analysisRef(ctx, a)]),
          ...cite(ctx.citations.cite(k.sources)),
        ],
      }),
    ),
  ];
}

/** A key judgment's analysis id as a link to the section that shows it ("issue:x" → the bargaining table). */
function analysisRef(ctx: SectionContext, id: string): Span {
  if (id.startsWith("issue:")) return ref(`forecast on ${issueName(ctx, id.slice(6))}`, "bargaining");
  const names: Record<string, string> = {
    settlement: "settlement outlook",
    bargaining: "bargaining forecast",
    escalation: "escalation outlook",
  };
  return ref(names[id] ?? id, id);
}

/** "Conclusions": the key judgments restated with their basis, the checks on the case's own judgments, and the lint. */
export function conclusionsSection(ctx: SectionContext): Block[] {
  const a = ctx.assessment;
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Conclusions", id: "conclusions" }];
  blocks.push({
    kind: "list",
    items: a.keyJudgments.map((k) => [
      t(`${k.statement} ${k.confidenceStatement}`),
      ...(k.warning === undefined ? [] : [t(` (${k.warning}.)`)]),
    ]),
  });
  blocks.push({ kind: "heading", level: 3, text: "Checks on the analyst", id: "checks" });
  if (a.analystChecks.length === 0)
    blocks.push({ kind: "paragraph", spans: [t("The case states no judgments of its own.")] });
  else
    blocks.push({
      kind: "table",
      head: ["Case judgment", "Stated", "Models", "Verdict"],
      rows: a.analystChecks.map((c) => {
        const j = ctx.caseFile.judgments.find((x) => x.id === c.judgment);
        return [
          [t(c.statement), ...(j === undefined ? [] : cite(ctx.citations.citeEvidence(j.evidence)))],
          [
            t(
              c.stated === null
                ? "—"
                : c.stated.low === c.stated.high
                  ? formatPercent(c.stated.value)
                  : `${formatPercent(c.stated.low)}–${formatPercent(c.stated.high)}`,
            ),
          ],
          [t(c.model === null ? "—" : worded(ctx, c.model))],
          [t(c.message)],
        ];
      }),
    });
  blocks.push({ kind: "heading", level: 3, text: "Wording of the case", id: "lint" });
  const counts = new Map<string, number>();
  for (const f of a.lint) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  blocks.push({
    kind: "paragraph",
    spans: [
      t(
        a.lint.length === 0
          ? "The estimative-language lint finds nothing to flag."
          : `The estimative-language lint flags ${a.lint.length} item(s): ${[...counts].map(([code, k]) => `${code} ×${k}`).join(", ")}.`,
      ),
    ],
  });
  const shown = [...a.lint]
    .sort((x, y) => (x.severity === y.severity ? 0 : x.severity === "error" ? -1 : 1))
    .slice(0, 25);
  if (shown.length > 0)
    blocks.push({
      kind: "list",
      items: [
        ...shown.map((f) => [t(`${f.severity}: ${f.path}: ${f.message}`)]),
        ...(a.lint.length > shown.length
          ? [[t(`… and ${a.lint.length - shown.length} more (see the JSON output).`)]]
          : []),
      ],
    });
  return blocks;
}

export function recommendationsSection(ctx: SectionContext): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Recommendations", id: "recommendations" }];
  if (ctx.assessment.recommendations.length === 0)
    return [...blocks, { kind: "paragraph", spans: [t("The case makes no recommendations.")] }];
  for (const r of ctx.assessment.recommendations) {
    const rec = ctx.caseFile.recommendations.find((x) => x.id === r.recommendation);
    blocks.push({
      kind: "paragraph",
      spans: [
        { kind: "strong", text: `${r.addressees.map((x) => actorName(ctx, x)).join(", ")}: ${r.action} ` },
        t(`${rec?.rationale ?? ""} `),
        ...(rec === undefined ? [] : cite(ctx.citations.citeEvidence(rec.evidence))),
      ],
    });
    const moved = r.outcomes.filter((o) => Math.abs(o.delta) >= 0.5);
    blocks.push({
      kind: "paragraph",
      spans: [
        { kind: "strong", text: "What the models say. " },
        t(r.verdict),
        t(
          moved.length > 0
            ? ` Moves: ${moved.map((o) => `${issueName(ctx, o.issue)} ${signed(o.delta)}`).join(", ")}.`
            : "",
        ),
      ],
    });
  }
  return blocks;
}

export function methodSection(ctx: SectionContext): Block[] {
  const a = ctx.assessment;
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: "Method and sources", id: "method" },
    ...a.method.map(
      (m): Block => ({ kind: "paragraph", spans: [{ kind: "strong", text: `${m.topic}. ` }, t(m.text)] }),
    ),
    {
      kind: "paragraph",
      spans: [
        t(
          `Reproduce with: entente assess --seed ${a.run.seed} --runs ${a.run.runs} --yardstick ${a.run.yardstick} on case ${a.case.id} version ${a.case.version} (hash ${a.case.hash}).`,
        ),
      ],
    },
    { kind: "heading", level: 3, text: "Sources", id: "sources" },
  ];
  blocks.push({
    kind: "sources",
    entries: ctx.citations.list().map(({ number, source }) => ({
      number,
      text: [source.author, source.title, source.publisher, source.date]
        .filter((x) => x !== undefined)
        .join(". "),
      url: source.url,
      grade: `reliability ${source.reliability}`,
    })),
  });
  return blocks;
}
