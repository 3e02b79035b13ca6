import { describe, expect, it } from "vitest";
import { type IncidentSeriesData, incidentSeriesChart } from "./incident-series.ts";

const stamp = { seed: 7, caseVersion: "1.0.0", caseHash: "deadbeef" };

const data: IncidentSeriesData = {
  title: "Deaths per month",
  unit: "deaths per month",
  asOf: "2022-08-15",
  observed: [
    { period: "2022-04", value: 2 },
    { period: "2022-05", value: 0 },
    { period: "2022-06", value: null },
    // 2022-07 missing: counts as no data
    { period: "2022-08", value: 7 },
  ],
  forecast: [
    { period: "2022-09", q05: 0, q25: 1, q50: 2.5, q75: 4, q95: 9 },
    { period: "2022-10", q05: 0, q25: 0.5, q50: 2, q75: 5, q95: 12 },
    { period: "2022-11", q05: 0.2, q25: 1, q50: 3, q75: 6, q95: 14 },
  ],
};

/** The area path's points: the upper edge left to right, then the lower edge right to left. */
function bandEdges(svg: string, cls: string): { upper: number[]; lower: number[] } {
  const d = svg.match(new RegExp(`<path class="${cls}" d="([^"]+)"`))?.[1] ?? "";
  const ys = [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => Number(m[2]));
  const half = ys.length / 2;
  return { upper: ys.slice(0, half), lower: ys.slice(half).reverse() };
}

describe("incidentSeriesChart", () => {
  const svg = incidentSeriesChart(data, { stamp });

  it("incidentSeriesChart(same data) is byte-identical on a second call", () => {
    expect(incidentSeriesChart(data, { stamp })).toBe(svg);
  });

  it("incidentSeriesChart nests the fan: 90 % band ⊇ 50 % band ⊇ median, month by month (q05 ≤ q25 ≤ q50 ≤ q75 ≤ q95)", () => {
    const outer = bandEdges(svg, "band-90");
    const inner = bandEdges(svg, "band-50");
    const median = [
      ...(svg.match(/<path class="median" d="([^"]+)"/)?.[1] ?? "").matchAll(/[ML]([\d.-]+),([\d.-]+)/g),
    ].map((m) => Number(m[2]));
    // 3 months plus one point at each outer edge of the fan.
    expect(outer.upper).toHaveLength(5);
    expect(median).toHaveLength(5);
    for (let i = 0; i < 5; i++) {
      // SVG y grows downwards: a higher quantile has a smaller y.
      const ys = [outer.lower[i], inner.lower[i], median[i], inner.upper[i], outer.upper[i]].map(Number);
      for (let k = 1; k < ys.length; k++) expect(ys[k]).toBeLessThanOrEqual(ys[k - 1] as number);
    }
    for (const f of svg.matchAll(
      /data-q05="([\d.]+)" data-q25="([\d.]+)" data-q50="([\d.]+)" data-q75="([\d.]+)" data-q95="([\d.]+)"/g,
    )) {
      const q = f.slice(1).map(Number);
      for (let k = 1; k < q.length; k++) expect(q[k]).toBeGreaterThanOrEqual(q[k - 1] as number);
    }
  });

  it("incidentSeriesChart rejects quantiles out of order", () => {
    const bad = { ...data, forecast: [{ period: "2022-09", q05: 0, q25: 3, q50: 2, q75: 4, q95: 9 }] };
    expect(() => incidentSeriesChart(bad, { stamp })).toThrow(
      /incidentSeriesChart: forecast quantiles for 2022-09/,
    );
  });

  it("incidentSeriesChart draws observed bars, marks missing and null months as no data, and a zero as a hairline", () => {
    expect(svg.match(/<rect class="observed"/g)).toHaveLength(3);
    expect([...svg.matchAll(/<circle class="no-data" data-period="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "2022-06",
      "2022-07",
    ]);
    expect(svg).toMatch(/data-period="2022-05" [^>]*height="1" fill="#b3261e" fill-opacity="0.4"/);
  });

  it("incidentSeriesChart puts the as-of marker between the last observed and the first forecast month", () => {
    const asOfX = Number(
      svg.match(
        /<line x1="([\d.]+)" x2="\1" y1="[\d.]+" y2="[\d.]+" stroke="#1d2733" stroke-dasharray="4 3"/,
      )?.[1],
    );
    const lastBar = svg.match(
      /<rect class="observed" data-period="2022-08" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/,
    );
    const firstForecast = svg.match(
      /<g class="forecast" data-period="2022-09"[^>]*><title>[^<]*<\/title><rect x="([\d.]+)"/,
    );
    expect(asOfX).toBeGreaterThan(Number(lastBar?.[1]) + Number(lastBar?.[2]));
    expect(asOfX).toBeCloseTo(Number(firstForecast?.[1]), 1);
    expect(svg).toContain("as of 2022-08-15");
    expect(svg).toContain(">deaths per month</text>");
  });

  it("incidentSeriesChart labels months and years on the x axis", () => {
    expect(svg).toContain(">Apr</text>");
    expect(svg).toContain(">2022</text>");
  });

  it("incidentSeriesChart escapes hostile titles and units", () => {
    const hostile = '<script>alert("x")</script>\'';
    const evil = incidentSeriesChart(
      { ...data, title: hostile, unit: hostile, asOf: hostile },
      { stamp, id: '"><script>' },
    );
    expect(evil).not.toContain("<script>");
    expect(evil).toContain("&lt;script&gt;alert(&quot;x&quot;)");
  });

  it("incidentSeriesChart rejects a period that is not YYYY-MM", () => {
    expect(() =>
      incidentSeriesChart({ ...data, observed: [{ period: "2022-13", value: 1 }] }, { stamp }),
    ).toThrow(/not YYYY-MM/);
  });

  it("incidentSeriesChart with a one-month horizon still draws a fan across that month", () => {
    const one = incidentSeriesChart({ ...data, forecast: data.forecast.slice(0, 1) }, { stamp });
    expect(bandEdges(one, "band-90").upper).toHaveLength(3);
    expect(one).not.toContain("NaN");
  });
});
