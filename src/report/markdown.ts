import { assertNever } from "../core/assert-never.ts";
import type { Block, ReportDocument, Span } from "./document.ts";
import { escapeMarkdown, markdownUrl } from "./escape.ts";

function spans(items: readonly Span[]): string {
  return items
    .map((s) => {
      switch (s.kind) {
        case "text":
          return escapeMarkdown(s.text);
        case "strong":
          return s.text.trim() === ""
            ? ""
            : `**${escapeMarkdown(s.text.trim())}**${s.text.endsWith(" ") ? " " : ""}`;
        case "ref":
          return escapeMarkdown(s.text);
        case "cite":
          return ` \\[${citeRanges(s.numbers)}\\]`;
        default:
          return assertNever(s);
      }
    })
    .join("")
    .trim();
}

/** "1–4, 7" for [1, 2, 3, 4, 7]. */
function citeRanges(numbers: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] as number) === (numbers[j] as number) + 1) j++;
    out.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return out.join(", ");
}

function cell(items: readonly Span[]): string {
  return spans(items) || " ";
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case "paragraph":
      return spans(b.spans);
    case "list":
      return b.items.map((item) => `- ${spans(item)}`).join("\n");
    case "table":
      return [
        `| ${b.head.map((h) => escapeMarkdown(h) || " ").join(" | ")} |`,
        `| ${b.head.map((_, i) => (b.numeric?.includes(i) ? "---:" : "---")).join(" | ")} |`,
        ...b.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
      ].join("\n");
    case "figure":
      return `*Figure (in the HTML report): ${escapeMarkdown(b.caption)}*`;
    case "judgment":
      return `> ${escapeMarkdown(b.statement)}\n> ${escapeMarkdown(b.confidence)}\n> ${spans(b.basis)}`;
    case "sources":
      return b.entries
        .map((e) => {
          const url = markdownUrl(e.url);
          return `${e.number}. ${escapeMarkdown(e.text)} (${escapeMarkdown(e.grade)})${url === null ? "" : ` <${url}>`}`;
        })
        .join("\n");
    default:
      return assertNever(b);
  }
}

/** The report as CommonMark with GitHub tables; every case string is escaped (see escape.ts). */
export function renderMarkdown(doc: ReportDocument): string {
  return `${[`# ${escapeMarkdown(doc.title)}`, `*${escapeMarkdown(doc.subtitle)}*`, escapeMarkdown(doc.stamp), ...doc.blocks.map(block)].join("\n\n")}\n`;
}
