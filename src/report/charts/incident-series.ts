import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import { escapeHtml } from "../escape.ts";
import { type ChartOptions, n, palette, svgFrame, text } from "./frame.ts";

export interface SeriesForecastStep {
  /** `YYYY-MM`. */
  readonly period: string;
  readonly q05: number;
  readonly q25: number;
  readonly q50: number;
  readonly q75: number;
  readonly q95: number;
}

export interface IncidentSeriesData {
  readonly title: string;
  /** What is counted per month, e.g. "deaths per month" or "incidents per month": the y-axis label. */
  readonly unit: string;
  /** Months up to the as-of date; null = no data for the month (not 0). Months missing in between count as null. */
  readonly observed: ReadonlyArray<{ readonly period: string; readonly value: number | null }>;
  /** Predictive quantiles per horizon month after the last observed month. */
  readonly forecast: ReadonlyArray<SeriesForecastStep>;
  /** The as-of date shown at the marker (e.g. `2022-08-15`); defaults to the last observed month. */
  readonly asOf?: string;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthIndex(period: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = Number(m?.[2]);
  if (m === null || month < 1 || month > 12)
    throw new Error(`incidentSeriesChart: period "${period}" is not YYYY-MM`);
  return Number(m[1]) * 12 + month - 1;
}

function periodOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * Monthly counts as bars up to the as-of date, then the forecast fan: the median as a line with points and the
 * central 50 % and 90 % predictive intervals as bands (the Bank of England's fan-chart convention; Britton,
 * Fisher & Whitley 1998). Months without data get a hollow marker on the axis, so they do not read as zero.
 */
export function incidentSeriesChart(data: IncidentSeriesData, options: ChartOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 320;
  const m = { left: 52, right: 16, top: 44, bottom: 70 };
  for (const f of data.forecast)
    if (!(f.q05 <= f.q25 && f.q25 <= f.q50 && f.q50 <= f.q75 && f.q75 <= f.q95))
      throw new Error(
        `incidentSeriesChart: forecast quantiles for ${f.period} are not in order q05 ≤ … ≤ q95`,
      );
  const observed = new Map(data.observed.map((o) => [monthIndex(o.period), o.value]));
  const forecast = [...data.forecast].sort((a, b) => monthIndex(a.period) - monthIndex(b.period));
  const all = [...observed.keys(), ...forecast.map((f) => monthIndex(f.period))];
  if (all.length === 0)
    return svgFrame(
      width,
      height,
      `${data.title}: no data`,
      text(width / 2, height / 2, "No monthly data", `text-anchor="middle" fill="${palette.muted}"`),
      options.stamp,
    );
  const first = Math.min(...all);
  const last = Math.max(...all);
  const lastObserved = observed.size === 0 ? first - 1 : Math.max(...observed.keys());
  const months = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const x = scaleBand<number>()
    .domain(months)
    .range([m.left, width - m.right])
    .paddingInner(0.18)
    .paddingOuter(0.1);
  const step = x.step();
  const left = (i: number) => (x(i) ?? 0) - (step - x.bandwidth()) / 2;
  const centre = (i: number) => (x(i) ?? 0) + x.bandwidth() / 2;
  const top = Math.max(1, max([...observed.values()], (v) => v ?? 0) ?? 0, max(forecast, (f) => f.q95) ?? 0);
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([height - m.bottom, m.top]);
  const id = escapeHtml(options.id ?? "series");

  const parts: string[] = [
    text(m.left, 16, data.title, `font-weight="600" font-size="12" fill="${palette.ink}"`),
  ];
  for (const t of y.ticks(5))
    parts.push(
      `<line x1="${n(m.left)}" x2="${n(width - m.right)}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="${palette.grid}"/>`,
      text(m.left - 6, y(t) + 4, String(t), `text-anchor="end" fill="${palette.muted}"`),
    );
  const yMid = (m.top + height - m.bottom) / 2;
  parts.push(
    `<text x="14" y="${n(yMid)}" transform="rotate(-90 14 ${n(yMid)})" text-anchor="middle" fill="${palette.muted}">${escapeHtml(data.unit)}</text>`,
  );

  // The as-of marker: between the last observed month and the first forecast month.
  if (forecast.length > 0 || observed.size > 0) {
    const asOfX = lastObserved < first ? m.left : left(lastObserved) + step;
    parts.push(
      `<rect x="${n(asOfX)}" y="${n(m.top - 4)}" width="${n(Math.max(0, width - m.right - asOfX))}" height="${n(height - m.bottom - m.top + 4)}" fill="#f4f6f9"/>`,
      `<line x1="${n(asOfX)}" x2="${n(asOfX)}" y1="${n(m.top - 8)}" y2="${n(height - m.bottom)}" stroke="${palette.ink}" stroke-dasharray="4 3"/>`,
      text(
        asOfX - 4,
        m.top - 10,
        `as of ${data.asOf ?? periodOf(lastObserved)}`,
        `text-anchor="end" font-size="10" fill="${palette.ink}"`,
      ),
    );
    if (forecast.length > 0)
      parts.push(text(asOfX + 4, m.top - 10, "forecast", `font-size="10" fill="${palette.bandDark}"`));
  }

  // Observed bars; 0 as a hairline on the axis, no data as a hollow marker.
  const base = y(0);
  for (const i of months) {
    if (i > lastObserved) break;
    const value = observed.get(i) ?? null;
    const bx = x(i) ?? 0;
    const label =
      `${periodOf(i)}: ${value === null ? "no data" : value} ${value === null ? "" : data.unit}`.trim();
    if (value === null)
      parts.push(
        `<circle class="no-data" data-period="${periodOf(i)}" cx="${n(centre(i))}" cy="${n(base - 4)}" r="2.5" fill="#ffffff" stroke="${palette.muted}"><title>${escapeHtml(label)}</title></circle>`,
      );
    else
      parts.push(
        `<rect class="observed" data-period="${periodOf(i)}" x="${n(bx)}" y="${n(Math.min(y(value), base - 1))}" width="${n(x.bandwidth())}" height="${n(Math.max(1, base - y(value)))}" fill="${palette.accent}" fill-opacity="${value === 0 ? 0.4 : 0.78}"><title>${escapeHtml(label)}</title></rect>`,
      );
  }

  // The fan: bands across each forecast month's full slot (so a one-month horizon still shows), median on top.
  if (forecast.length > 0) {
    const firstF = forecast[0] as SeriesForecastStep;
    const lastF = forecast[forecast.length - 1] as SeriesForecastStep;
    const points: Array<{ x: number; f: SeriesForecastStep }> = [
      { x: left(monthIndex(firstF.period)) + 1, f: firstF },
      ...forecast.map((f) => ({ x: centre(monthIndex(f.period)), f })),
      { x: left(monthIndex(lastF.period)) + step - 1, f: lastF },
    ];
    const band = (lo: keyof SeriesForecastStep, hi: keyof SeriesForecastStep) =>
      area<{ x: number; f: SeriesForecastStep }>()
        .x((p) => p.x)
        .y0((p) => y(p.f[lo] as number))
        .y1((p) => y(p.f[hi] as number))
        .digits(2)(points) ?? "";
    const median =
      line<{ x: number; f: SeriesForecastStep }>()
        .x((p) => p.x)
        .y((p) => y(p.f.q50))
        .digits(2)(points) ?? "";
    parts.push(
      `<path class="band-90" d="${band("q05", "q95")}" fill="${palette.band}" fill-opacity="0.45"/>`,
      `<path class="band-50" d="${band("q25", "q75")}" fill="${palette.bandDark}" fill-opacity="0.45"/>`,
      `<path class="median" d="${median}" fill="none" stroke="${palette.series[0]}" stroke-width="2"/>`,
    );
    for (const f of forecast) {
      const i = monthIndex(f.period);
      const tip = `${f.period}: median ${fmt(f.q50)}; 50 % interval ${fmt(f.q25)}–${fmt(f.q75)}; 90 % interval ${fmt(f.q05)}–${fmt(f.q95)} ${data.unit}`;
      parts.push(
        `<g class="forecast" data-period="${f.period}" data-q05="${fmt(f.q05)}" data-q25="${fmt(f.q25)}" data-q50="${fmt(f.q50)}" data-q75="${fmt(f.q75)}" data-q95="${fmt(f.q95)}"><title>${escapeHtml(tip)}</title>`,
        `<rect x="${n(left(i))}" y="${n(m.top)}" width="${n(step)}" height="${n(height - m.bottom - m.top)}" fill="transparent"/>`,
        `<circle cx="${n(centre(i))}" cy="${n(y(f.q50))}" r="2.2" fill="${palette.series[0]}"/></g>`,
      );
    }
  }

  // The x axis: months, thinned to fit, with the year under each January and under the first month.
  parts.push(
    `<line x1="${n(m.left)}" x2="${n(width - m.right)}" y1="${n(base)}" y2="${n(base)}" stroke="${palette.ink}"/>`,
  );
  const every = [1, 2, 3, 4, 6, 12].find((k) => step * k >= 30) ?? 12;
  for (const i of months) {
    const month = i % 12;
    if (month % every !== 0 && i !== first) continue;
    parts.push(
      `<line x1="${n(centre(i))}" x2="${n(centre(i))}" y1="${n(base)}" y2="${n(base + 4)}" stroke="${palette.ink}"/>`,
      text(
        centre(i),
        base + 15,
        monthNames[month] ?? "",
        `text-anchor="middle" font-size="10" fill="${palette.muted}"`,
      ),
    );
    if (month === 0 || i === first)
      parts.push(
        text(
          centre(i),
          base + 27,
          String(Math.floor(i / 12)),
          `text-anchor="middle" font-size="10" fill="${palette.ink}"`,
        ),
      );
  }

  parts.push(legend(m.left, height - 24, id));
  const title = `${data.title}: ${data.unit}, observed to ${data.asOf ?? periodOf(lastObserved)} and forecast for ${forecast.length} months`;
  return svgFrame(width, height, title, parts.join(""), options.stamp);
}

/** Quantiles of counts are often fractional (interpolated); one decimal is enough to read them. */
function fmt(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function legend(x: number, y: number, id: string): string {
  const swatch = (dx: number, body: string, label: string) =>
    `<g id="${id}-legend-${dx}">${body}${text(x + dx + 16, y + 4, label, `fill="${palette.ink}"`)}</g>`;
  return [
    swatch(
      0,
      `<rect x="${n(x)}" y="${n(y - 5)}" width="11" height="10" fill="${palette.accent}" fill-opacity="0.78"/>`,
      "observed",
    ),
    swatch(
      80,
      `<line x1="${n(x + 80)}" x2="${n(x + 92)}" y1="${n(y)}" y2="${n(y)}" stroke="${palette.series[0]}" stroke-width="2"/>`,
      "median forecast",
    ),
    swatch(
      200,
      `<rect x="${n(x + 200)}" y="${n(y - 5)}" width="11" height="10" fill="${palette.bandDark}" fill-opacity="0.45"/>`,
      "50 % interval",
    ),
    swatch(
      300,
      `<rect x="${n(x + 300)}" y="${n(y - 5)}" width="11" height="10" fill="${palette.band}" fill-opacity="0.45"/>`,
      "90 % interval",
    ),
    swatch(
      400,
      `<circle cx="${n(x + 405)}" cy="${n(y)}" r="2.5" fill="#ffffff" stroke="${palette.muted}"/>`,
      "no data (not 0)",
    ),
  ].join("");
}
