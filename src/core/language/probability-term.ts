import type { Band, Yardstick } from "./yardstick.ts";

export interface RenderedProbability {
  readonly term: string;
  /** Index of the band in the yardstick. */
  readonly band: number;
  /** Set when the value lies outside every band (a PHIA gap, or beyond ICD 203's 1–99 %). */
  readonly warning?: string;
}

function contains(band: Band, pct: number): boolean {
  const aboveLow = band.lowInclusive ? pct >= band.low : pct > band.low;
  const belowHigh = band.highInclusive ? pct <= band.high : pct < band.high;
  return aboveLow && belowHigh;
}

function distance(band: Band, pct: number): number {
  if (pct < band.low) return band.low - pct;
  if (pct > band.high) return pct - band.high;
  return 0;
}

/** Distance of a band's centre from even odds: the tie-breaker that prefers the less extreme term. */
function extremity(band: Band): number {
  return Math.abs((band.low + band.high) / 2 - 50);
}

/**
 * The yardstick's term for probability `p` (0–1), from row `row` (ICD 203 row 1 by default). Ties at shared
 * end-points go to the band nearer even odds; values in gaps or beyond the bands snap to the nearest band and
 * carry a warning (decision recorded in the yardstick's `rule`, per shared/docs/estimative-language.md §6).
 */
export function probabilityTerm(p: number, yardstick: Yardstick, row = 0): RenderedProbability {
  if (!(p >= 0 && p <= 1)) throw new Error(`probabilityTerm: p must be in [0, 1], got ${p}`);
  // Percent, rounded to 1e-9 so that 0.55 * 100 lands on 55 and not 55.00000000000001.
  const pct = Math.round(p * 100 * 1e9) / 1e9;
  const indexed = yardstick.bands.map((band, index) => ({ band, index }));
  const inside = indexed.filter(({ band }) => contains(band, pct));
  const pick = (candidates: typeof indexed) =>
    [...candidates].sort(
      (a, b) => distance(a.band, pct) - distance(b.band, pct) || extremity(a.band) - extremity(b.band),
    )[0];
  const chosen = pick(inside.length > 0 ? inside : indexed);
  if (chosen === undefined) throw new Error(`probabilityTerm: yardstick ${yardstick.id} has no bands`);
  const terms = chosen.band.terms;
  const term = terms[Math.min(row, terms.length - 1)] as string;
  if (inside.length > 0) return { term, band: chosen.index };
  const where =
    pct < (yardstick.bands[0]?.low ?? 0) || pct > (yardstick.bands.at(-1)?.high ?? 100)
      ? "outside the yardstick's range"
      : "in a gap between bands";
  return {
    term,
    band: chosen.index,
    warning: `${formatPercent(p)} is ${where} of the ${yardstick.name}; rendered as "${term}"`,
  };
}

/** A probability as a whole percent, or one decimal below 1 % and above 99 % ("0.4 %", "37 %"). */
export function formatPercent(p: number): string {
  const pct = p * 100;
  if (pct > 0 && pct < 1) return `${pct.toFixed(1)} %`;
  if (pct > 99 && pct < 100) return `${pct.toFixed(1)} %`;
  return `${Math.round(pct)} %`;
}

/** The band and row of a term in a yardstick, matched case-insensitively ("almost certainly" → "almost certain"). */
export function findTerm(term: string, yardstick: Yardstick): { band: number; row: number } | undefined {
  const wanted = normaliseTerm(term);
  for (const [bandIndex, band] of yardstick.bands.entries()) {
    const row = band.terms.findIndex((t) => normaliseTerm(t) === wanted);
    if (row >= 0) return { band: bandIndex, row };
  }
  return undefined;
}

/** Folds the adverb forms ICD 203 allows ("almost certainly", "probably", "improbably") onto the table's terms. */
export function normaliseTerm(term: string): string {
  const t = term.toLowerCase().replace(/\s+/g, " ").trim();
  const adverbs: Record<string, string> = {
    "almost certainly": "almost certain",
    "nearly certainly": "nearly certain",
    probably: "probable",
    improbably: "improbable",
  };
  return adverbs[t] ?? t;
}
