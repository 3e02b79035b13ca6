import { z } from "zod";
import type { EventFilter } from "../../events/filter.ts";
import type { EventRecord } from "../../events/record.ts";
import type { Random } from "../../stats/random.ts";
import { forecastSeries, type SeriesForecast } from "./escalation-forecast.ts";
import { buildEventSeries, type SeriesPoint, seriesValues, UNKNOWN_FATALITIES_RULE } from "./event-series.ts";
import { DEFAULT_INGARCH, INGARCH_WITH_MARKS, type ModelSpec } from "./model-spec.ts";
import { addDays, periodBounds, periodKey } from "./period.ts";
import type { Region } from "./region.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** What the assessment asks for; `random` is passed beside these (it is not data). */
export const CaseEscalationOptions = z.object({
  /** The cutoff: events starting after it are ignored, and forecasts start at the next month. */
  asOf: isoDate,
  /** Horizons (months) for cumulative threshold probabilities; the forecast runs to the longest (≤ 12). */
  horizonMonths: z.union([z.int().min(1).max(12), z.array(z.int().min(1).max(12)).min(1)]).default([3, 12]),
  runs: z.int().min(10).max(100_000).default(1000),
  target: z
    .enum(["fatalities-best", "fatalities-low", "fatalities-high", "events"])
    .default("fatalities-best"),
  /** First day of the series (default: the first selected event's date). */
  from: isoDate.optional(),
  /** First backtest origin as a date: the last month the first backtest fit may see (default: 6th month). */
  backtestFrom: isoDate.optional(),
  thresholds: z.array(z.number().positive()).min(1).optional(),
});
export type CaseEscalationOptions = z.input<typeof CaseEscalationOptions>;

export interface CaseEscalation {
  asOf: string;
  target: "fatalities-best" | "fatalities-low" | "fatalities-high" | "events";
  unit: "month";
  /** The monthly series the models saw (events, fatalities best/low/high, unknown-fatality events). */
  series: SeriesPoint[];
  values: number[];
  /** Months whose value is a lower bound because some fatalities were unknown. */
  lowerBoundPeriods: string[];
  /** The last month when the cutoff falls before its end (its value is a lower bound too). */
  partialLastPeriod: string | null;
  /** Calendar months of forecast steps 1…horizon. */
  forecastPeriods: string[];
  rule: string;
  /** Exogenous marks: monthly event counts over the same months, fed to `ingarch-nb+marks`. */
  marks: { label: string; values: number[] }[];
  result: SeriesForecast;
  /** Caveats an analyst must see next to the numbers, including every model-loses-to-baseline sentence. */
  notes: string[];
}

/**
 * The single entry point for escalation forecasting on a case or any event set: monthly series as of a
 * cutoff → predictive samples 1…max(horizonMonths) months ahead for NB-INGARCH and the four baselines →
 * cumulative threshold probabilities P(≥ 1, 25, 100, 1000) within each horizon → rolling-origin backtest of
 * all models on the same series, with skill, verdicts and a recommended model whose probabilities are the
 * headline. Nothing after `asOf` is read: records are cut before the series is built.
 */
export function forecastCaseEscalation(
  records: readonly EventRecord[],
  options: CaseEscalationOptions & {
    random: Random;
    filter?: EventFilter;
    region?: Region;
    models?: readonly ModelSpec[];
    /**
     * Exogenous marks, e.g. CAMEO/PLOVER material-conflict events between the two governments: each becomes
     * its monthly event count over the series' months (cut at `asOf` like the events) and enters the
     * `ingarch-nb+marks` model lagged one month; beyond the cutoff each is held at its last value.
     */
    marks?: readonly {
      label: string;
      records: readonly EventRecord[];
      filter?: EventFilter;
      region?: Region;
    }[];
    onProgress?: (done: number, total: number) => void;
  },
): CaseEscalation {
  const o = CaseEscalationOptions.parse(options);
  const horizons = [...new Set(Array.isArray(o.horizonMonths) ? o.horizonMonths : [o.horizonMonths])].sort(
    (a, b) => a - b,
  );
  const horizon = horizons.at(-1)!;
  const visible = records.filter((r) => r.dateStart <= o.asOf);
  const firstDate = o.from ?? visible.map((r) => r.dateStart).sort()[0];
  if (firstDate === undefined) throw new Error(`forecastCaseEscalation: no events on or before ${o.asOf}`);
  const series = buildEventSeries(visible, {
    unit: "month",
    from: firstDate,
    to: o.asOf,
    ...(options.filter ? { filter: options.filter } : {}),
    ...(options.region ? { region: options.region } : {}),
  });
  if (series.points.length < 3)
    throw new Error(
      `forecastCaseEscalation: ${series.points.length} month(s) before ${o.asOf}; at least 3 are needed`,
    );
  const { values, lowerBoundPeriods } = seriesValues(series, o.target);
  const partialLastPeriod = periodBounds(o.asOf, "month").end === o.asOf ? null : periodKey(o.asOf, "month");

  const forecastPeriods: string[] = [];
  let next = addDays(periodBounds(o.asOf, "month").end, 1);
  for (let h = 0; h < horizon; h++) {
    forecastPeriods.push(periodKey(next, "month"));
    next = addDays(periodBounds(next, "month").end, 1);
  }

  const marks = (options.marks ?? []).map((m) => {
    const s = buildEventSeries(
      m.records.filter((r) => r.dateStart <= o.asOf),
      {
        unit: "month",
        from: series.points[0]!.start,
        to: o.asOf,
        ...(m.filter ? { filter: m.filter } : {}),
        ...(m.region ? { region: m.region } : {}),
      },
    );
    return { label: m.label, values: s.points.map((p) => p.events) };
  });
  const models =
    options.models ?? (marks.length > 0 ? [DEFAULT_INGARCH, INGARCH_WITH_MARKS] : [DEFAULT_INGARCH]);

  const firstOrigin = o.backtestFrom
    ? series.points.findIndex((p) => p.period === periodKey(o.backtestFrom!, "month"))
    : Math.min(5, series.points.length - 2);
  if (firstOrigin < 2)
    throw new Error(`forecastCaseEscalation: backtestFrom ${o.backtestFrom} leaves too little training data`);
  const result = forecastSeries(values, {
    horizon,
    thresholdHorizons: horizons,
    ...(o.thresholds ? { thresholds: o.thresholds } : {}),
    runs: o.runs,
    random: options.random,
    models,
    ...(marks.length > 0 ? { covariates: marks.map((m) => m.values) } : {}),
    backtest: { firstOrigin },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  const notes: string[] = [];
  if (o.target !== "events" && lowerBoundPeriods.length > 0)
    notes.push(
      `${lowerBoundPeriods.length} month(s) include events with unknown fatalities (${lowerBoundPeriods.join(", ")}); their totals are lower bounds and the models treat them as observed.`,
    );
  if (partialLastPeriod)
    notes.push(
      `The cutoff ${o.asOf} falls inside ${partialLastPeriod}: that month is incomplete and counts as observed so far.`,
    );
  if (values.length < 24)
    notes.push(
      `Only ${values.length} months of history: fits and backtest scores are noisy, and the longest steps are scored on few origins.`,
    );
  notes.push(
    "Forecasts are plug-in: parameter uncertainty of the fitted models is not propagated, so intervals are too narrow.",
  );
  for (const v of result.backtest?.verdicts ?? []) notes.push(v.sentence);
  notes.push(`Recommended model: ${result.recommended.label} (${result.recommended.reason}).`);
  return {
    asOf: o.asOf,
    target: o.target,
    unit: "month",
    series: series.points,
    values,
    lowerBoundPeriods,
    partialLastPeriod,
    forecastPeriods,
    rule: UNKNOWN_FATALITIES_RULE,
    marks,
    result,
    notes,
  };
}
