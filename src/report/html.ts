import { assertNever } from "../core/assert-never.ts";
import type { Block, ReportDocument, Span } from "./document.ts";
import { escapeHtml, safeUrl } from "./escape.ts";

/** Screen and print styles, inline so the file makes no network request; the system font stack needs no fonts. */
export const reportCss = `
:root{--ink:#1d2733;--muted:#5d6977;--rule:#d9dee5;--accent:#1f4e8c;--bg:#fff;--shade:#f4f6f9}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:60rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 .25rem}
h2{font-size:1.35rem;margin:2.2rem 0 .6rem;padding-top:.6rem;border-top:2px solid var(--ink)}
h3{font-size:1.08rem;margin:1.6rem 0 .4rem}
.subtitle{color:var(--muted);margin:0}
.stamp{color:var(--muted);font-size:.8rem;margin:.4rem 0 1.2rem}
nav.toc{background:var(--shade);padding:.6rem 1rem;border-radius:4px;font-size:.9rem}
nav.toc a{margin-right:1rem;color:var(--accent);text-decoration:none}
.table-wrap{overflow-x:auto;margin:.6rem 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.86rem}
th,td{border-bottom:1px solid var(--rule);padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:var(--shade);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.judgment{border-left:4px solid var(--accent);background:var(--shade);padding:.6rem .9rem;margin:.7rem 0}
.judgment p{margin:.15rem 0}
.judgment .confidence{color:var(--muted)}
.judgment .basis{font-size:.85rem;color:var(--muted)}
figure{margin:1rem 0;break-inside:avoid}
figure svg{max-width:100%;height:auto;display:inline-block;vertical-align:top}
figcaption{font-size:.85rem;color:var(--muted)}
sup.cite a{color:var(--accent);text-decoration:none}
ol.sources{font-size:.88rem;padding-left:1.6rem}
ol.sources a{color:var(--accent);word-break:break-all}
@media print{
  body{font-size:10.5pt}
  main{max-width:none;padding:0}
  nav.toc{display:none}
  h2{break-after:avoid}
  h3{break-after:avoid}
  table,.judgment{break-inside:avoid}
  a{color:inherit}
  ol.sources a::after{content:""}
  @page{margin:16mm 14mm}
}`;

function spans(items: readonly Span[]): string {
  return items
    .map((s) => {
      switch (s.kind) {
        case "text":
          return escapeHtml(s.text);
        case "strong":
          return `<strong>${escapeHtml(s.text)}</strong>`;
        case "cite":
          return `<sup class="cite">[${citeLinks(s.numbers)}]</sup>`;
        case "ref":
          return `<a href="#${escapeHtml(s.anchor)}">${escapeHtml(s.text)}</a>`;
        default:
          return assertNever(s);
      }
    })
    .join("");
}

/** Links to the cited sources, runs of three or more shown as "1–4". */
function citeLinks(numbers: readonly number[]): string {
  const link = (k: number) => `<a href="#source-${k}">${k}</a>`;
  const out: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] as number) === (numbers[j] as number) + 1) j++;
    out.push(
      j - i >= 2
        ? `${link(numbers[i] as number)}–${link(numbers[j] as number)}`
        : numbers
            .slice(i, j + 1)
            .map(link)
            .join(", "),
    );
    i = j + 1;
  }
  return out.join(", ");
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level} id="${escapeHtml(b.id)}">${escapeHtml(b.text)}</h${b.level}>`;
    case "paragraph":
      return `<p>${spans(b.spans)}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${spans(i)}</li>`).join("")}</ul>`;
    case "table": {
      const cls = (i: number) => (b.numeric?.includes(i) ? ' class="num"' : "");
      return `<div class="table-wrap"><table><thead><tr>${b.head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${b.rows
        .map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${spans(c)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table></div>`;
    }
    case "figure":
      return `<figure>${b.svg}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    case "judgment":
      return `<div class="judgment"><p>${escapeHtml(b.statement)}</p><p class="confidence">${escapeHtml(b.confidence)}</p><p class="basis">${spans(b.basis)}</p></div>`;
    case "sources":
      return `<ol class="sources">${b.entries
        .map((e) => {
          const url = safeUrl(e.url);
          const link =
            url === null
              ? ""
              : ` <a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(url)}</a>`;
          return `<li id="source-${e.number}" value="${e.number}">${escapeHtml(e.text)} (${escapeHtml(e.grade)}).${link}</li>`;
        })
        .join("")}</ol>`;
    default:
      return assertNever(b);
  }
}

/**
 * One self-contained HTML file: styles inline, figures as inline SVG, no script, no external resource. The only
 * external URLs are the sources' own links, in the source list. A Content-Security-Policy forbids loading anything.
 */
export function renderHtml(doc: ReportDocument): string {
  const toc = doc.blocks
    .filter((b): b is Extract<Block, { kind: "heading" }> => b.kind === "heading" && b.level === 2)
    .map((h) => `<a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a>`)
    .join("");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${reportCss}</style>`,
    "</head>",
    "<body><main>",
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    `<p class="stamp">${escapeHtml(doc.stamp)}</p>`,
    `<nav class="toc">${toc}</nav>`,
    ...doc.blocks.map(block),
    "</main></body></html>",
    "",
  ].join("\n");
}
