import type { EventRecord } from "../../events/record.ts";
import { type PeriodUnit, periodKey, periodRange } from "./period.ts";

/** Conflict–cooperation index of one directed dyad in one period (formats.md §2.7). */
export interface DyadIndexPoint {
  period: string;
  /** Events from `source` to `target` in the period (the volume). */
  volume: number;
  /** Mean Goldstein/PLOVER score of the scored events (sum / number scored): −10 conflict … +10 cooperation. */
  meanScore: number | null;
  /** Shares of the volume by quad class: verbal/material cooperation, verbal/material conflict. */
  shares: {
    verbalCoop: number;
    materialCoop: number;
    verbalConflict: number;
    materialConflict: number;
  } | null;
  /** (verbal + material conflict) / (verbal + material cooperation); null when no cooperation event. */
  conflictCooperationRatio: number | null;
  /** meanScore standardised against the dyad's own earlier periods (null until 3 earlier scored periods). */
  zScore: number | null;
}

export interface DyadIndex {
  source: string;
  target: string;
  unit: PeriodUnit;
  points: DyadIndexPoint[];
}

/**
 * Goldstein/PLOVER conflict–cooperation index per directed dyad (formats.md §2.7; Goldstein 1992 scale):
 * events from `source` to `target` (matched on actor country, then actor name) per period, normalised by the
 * dyad's volume — means and shares rather than sums, because news-coded volume tracks media attention.
 * The z-score compares each period's mean with the mean and standard deviation of the dyad's earlier periods
 * only (no look-ahead). De-duplicate news-coded events before calling (formats.md §2.7).
 */
export function dyadConflictIndex(
  records: readonly EventRecord[],
  options: { source: string; target: string; unit: PeriodUnit; from: string; to: string },
): DyadIndex {
  const { source, target, unit, from, to } = options;
  const side = (code: string | null, name: string | null, wanted: string) =>
    (code ?? "").toLowerCase() === wanted.toLowerCase() ||
    (name ?? "").toLowerCase() === wanted.toLowerCase();
  const buckets = new Map<
    string,
    { volume: number; sum: number; scored: number; q: [number, number, number, number] }
  >();
  for (const p of periodRange(from, to, unit))
    buckets.set(p.key, { volume: 0, sum: 0, scored: 0, q: [0, 0, 0, 0] });
  for (const r of records) {
    if (r.dateStart < from || r.dateStart > to) continue;
    if (!side(r.actorACountry, r.actorA, source) || !side(r.actorBCountry, r.actorB, target)) continue;
    const b = buckets.get(periodKey(r.dateStart, unit));
    if (!b) continue;
    b.volume += 1;
    if (r.conflictScore !== null) {
      b.sum += r.conflictScore;
      b.scored += 1;
    }
    const quad = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"].indexOf(
      r.harmonisedClass,
    );
    if (quad >= 0) b.q[quad] = (b.q[quad] as number) + 1;
  }
  const history: number[] = [];
  const points: DyadIndexPoint[] = [];
  for (const [period, b] of buckets) {
    const meanScore = b.scored > 0 ? b.sum / b.scored : null;
    const [vc, mc, vf, mf] = b.q;
    const quadTotal = vc + mc + vf + mf;
    let zScore: number | null = null;
    if (meanScore !== null && history.length >= 3) {
      const m = history.reduce((a, x) => a + x, 0) / history.length;
      const sd = Math.sqrt(history.reduce((a, x) => a + (x - m) ** 2, 0) / (history.length - 1));
      zScore = sd > 0 ? (meanScore - m) / sd : null;
    }
    points.push({
      period,
      volume: b.volume,
      meanScore,
      shares:
        quadTotal > 0
          ? {
              verbalCoop: vc / quadTotal,
              materialCoop: mc / quadTotal,
              verbalConflict: vf / quadTotal,
              materialConflict: mf / quadTotal,
            }
          : null,
      conflictCooperationRatio: vc + mc > 0 ? (vf + mf) / (vc + mc) : null,
      zScore,
    });
    if (meanScore !== null) history.push(meanScore);
  }
  return { source, target, unit, points };
}
