import { escapeHtml } from "../escape.ts";

/** What every figure states so it can be reproduced: the run's seed and the case's version and hash. */
export interface ChartStamp {
  readonly seed: number;
  readonly caseVersion: string;
  readonly caseHash: string;
}

export interface ChartOptions {
  readonly width?: number;
  readonly height?: number;
  readonly stamp: ChartStamp;
  /** Prefix for element ids, so several charts can share one page. */
  readonly id?: string;
}

export const palette = {
  ink: "#1d2733",
  muted: "#6b7785",
  grid: "#d9dee5",
  accent: "#b3261e",
  band: "#9db7d5",
  bandDark: "#4f7cac",
  series: ["#1f4e8c", "#b3261e", "#2e7d32", "#8e5bb5", "#c77c02", "#00838f", "#6d4c41"],
} as const;

/** A number written for SVG with at most two decimals. */
export function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

export function stampText(stamp: ChartStamp): string {
  return `seed ${stamp.seed} · case v${stamp.caseVersion} · ${stamp.caseHash}`;
}

/** An accessible SVG document with a title and the reproducibility stamp in its bottom-right corner. */
export function svgFrame(
  width: number,
  height: number,
  title: string,
  body: string,
  stamp: ChartStamp,
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" aria-label="${escapeHtml(title)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="11">`,
    `<title>${escapeHtml(title)}</title>`,
    body,
    `<text x="${n(width - 4)}" y="${n(height - 4)}" text-anchor="end" font-size="9" fill="${palette.muted}">${escapeHtml(stampText(stamp))}</text>`,
    "</svg>",
  ].join("");
}

export function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs === "" ? "" : ` ${attrs}`}>${escapeHtml(content)}</text>`;
}

/** Shortens a label to `max` characters with an ellipsis. */
export function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
