export { buildReport, type ReportOptions } from "./build-report.ts";
export * from "./charts/index.ts";
export type { Block, ReportDocument, Span } from "./document.ts";
export { escapeHtml, escapeMarkdown, safeUrl } from "./escape.ts";
export { renderHtml, reportCss } from "./html.ts";
export { renderMarkdown } from "./markdown.ts";
