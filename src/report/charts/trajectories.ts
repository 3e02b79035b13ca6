import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { type ChartOptions, clip, n, palette, svgFrame, text } from "./frame.ts";

export interface TrajectoryData {
  readonly title: string;
  readonly statusQuo: number;
  readonly series: ReadonlyArray<{ readonly label: string; readonly values: readonly number[] }>;
}

/** Each engine's forecast round by round (x: round, y: the 0–100 scale), with the status quo dashed. */
export function trajectoryChart(data: TrajectoryData, options: ChartOptions): string {
  const width = options.width ?? 420;
  const height = options.height ?? 220;
  const m = { left: 32, right: 130, top: 24, bottom: 30 };
  const rounds = Math.max(1, (max(data.series, (s) => s.values.length) ?? 1) - 1);
  const x = scaleLinear()
    .domain([0, rounds])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([height - m.bottom, m.top]);
  const path = line<number>()
    .x((_, i) => x(i))
    .y((v) => y(v))
    .digits(2);
  const parts: string[] = [
    text(m.left, 14, data.title, `font-weight="600" font-size="12" fill="${palette.ink}"`),
  ];
  for (const t of [0, 25, 50, 75, 100])
    parts.push(
      `<line x1="${n(m.left)}" x2="${n(width - m.right)}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="${palette.grid}"/>`,
      text(m.left - 4, y(t) + 4, String(t), `text-anchor="end" fill="${palette.muted}"`),
    );
  parts.push(
    `<line x1="${n(m.left)}" x2="${n(width - m.right)}" y1="${n(y(data.statusQuo))}" y2="${n(y(data.statusQuo))}" stroke="${palette.ink}" stroke-dasharray="4 3"/>`,
    text(width - m.right + 4, y(data.statusQuo) + 4, "status quo", `fill="${palette.muted}"`),
  );
  data.series.forEach((s, i) => {
    const colour = palette.series[i % palette.series.length];
    const values = s.values.length === 1 ? [s.values[0] as number, s.values[0] as number] : [...s.values];
    parts.push(`<path d="${path(values) ?? ""}" fill="none" stroke="${colour}" stroke-width="1.6"/>`);
    const last = values.at(-1) ?? 0;
    parts.push(
      text(
        width - m.right + 4,
        m.top + 12 * i + 8,
        clip(`${s.label}: ${last.toFixed(0)}`, 24),
        `fill="${colour}"`,
      ),
    );
  });
  parts.push(
    text((m.left + width - m.right) / 2, height - 8, "round", `text-anchor="middle" fill="${palette.muted}"`),
  );
  return svgFrame(width, height, `${data.title}: trajectories by engine`, parts.join(""), options.stamp);
}
