import { RowProblem } from "./mapping.ts";
import type { HarmonisedClass } from "./record.ts";

/**
 * CAMEO quad classes by root code (Schrodt, CAMEO manual 1.1b3; shared/events/formats.md §1.3):
 * 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.
 * Codes are strings of 2–4 digits (leading zeros matter); ICEWS has a few invalid ones such as `13y`.
 */
export function cameoClass(code: string): HarmonisedClass {
  if (!/^\d{2,4}$/.test(code)) throw new RowProblem(`CAMEO code "${code}" is not 2–4 digits`);
  const root = Number(code.slice(0, 2));
  if (root >= 1 && root <= 5) return "verbal_coop";
  if (root >= 6 && root <= 8) return "material_coop";
  if (root >= 9 && root <= 13) return "verbal_conflict";
  if (root >= 14 && root <= 20) return "material_conflict";
  throw new RowProblem(`CAMEO code "${code}" has no root 01–20`);
}

/** Quad class 1–4 as used by GDELT `QuadClass` and PLOVER `quad_code`. */
export const quadClasses: Record<string, HarmonisedClass> = {
  "1": "verbal_coop",
  "2": "material_coop",
  "3": "verbal_conflict",
  "4": "material_conflict",
};
