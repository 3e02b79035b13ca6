import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import type { Interval } from "../../core/assessment/index.ts";
import { type ChartOptions, n, palette, svgFrame, text } from "./frame.ts";

export interface DistributionData {
  readonly title: string;
  /** Counts in 20 bins of 5 points on 0–100. */
  readonly bins: readonly number[];
  readonly statusQuo: number;
  readonly interval: Interval;
}

/** The ensemble's outcome histogram on the 0–100 scale, with the status quo and the median marked. */
export function distributionChart(data: DistributionData, options: ChartOptions): string {
  const width = options.width ?? 320;
  const height = options.height ?? 160;
  const m = { left: 12, right: 12, top: 22, bottom: 30 };
  const bins = data.bins.map((count, i) => ({ count, i }));
  const xb = scaleBand<number>()
    .domain(bins.map((b) => b.i))
    .range([m.left, width - m.right])
    .padding(0.1);
  const x = scaleLinear()
    .domain([0, 100])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (b) => b.count) ?? 1)])
    .range([height - m.bottom, m.top]);
  const parts: string[] = [
    text(m.left, 14, data.title, `font-weight="600" font-size="12" fill="${palette.ink}"`),
  ];
  for (const b of bins)
    parts.push(
      `<rect x="${n(xb(b.i) ?? 0)}" y="${n(y(b.count))}" width="${n(xb.bandwidth())}" height="${n(y(0) - y(b.count))}" fill="${palette.band}"/>`,
    );
  parts.push(
    `<line x1="${n(x(data.statusQuo))}" x2="${n(x(data.statusQuo))}" y1="${n(m.top)}" y2="${n(y(0))}" stroke="${palette.ink}" stroke-dasharray="4 3"/>`,
    `<line x1="${n(x(data.interval.value))}" x2="${n(x(data.interval.value))}" y1="${n(m.top)}" y2="${n(y(0))}" stroke="${palette.bandDark}" stroke-width="2"/>`,
    `<line x1="${n(m.left)}" x2="${n(width - m.right)}" y1="${n(y(0))}" y2="${n(y(0))}" stroke="${palette.ink}"/>`,
  );
  for (const t of [0, 50, 100])
    parts.push(text(x(t), y(0) + 13, String(t), `text-anchor="middle" fill="${palette.muted}"`));
  return svgFrame(
    width,
    height,
    `${data.title}: distribution of the ensemble's outcomes`,
    parts.join(""),
    options.stamp,
  );
}
