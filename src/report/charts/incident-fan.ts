import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import { type ChartOptions, n, palette, svgFrame, text } from "./frame.ts";

export interface IncidentFanData {
  readonly title: string;
  readonly history: ReadonlyArray<{ readonly month: string; readonly value: number }>;
  readonly fan: ReadonlyArray<{
    readonly month: string;
    readonly q05: number;
    readonly q25: number;
    readonly q50: number;
    readonly q75: number;
    readonly q95: number;
  }>;
  readonly unit: string;
}

/** Monthly history as bars, then the forecast's median with its 50 % and 90 % bands (a fan chart). */
export function incidentFanChart(data: IncidentFanData, options: ChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 240;
  const m = { left: 36, right: 12, top: 24, bottom: 40 };
  const months = [...data.history.map((h) => h.month), ...data.fan.map((f) => f.month)];
  const x = scaleBand<string>()
    .domain(months)
    .range([m.left, width - m.right])
    .padding(0.15);
  const top = Math.max(1, max(data.history, (h) => h.value) ?? 0, max(data.fan, (f) => f.q95) ?? 0);
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([height - m.bottom, m.top]);
  const cx = (month: string) => (x(month) ?? 0) + x.bandwidth() / 2;
  type Step = (typeof data.fan)[number];
  const band = (lo: (f: Step) => number, hi: (f: Step) => number) =>
    area<Step>()
      .x((f) => cx(f.month))
      .y0((f) => y(lo(f)))
      .y1((f) => y(hi(f)))
      .digits(2)([...data.fan]) ?? "";
  const median =
    line<Step>()
      .x((f) => cx(f.month))
      .y((f) => y(f.q50))
      .digits(2)([...data.fan]) ?? "";
  const parts: string[] = [
    text(m.left, 14, data.title, `font-weight="600" font-size="12" fill="${palette.ink}"`),
  ];
  for (const t of y.ticks(4))
    parts.push(
      `<line x1="${n(m.left)}" x2="${n(width - m.right)}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="${palette.grid}"/>`,
      text(m.left - 4, y(t) + 4, String(t), `text-anchor="end" fill="${palette.muted}"`),
    );
  for (const h of data.history)
    parts.push(
      `<rect x="${n(x(h.month) ?? 0)}" y="${n(y(h.value))}" width="${n(x.bandwidth())}" height="${n(y(0) - y(h.value))}" fill="${palette.accent}" fill-opacity="0.75"/>`,
    );
  if (data.fan.length > 0)
    parts.push(
      `<path d="${band(
        (f) => f.q05,
        (f) => f.q95,
      )}" fill="${palette.band}" fill-opacity="0.45"/>`,
      `<path d="${band(
        (f) => f.q25,
        (f) => f.q75,
      )}" fill="${palette.bandDark}" fill-opacity="0.45"/>`,
      `<path d="${median}" fill="none" stroke="${palette.bandDark}" stroke-width="2"/>`,
    );
  months.forEach((month, i) => {
    if (i % 3 !== 0) return;
    parts.push(
      text(
        cx(month),
        height - m.bottom + 14,
        month,
        `text-anchor="middle" font-size="9" fill="${palette.muted}"`,
      ),
    );
  });
  parts.push(
    text(
      m.left,
      height - 12,
      `${data.unit}; bars observed, band forecast (50 % and 90 %)`,
      `fill="${palette.muted}" font-size="9"`,
    ),
  );
  return svgFrame(width, height, `${data.title}: observed and forecast`, parts.join(""), options.stamp);
}
