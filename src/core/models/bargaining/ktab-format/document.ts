import type { SmpParams } from "../smp/params.ts";
import type { SmpScenario } from "../smp/scenario.ts";

/** A KTAB scenario as read from a CSV or XML file. */
export interface KtabDocument {
  scenario: SmpScenario;
  description: string;
  /** XML only: the model parameters it sets (CSV input always runs KTAB's defaults). */
  params?: SmpParams;
  /** XML only: the 64-bit PRNG seed, as written (digits). */
  seed?: string;
}

/** 1-based line number of character offset `at` in `text`. */
export function lineAt(text: string, at: number): number {
  let line = 1;
  for (let k = 0; k < at && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
