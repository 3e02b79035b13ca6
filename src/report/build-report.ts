import type { Assessment } from "../core/assessment/index.ts";
import type { CaseFile } from "../core/case/index.ts";
import type { ReportDocument } from "./document.ts";
import {
  conclusionsSection,
  methodSection,
  recommendationsSection,
  summarySection,
} from "./sections/conclusions.ts";
import { sectionContext } from "./sections/context.ts";
import { outlookSection } from "./sections/outlook.ts";
import { perspectivesSection } from "./sections/perspectives.ts";
import { situationSection, thirdPartiesSection } from "./sections/situation.ts";

export interface ReportOptions {
  /** Build SVG figures (HTML) or leave them out (Markdown). */
  readonly figures: boolean;
}

/** The report's content, in the sections a reader of the brief knows, from situation to method and sources. */
export function buildReport(
  caseFile: CaseFile,
  assessment: Assessment,
  options: ReportOptions,
): ReportDocument {
  const ctx = sectionContext(caseFile, assessment, options);
  const blocks = [
    ...summarySection(ctx),
    ...situationSection(ctx),
    ...perspectivesSection(ctx),
    ...thirdPartiesSection(ctx),
    ...outlookSection(ctx),
    ...conclusionsSection(ctx),
    ...recommendationsSection(ctx),
    ...methodSection(ctx),
  ];
  const a = assessment;
  return {
    title: caseFile.meta.title,
    subtitle: `Assessment as of ${a.case.asOf}`,
    stamp: `Case ${a.case.id} v${a.case.version} (hash ${a.case.hash}) · seed ${a.run.seed} · ${a.run.runs} runs · yardstick ${a.run.yardstick} · engines ${a.run.engines.join(", ")}`,
    blocks,
  };
}
