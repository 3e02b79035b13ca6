import type { Assessment } from "../../core/assessment/index.ts";
import type { CaseFile } from "../../core/case/index.ts";
import { formatPercent, probabilityTerm, type Yardstick, yardstickById } from "../../core/language/index.ts";
import type { ChartOptions } from "../charts/index.ts";
import { Citations } from "../citations.ts";

/** Everything a section builder needs: the case, its assessment, the numbering of sources, the chart stamp. */
export interface SectionContext {
  readonly caseFile: CaseFile;
  readonly assessment: Assessment;
  readonly citations: Citations;
  readonly yardstick: Yardstick;
  readonly chart: ChartOptions;
  /** Whether to build SVG figures (the Markdown report leaves them out). */
  readonly figures: boolean;
}

export function sectionContext(
  caseFile: CaseFile,
  assessment: Assessment,
  options: { figures: boolean },
): SectionContext {
  return {
    caseFile,
    assessment,
    citations: new Citations(caseFile),
    yardstick: yardstickById(assessment.run.yardstick),
    chart: {
      stamp: {
        seed: assessment.run.seed,
        caseVersion: assessment.case.version,
        caseHash: assessment.case.hash,
      },
    },
    figures: options.figures,
  };
}

export function actorName(ctx: SectionContext, id: string): string {
  return ctx.caseFile.actors.find((a) => a.id === id)?.name ?? id;
}

export function issueName(ctx: SectionContext, id: string): string {
  return ctx.caseFile.issues.find((i) => i.id === id)?.name ?? id;
}

/** "likely (70 %)" in the report's yardstick. */
export function worded(ctx: SectionContext, p: number): string {
  return `${probabilityTerm(p, ctx.yardstick).term} (${formatPercent(p)})`;
}

/** A number with `digits` decimals, a true minus sign (U+2212) for negatives, and no "−0". */
export function fixed(x: number, digits = 1): string {
  const s = x.toFixed(digits);
  if (s === `-${(0).toFixed(digits)}`) return (0).toFixed(digits);
  return s.startsWith("-") ? `−${s.slice(1)}` : s;
}

export function signed(x: number, digits = 1): string {
  const s = fixed(x, digits);
  return x > 0 && s !== fixed(0, digits) ? `+${s}` : s;
}
