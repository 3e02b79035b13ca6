import { describe, expect, it } from "vitest";
import { decomposeVariance } from "./variance-decomposition.ts";

describe("decomposeVariance", () => {
  it("decomposeVariance([1, 3, 5, 7], groups [0, 0, 1, 1]) splits 5 into 4 between and 1 within", () => {
    // oracle: hand computation — mean 4; total (9 + 1 + 1 + 9)/4 = 5; group means 2, 6: between (4·2 + 4·2)/4 = 4; within 4/4 = 1
    const d = decomposeVariance([1, 3, 5, 7], [0, 0, 1, 1]);
    expect(d.total).toBeCloseTo(5, 14);
    expect(d.betweenSettings).toBeCloseTo(4, 14);
    expect(d.withinSettings).toBeCloseTo(1, 14);
    expect(d.settingsShare).toBeCloseTo(0.8, 14);
  });

  it("decomposeVariance with unequal groups still adds up (law of total variance)", () => {
    const values = [2, 9, 4, 4, 7, 1, 8];
    const groups = [0, 1, 0, 2, 1, 0, 2];
    const d = decomposeVariance(values, groups);
    // oracle: population variance computed directly
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const total = values.reduce((s, y) => s + (y - mean) ** 2, 0) / values.length;
    expect(d.total).toBeCloseTo(total, 12);
    expect(d.betweenSettings + d.withinSettings).toBeCloseTo(total, 12);
  });

  it("decomposeVariance of a constant sample is all zero", () => {
    expect(decomposeVariance([3, 3, 3], [0, 1, 2])).toMatchObject({
      total: 0,
      settingsShare: 0,
      inputsShare: 0,
    });
  });
});
