import type { CaseFile } from "../case/index.ts";
import type { EventRecord } from "../events/record.ts";
import {
  buildEventSeries,
  type CaseEscalation,
  caseEventsToRecords,
  FATALITY_THRESHOLDS,
  forecastCaseEscalation,
} from "../models/escalation/index.ts";
import { createRandom, deriveSeed } from "../stats/random.ts";
import type { EscalationModel, EscalationOutlook } from "./types.ts";

/** Horizons of the threshold probabilities, in months (issue 5: 3 and 12). */
export const ESCALATION_HORIZONS = [3, 12] as const;

/**
 * The case's events as canonical records (`caseEventsToRecords`) up to the as-of date, and their monthly
 * series (`buildEventSeries`, the escalation models' own): incidents and the sum of known best estimates per
 * month from the first event's month to the as-of month. Events with unknown fatalities count as incidents
 * and are counted apart so the report can say how many there were (null ≠ 0).
 */
export function caseSeries(caseFile: CaseFile): {
  records: EventRecord[];
  series: Array<{ month: string; fatalities: number; incidents: number }>;
  unknown: number;
} {
  const records = caseEventsToRecords(caseFile.events).filter((r) => r.dateStart <= caseFile.meta.asOf);
  const first = records.map((r) => r.dateStart).sort()[0];
  if (first === undefined) return { records, series: [], unknown: 0 };
  const points = buildEventSeries(records, { unit: "month", from: first, to: caseFile.meta.asOf }).points;
  return {
    records,
    series: points.map((p) => ({ month: p.period, fatalities: p.fatalitiesBest ?? 0, incidents: p.events })),
    unknown: points.reduce((sum, p) => sum + p.unknownFatalityEvents, 0),
  };
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
  const { records, series, unknown } = caseSeries(caseFile);
  const events = records.map((r) => ({
    id: r.sourceId,
    date: r.dateStart,
    place: r.locationName ?? "",
    lat: r.lat,
    lon: r.lon,
    fatalities: r.fatalitiesBest,
    type: r.eventClass ?? "",
  }));
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
    result = forecastCaseEscalation(records, {
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
