import { scaleLinear, scaleSqrt } from "d3-scale";
import type { Interval } from "../../core/assessment/index.ts";
import { type ChartOptions, clip, n, palette, svgFrame, text } from "./frame.ts";

export interface IssueScaleData {
  readonly title: string;
  readonly low: string;
  readonly high: string;
  readonly statusQuo: number;
  readonly actors: ReadonlyArray<{
    readonly name: string;
    readonly position: number;
    readonly capability: number;
    readonly salience: number;
  }>;
  readonly forecast: Interval;
}

/**
 * One issue's 0–100 scale: actors placed by position (circle area ∝ capability, shade = salience), the status
 * quo as a dashed line and the forecast with its 90 % interval as a band.
 */
export function issueScaleChart(data: IssueScaleData, options: ChartOptions): string {
  const width = options.width ?? 640;
  const margin = { left: 20, right: 20, top: 30 };
  const x = scaleLinear()
    .domain([0, 100])
    .range([margin.left, width - margin.right]);
  const maxCap = Math.max(1, ...data.actors.map((a) => a.capability));
  const r = scaleSqrt().domain([0, maxCap]).range([2, 11]);
  const shade = scaleLinear<string>().domain([0, 100]).range(["#dce6f2", "#1f4e8c"]);
  // Greedy rows: an actor goes to the first row where it does not overlap the previous label.
  const sorted = [...data.actors].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const rowEnds: number[] = [];
  // Labels sit right of their circle, or left of it in the right quarter so they stay inside the chart.
  const placed = sorted.map((a) => {
    const cx = x(a.position);
    const label = clip(a.name, 22);
    const labelWidth = label.length * 5.6 + 4;
    const left = cx > x(75);
    const start = left ? cx - r(a.capability) - labelWidth : cx - r(a.capability);
    let row = rowEnds.findIndex((end) => start > end + 4);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = left ? cx + r(a.capability) : cx + r(a.capability) + labelWidth;
    return { a, cx, row, label, left };
  });
  const rowHeight = 24;
  const axisY = margin.top + Math.max(1, rowEnds.length) * rowHeight + 8;
  const height = options.height ?? axisY + 44;
  const parts: string[] = [];
  parts.push(text(margin.left, 14, data.title, `font-weight="600" font-size="12" fill="${palette.ink}"`));
  parts.push(
    `<rect x="${n(x(data.forecast.low))}" y="${n(margin.top - 6)}" width="${n(Math.max(1, x(data.forecast.high) - x(data.forecast.low)))}" height="${n(axisY - margin.top + 6)}" fill="${palette.band}" fill-opacity="0.35"/>`,
    `<line x1="${n(x(data.forecast.value))}" x2="${n(x(data.forecast.value))}" y1="${n(margin.top - 6)}" y2="${n(axisY)}" stroke="${palette.bandDark}" stroke-width="2"/>`,
    `<line x1="${n(x(data.statusQuo))}" x2="${n(x(data.statusQuo))}" y1="${n(margin.top - 6)}" y2="${n(axisY)}" stroke="${palette.ink}" stroke-dasharray="4 3"/>`,
  );
  for (const { a, cx, row, label, left } of placed) {
    const cy = margin.top + row * rowHeight + 6;
    const rr = r(a.capability);
    parts.push(
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rr)}" fill="${shade(a.salience)}" stroke="${palette.ink}" stroke-width="0.6"/>`,
      left
        ? text(cx - rr - 3, cy + 4, label, `text-anchor="end" fill="${palette.ink}"`)
        : text(cx + rr + 3, cy + 4, label, `fill="${palette.ink}"`),
    );
  }
  parts.push(
    `<line x1="${n(x(0))}" x2="${n(x(100))}" y1="${n(axisY)}" y2="${n(axisY)}" stroke="${palette.ink}"/>`,
  );
  for (const t of [0, 25, 50, 75, 100])
    parts.push(
      `<line x1="${n(x(t))}" x2="${n(x(t))}" y1="${n(axisY)}" y2="${n(axisY + 4)}" stroke="${palette.ink}"/>`,
      text(x(t), axisY + 15, String(t), `text-anchor="middle" fill="${palette.muted}"`),
    );
  parts.push(
    text(x(0), axisY + 28, clip(`0: ${data.low}`, 48), `fill="${palette.muted}"`),
    text(x(100), axisY + 28, clip(`100: ${data.high}`, 48), `text-anchor="end" fill="${palette.muted}"`),
  );
  return svgFrame(
    width,
    height,
    `${data.title}: positions, status quo and forecast`,
    parts.join(""),
    options.stamp,
  );
}
