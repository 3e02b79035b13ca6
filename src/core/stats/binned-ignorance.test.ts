import { describe, expect, it } from "vitest";
import { binnedIgnorance, binOf } from "./binned-ignorance.ts";

// The VIEWS bins' lower edges (formats.md §2.1): [0, 0.5, 2.5, 5.5, 10.5, 25.5, 50.5, 100.5, 250.5, 500.5, 1000.5, ∞)
const edges = [0, 0.5, 2.5, 5.5, 10.5, 25.5, 50.5, 100.5, 250.5, 500.5, 1000.5];

describe("binnedIgnorance", () => {
  it("binOf places 0, 1, 3, 25, 26, 5000 in bins 0, 1, 2, 4, 5, 10", () => {
    // oracle: the bin edges above, by hand
    expect([0, 1, 3, 25, 26, 5000].map((x) => binOf(x, edges))).toEqual([0, 1, 2, 4, 5, 10]);
  });
  it("all 9 samples at 0 and outcome 0: −log₂((9 + 1)/(9 + 11)) = 1 bit", () => {
    // oracle: p = (9 + 1) / (9 + 11) = 0.5, −log₂ 0.5 = 1, by hand
    expect(binnedIgnorance(new Array(9).fill(0), 0, edges)).toBeCloseTo(1, 12);
  });
  it("all 9 samples at 0 and outcome 30: −log₂(1/20) = 4.321928094887363 bits", () => {
    // oracle: p = (0 + 1)/(9 + 11) = 0.05; log2(20) = 4.321928094887363 (Python math.log2(20))
    expect(binnedIgnorance(new Array(9).fill(0), 30, edges)).toBeCloseTo(4.321928094887363, 12);
  });
});
