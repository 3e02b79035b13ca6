import { describe, expect, it } from "vitest";
import { mean, variance } from "./moments.ts";

describe("moments", () => {
  it("mean([2, 4, 4, 4, 5, 5, 7, 9]) = 5 and variance = 32/7", () => {
    // oracle: hand computation; numpy.var(x, ddof=1) = 4.571428571428571
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(x)).toBe(5);
    expect(variance(x)).toBeCloseTo(32 / 7, 12);
  });
  it("throws on an empty sample", () => {
    expect(() => mean([])).toThrow(/mean/);
  });
});
