import { describe, expect, it } from "vitest";
import { quantile } from "./quantile.ts";

describe("quantile", () => {
  it("quantile([1, 2, 3, 4], 0.25) = 1.75", () => {
    // oracle: numpy.quantile([1, 2, 3, 4], 0.25) = 1.75 (R quantile type 7 gives the same)
    expect(quantile([4, 2, 1, 3], 0.25)).toBeCloseTo(1.75, 12);
  });
  it("quantile([10, 0, 5], 0.5) = 5 and the extremes are min and max", () => {
    // oracle: definition of the type-7 median and of p = 0, 1
    expect(quantile([10, 0, 5], 0.5)).toBe(5);
    expect(quantile([10, 0, 5], 0)).toBe(0);
    expect(quantile([10, 0, 5], 1)).toBe(10);
  });
  it("quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95) = 9.55", () => {
    // oracle: numpy.quantile(range(1, 11), 0.95) = 9.55
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBeCloseTo(9.55, 12);
  });
});
