import type { CaseFile } from "../case/index.ts";
import {
  type CaseEscalation,
  caseEventsToRecords,
  FATALITY_THRESHOLDS,
  forecastCaseEscalation,
} from "../models/escalation/index.ts";
import { createRandom, deriveSeed } from "../stats/random.ts";
import type { EscalationModel, EscalationOutlook } from "./types.ts";

/** Horizons of the threshold probabilities, in months (issue 5: 3 and 12). */
export const ESCALATION_HORIZONS = [3, 12] as const;

function monthOf(date: string): string {
  return date.slice(0, 7);
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Monthly fatalities (sum of each side's best estimate) and incident counts from the case's events, from the
 * first event's month to the as-of month. Events whose fatalities are all unknown count as incidents with 0
 * known deaths, and are counted apart so the report can say how many there were (null ≠ 0).
 */
export function monthlySeries(caseFile: CaseFile): {
  series: Array<{ month: string; fatalities: number; incidents: number }>;
  unknown: number;
} {
  const events = caseFile.events.filter((e) => e.start <= caseFile.meta.asOf);
  if (events.length === 0) return { series: [], unknown: 0 };
  const first = events.map((e) => monthOf(e.start)).sort()[0] as string;
  const last = monthOf(caseFile.meta.asOf);
  const series: Array<{ month: string; fatalities: number; incidents: number }> = [];
  for (let m = first; m <= last; m = nextMonth(m)) series.push({ month: m, fatalities: 0, incidents: 0 });
  let unknown = 0;
  for (const e of events) {
    const row = series.find((s) => s.month === monthOf(e.start));
    if (row === undefined) continue;
    row.incidents++;
    const known = e.fatalities.filter((f) => f.best !== null);
    if (known.length === 0 && e.fatalities.length > 0) unknown++;
    row.fatalities += known.reduce((sum, f) => sum + (f.best ?? 0), 0);
  }
  return { series, unknown };
}

/** Sample paths per escalation model: threshold probabilities to ±3.5 points at worst (√(pq/n), n = 200). */
export const ESCALATION_RUNS = 200;

/**
 * Escalation outlook as of the case's date, from the escalation models' case entry point
 * (`forecastCaseEscalation`, issue 4): monthly deaths (best estimates), NB-INGARCH and the four baselines,
 * threshold probabilities P(Σ deaths ≥ k) within 3 and 12 months (and any horizon ≤ 12 a case judgment
 * claims), a rolling-origin backtest, and the recommended model (lowest backtest CRPS) whose numbers are the
 * headline; its caveats, including every "model loses to a baseline" sentence, become the skill note.
 */
export function escalationOutlook(
  caseFile: CaseFile,
  options: { runs: number; seed: number; extra?: ReadonlyArray<{ months: number; atLeast: number }> },
): EscalationOutlook {
  const { series, unknown } = monthlySeries(caseFile);
  const events = caseFile.events
    .filter((e) => e.start <= caseFile.meta.asOf)
    .map((e) => {
      const known = e.fatalities.filter((f) => f.best !== null);
      return {
        id: e.id,
        date: e.start,
        place: e.place.name,
        lat: e.place.lat ?? null,
        lon: e.place.lon ?? null,
        fatalities: known.length === 0 ? null : known.reduce((s, f) => s + (f.best ?? 0), 0),
        type: e.type,
      };
    });
  const extra = (options.extra ?? []).filter((e) => e.months <= 12);
  const empty = (note: string): EscalationOutlook => ({
    series,
    unknownFatalityEvents: unknown,
    models: [],
    primary: "none",
    fan: [],
    skillNote: note,
    events,
  });
  if (series.length < 3) return empty("Too few months of incident data for a forecast.");
  let result: CaseEscalation;
  try {
    result = forecastCaseEscalation(caseEventsToRecords(caseFile.events), {
      asOf: caseFile.meta.asOf,
      horizonMonths: [...new Set([...ESCALATION_HORIZONS, ...extra.map((e) => e.months)])],
      thresholds: [...new Set([...FATALITY_THRESHOLDS, ...extra.map((e) => e.atLeast)])].sort(
        (a, b) => a - b,
      ),
      runs: ESCALATION_RUNS,
      random: createRandom(deriveSeed(options.seed, 10_000)),
    });
  } catch (error) {
    return empty(`No escalation forecast: ${(error as Error).message}.`);
  }
  const bt = result.result.backtest;
  const crpsOf = (label: string) => {
    const rows = bt?.summaries.filter((s) => s.label === label && s.crps !== null) ?? [];
    return rows.length === 0 ? null : rows.reduce((a, s) => a + (s.crps ?? 0), 0) / rows.length;
  };
  const models: EscalationModel[] = result.result.forecasts.map((f) => ({
    model: f.label,
    baseline: f.baseline,
    thresholds: f.thresholds.flatMap((t) =>
      t.probabilities.map((p) => ({ months: t.horizon, atLeast: p.threshold, probability: p.probability })),
    ),
    backtestCrps: crpsOf(f.label),
    origins: bt?.origins.length ?? 0,
  }));
  const primary = result.result.recommended.label;
  const chosen = result.result.forecasts.find((f) => f.label === primary);
  const fan = (chosen?.steps ?? []).map((step, i) => ({
    month: result.forecastPeriods[i] ?? `+${step.h}`,
    q05: step.q05,
    q25: step.q25,
    q50: step.median,
    q75: step.q75,
    q95: step.q95,
  }));
  return {
    series,
    unknownFatalityEvents: unknown,
    models,
    primary,
    fan,
    skillNote: result.notes.join(" "),
    events,
  };
}

/** P(Σ deaths over `months` ≥ atLeast) from a model's stored thresholds, or null if not stored. */
export function thresholdProbability(
  outlook: EscalationOutlook,
  model: string,
  months: number,
  atLeast: number,
): number | null {
  const m = outlook.models.find((x) => x.model === model);
  return m?.thresholds.find((t) => t.months === months && t.atLeast === atLeast)?.probability ?? null;
}
