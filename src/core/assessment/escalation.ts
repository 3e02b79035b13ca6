import type { CaseFile } from "../case/index.ts";
import { backtest } from "../models/escalation/backtest.ts";
import { forecastCounts } from "../models/escalation/forecast.ts";
import {
  DEFAULT_BASELINES,
  DEFAULT_INGARCH,
  isBaseline,
  type ModelSpec,
  modelLabel,
} from "../models/escalation/model-spec.ts";
import { stepSamples } from "../models/escalation/sample-paths.ts";
import { FATALITY_THRESHOLDS, thresholdProbabilities } from "../models/escalation/thresholds.ts";
import { quantileSorted } from "../stats/quantile.ts";
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

/**
 * Escalation outlook as of the case's date: each model's threshold probabilities P(Σ deaths ≥ k) over 3 and
 * 12 months from the same sample paths, a rolling-origin backtest of 3-month forecasts (expanding window),
 * and the fan of the primary model — the one with the lowest backtest CRPS, baseline or not.
 */
export function escalationOutlook(
  caseFile: CaseFile,
  options: { runs: number; seed: number; extra?: ReadonlyArray<{ months: number; atLeast: number }> },
): EscalationOutlook {
  const extra = options.extra ?? [];
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
  const y = series.map((s) => s.fatalities);
  if (y.length < 3)
    return {
      series,
      unknownFatalityEvents: unknown,
      models: [],
      primary: "none",
      fan: [],
      skillNote: "Too few months of incident data for a forecast.",
      events,
    };
  const specs: ModelSpec[] = [DEFAULT_INGARCH, ...DEFAULT_BASELINES];
  const horizon = Math.min(120, Math.max(...ESCALATION_HORIZONS, ...extra.map((e) => e.months)));
  const runs = Math.max(200, options.runs * 4);
  const bt = backtest(y, { horizon: 3, runs: 200, seed: options.seed, minTrain: 6 });
  const crpsOf = (label: string) => {
    const rows = bt.summaries.filter((s) => s.label === label && s.crps !== null);
    return rows.length === 0 ? null : rows.reduce((a, s) => a + (s.crps ?? 0), 0) / rows.length;
  };
  const forecasts = specs.map((spec, i) => {
    const random = createRandom(deriveSeed(options.seed, 10_000 + i));
    try {
      return { spec, forecast: forecastCounts(spec, y, { horizon, runs, random }) };
    } catch {
      return { spec, forecast: null };
    }
  });
  const models: EscalationModel[] = forecasts.flatMap(({ spec, forecast }) =>
    forecast === null
      ? []
      : [
          {
            model: modelLabel(spec),
            baseline: isBaseline(spec),
            thresholds: [
              ...ESCALATION_HORIZONS.flatMap((months) =>
                thresholdProbabilities(forecast.paths, months, FATALITY_THRESHOLDS).map((t) => ({
                  months,
                  atLeast: t.threshold,
                  probability: t.probability,
                })),
              ),
              ...extra
                .filter(
                  (e) =>
                    !(ESCALATION_HORIZONS as readonly number[]).includes(e.months) ||
                    !(FATALITY_THRESHOLDS as readonly number[]).includes(e.atLeast),
                )
                .map((e) => ({
                  months: e.months,
                  atLeast: e.atLeast,
                  probability:
                    thresholdProbabilities(forecast.paths, e.months, [e.atLeast])[0]?.probability ?? 0,
                })),
            ],
            backtestCrps: crpsOf(modelLabel(spec)),
            origins: bt.origins.length,
          },
        ],
  );
  const scored = models.filter((m) => m.backtestCrps !== null && m.model !== "zero");
  const primary =
    [...scored].sort((a, b) => (a.backtestCrps ?? 0) - (b.backtestCrps ?? 0))[0]?.model ??
    modelLabel(DEFAULT_INGARCH);
  const primaryPaths = forecasts.find((f) => modelLabel(f.spec) === primary)?.forecast?.paths ?? [];
  let month = series.at(-1)?.month ?? monthOf(caseFile.meta.asOf);
  const fan = [];
  for (let h = 1; h <= 12 && primaryPaths.length > 0; h++) {
    month = nextMonth(month);
    const s = stepSamples(primaryPaths, h).sort();
    fan.push({
      month,
      q05: quantileSorted(s, 0.05),
      q25: quantileSorted(s, 0.25),
      q50: quantileSorted(s, 0.5),
      q75: quantileSorted(s, 0.75),
      q95: quantileSorted(s, 0.95),
    });
  }
  const verdict = bt.verdicts.find((v) => v.label === modelLabel(DEFAULT_INGARCH));
  const skillNote = [
    verdict?.sentence ?? "The self-exciting model could not be backtested.",
    primary === modelLabel(DEFAULT_INGARCH)
      ? `The outlook uses ${primary}, the best-scoring model in the backtest (${bt.origins.length} origins).`
      : `The outlook therefore uses the baseline ${primary}, which scored best in the backtest (${bt.origins.length} origins).`,
  ].join(" ");
  return { series, unknownFatalityEvents: unknown, models, primary, fan, skillNote, events };
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
