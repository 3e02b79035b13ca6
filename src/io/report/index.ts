export { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumAvailable, htmlToPdf } from "./pdf.ts";
export { type ReportFormat, reportFormats, reportText, writeReport } from "./write-report.ts";
