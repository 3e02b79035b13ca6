import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assertNever } from "../../core/assert-never.ts";
import type { Assessment } from "../../core/assessment/index.ts";
import type { CaseFile } from "../../core/case/index.ts";
import { buildReport, renderHtml, renderMarkdown } from "../../report/index.ts";
import { htmlToPdf } from "./pdf.ts";

export type ReportFormat = "html" | "md" | "pdf" | "json";
export const reportFormats: readonly ReportFormat[] = ["html", "md", "pdf", "json"];

/** The report as text for the text formats (the JSON is the assessment itself, stable key order). */
export function reportText(
  caseFile: CaseFile,
  assessment: Assessment,
  format: Exclude<ReportFormat, "pdf">,
): string {
  switch (format) {
    case "html":
      return renderHtml(buildReport(caseFile, assessment, { figures: true }));
    case "md":
      return renderMarkdown(buildReport(caseFile, assessment, { figures: false }));
    case "json":
      return `${JSON.stringify(assessment, null, 2)}\n`;
    default:
      return assertNever(format);
  }
}

/** Writes `<case-id>.<format>` into `outDir` (created if missing) and returns its path and size in bytes. */
export async function writeReport(
  caseFile: CaseFile,
  assessment: Assessment,
  options: { format: ReportFormat; outDir: string },
): Promise<{ path: string; bytes: number }> {
  await mkdir(options.outDir, { recursive: true });
  const path = join(options.outDir, `${caseFile.meta.id}.${options.format}`);
  if (options.format === "pdf") {
    const html = reportText(caseFile, assessment, "html");
    const bytes = await htmlToPdf(html, path);
    return { path, bytes };
  }
  const text = reportText(caseFile, assessment, options.format);
  await writeFile(path, text, "utf8");
  return { path, bytes: Buffer.byteLength(text, "utf8") };
}
