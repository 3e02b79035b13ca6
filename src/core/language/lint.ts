import { findTerm, formatPercent, normaliseTerm, probabilityTerm } from "./probability-term.ts";
import { icd203, phia, type Yardstick } from "./yardstick.ts";

/** Lint rules from shared/docs/estimative-language.md §6 ("Provide a lint pass …"). */
export type LintCode =
  | "term-mismatch"
  | "mixed-rows"
  | "likelihood-with-confidence"
  | "weasel-word"
  | "phia-gap"
  | "no-source"
  | "uncorroborated-confirmed";

export interface LintFinding {
  readonly code: LintCode;
  readonly severity: "error" | "warning";
  readonly message: string;
  /** Where the finding is, e.g. `judgments[2].statement`. */
  readonly path: string;
}

export interface EstimativeTerm {
  readonly text: string;
  readonly index: number;
}

// Every term of both yardsticks plus ICD 203's adverb forms, longest first so "very likely" wins over "likely".
const allTerms = [
  ...new Set([
    ...[icd203, phia].flatMap((y) => y.bands.flatMap((b) => b.terms)),
    "almost certainly",
    "nearly certainly",
    "probably",
    "improbably",
  ]),
].sort((a, b) => b.length - a.length);
const termPattern = new RegExp(`\\b(?:${allTerms.map((t) => t.replace(/\s+/g, "\\s+")).join("|")})\\b`, "gi");
const confidencePattern =
  /\b(?:high|moderate|medium|low)\s+confidence\b|\bconfidence\s+is\s+(?:high|moderate|low)\b/i;
// "possible/may/could": Kent's words that carry no probability. "May" the month (next to a number) is not one.
const weaselPattern = /\b(possible|possibly|may|might|could|perhaps)\b/gi;

/** The estimative terms a text uses, in order. */
export function estimativeTerms(text: string): EstimativeTerm[] {
  return [...text.matchAll(termPattern)].map((m) => ({ text: m[0].replace(/\s+/g, " "), index: m.index }));
}

/** Sentences, split after . ! ? followed by white space. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function bandAdmits(yardstick: Yardstick, band: number, low: number, high: number): boolean {
  const b = yardstick.bands[band];
  if (b === undefined) return false;
  // An interval matches when it overlaps the band (end-points shared, as ICD 203 prints them); the outermost
  // bands reach 0 and 100 %, where probabilityTerm snaps values beyond them.
  const bandLow = band === 0 ? 0 : b.low;
  const bandHigh = band === yardstick.bands.length - 1 ? 100 : b.high;
  return high * 100 >= bandLow - 1e-9 && low * 100 <= bandHigh + 1e-9;
}

/**
 * Checks one statement: words against the stated probability (low–high, 0–1), ICD 203's row rule and its
 * likelihood-with-confidence rule, weasel words when it is a key judgment, and PHIA gap values.
 */
export function lintStatement(
  text: string,
  options: {
    path: string;
    yardstick: Yardstick;
    probability?: { value: number; low: number; high: number };
    keyJudgment?: boolean;
  },
): LintFinding[] {
  const { path, yardstick, probability } = options;
  const findings: LintFinding[] = [];
  const terms = estimativeTerms(text);
  if (probability !== undefined) {
    for (const term of terms) {
      const homes = [yardstick, ...[icd203, phia].filter((y) => y !== yardstick)]
        .map((y) => ({ y, at: findTerm(term.text, y) }))
        .filter((h) => h.at !== undefined);
      // A term fits when its band overlaps the stated range, or when it is the term probabilityTerm gives
      // the stated value (a value in a PHIA gap snaps to the nearest band).
      const fits = homes.some(
        (h) =>
          bandAdmits(h.y, h.at?.band ?? -1, probability.low, probability.high) ||
          probabilityTerm(probability.value, h.y).band === h.at?.band,
      );
      if (homes.length > 0 && !fits) {
        const home = homes[0];
        const band = home?.y.bands[home.at?.band ?? -1];
        findings.push({
          code: "term-mismatch",
          severity: "error",
          path,
          message: `"${term.text}" means ${band?.low}–${band?.high} % in the ${home?.y.name}, but the stated probability is ${statedRange(probability)}`,
        });
      }
    }
    if (yardstick.id === "phia") {
      const pct = probability.value * 100;
      const inGap = !phia.bands.some(
        (b) =>
          (b.lowInclusive ? pct >= b.low : pct > b.low) && (b.highInclusive ? pct <= b.high : pct < b.high),
      );
      if (inGap)
        findings.push({
          code: "phia-gap",
          severity: "warning",
          path,
          message: `${formatPercent(probability.value)} falls in a gap of the PHIA yardstick, which leaves gaps on purpose`,
        });
    }
  }
  findings.push(...mixedRows(terms, path));
  for (const sentence of sentences(text)) {
    if (estimativeTerms(sentence).length > 0 && confidencePattern.test(sentence))
      findings.push({
        code: "likelihood-with-confidence",
        severity: "error",
        path,
        message: `a likelihood and a confidence level share one sentence (ICD 203 forbids it): "${sentence}"`,
      });
  }
  if (options.keyJudgment === true) {
    for (const m of text.matchAll(weaselPattern)) {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 5);
      if (m[0] === "May" && (/\d\s$/.test(before) || /^\s\d/.test(after))) continue;
      findings.push({
        code: "weasel-word",
        severity: "warning",
        path,
        message: `"${m[0]}" in a key judgment carries no probability (Kent 1964); state a likelihood instead`,
      });
    }
  }
  return findings;
}

/** ICD 203 rule (a): terms from both rows of its table in one text. */
export function mixedRows(terms: readonly EstimativeTerm[], path: string): LintFinding[] {
  const rows = new Map<number, string>();
  for (const term of terms) {
    const at = findTerm(term.text, icd203);
    // "unlikely", "likely" … also belong to PHIA; only ICD 203 rows are compared.
    if (at !== undefined && !rows.has(at.row)) rows.set(at.row, normaliseTerm(term.text));
  }
  if (rows.size < 2) return [];
  return [
    {
      code: "mixed-rows",
      severity: "warning",
      path,
      message: `terms from both rows of ICD 203 ("${rows.get(0)}", "${rows.get(1)}"); use one row or add the disclaimer that they mean the same`,
    },
  ];
}

function statedRange(p: { value: number; low: number; high: number }): string {
  return p.low === p.high ? formatPercent(p.value) : `${formatPercent(p.low)}–${formatPercent(p.high)}`;
}
