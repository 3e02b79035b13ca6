import { describe, expect, it } from "vitest";
import { distributionChart } from "./distribution.ts";
import { issueScaleChart } from "./issue-scale.ts";
import { trajectoryChart } from "./trajectories.ts";

const options = { stamp: { seed: 7, caseVersion: "3", caseHash: "00ff" } };
const charts = {
  issueScale: issueScaleChart(
    {
      title: "Corridor",
      low: "none",
      high: "full",
      statusQuo: 20,
      actors: [
        { name: "A", position: 10, capability: 50, salience: 80 },
        { name: "B", position: 95, capability: 20, salience: 30 },
        { name: "C", position: 12, capability: 5, salience: 100 },
      ],
      forecast: { value: 40, low: 30, high: 55 },
    },
    options,
  ),
  trajectories: trajectoryChart(
    {
      title: "T",
      statusQuo: 20,
      series: [
        { label: "BDM", values: [10, 30, 40] },
        { label: "SMP", values: [50] },
      ],
    },
    options,
  ),
  distribution: distributionChart(
    {
      title: "D",
      bins: [0, 1, 4, 2, ...new Array(16).fill(0)],
      statusQuo: 20,
      interval: { value: 12, low: 6, high: 18 },
    },
    options,
  ),
};

describe("charts", () => {
  for (const [name, svg] of Object.entries(charts)) {
    it(`${name}Chart returns one self-contained SVG stamped with the seed, case version and hash`, () => {
      expect(svg.startsWith("<svg ")).toBe(true);
      expect(svg.endsWith("</svg>")).toBe(true);
      expect(svg.match(/<svg\b/g)).toHaveLength(1);
      expect(svg).toContain("seed 7 · case v3 · 00ff");
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(svg).not.toMatch(/(href|src)="http/);
    });
  }

  it("issueScaleChart places the forecast band between its interval's ends on the 0–100 axis", () => {
    // oracle: the linear scale maps 0…100 to 20…620 at the default width 640, so 30 → 200 and 55 → 350
    expect(charts.issueScale).toContain('<rect x="200" y="24" width="150"');
  });
});
