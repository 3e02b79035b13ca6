import { describe, expect, it } from "vitest";
import { intervalScore } from "./interval-score.ts";

describe("intervalScore", () => {
  it("is the width when the outcome is inside: IS([2, 10], 5; α=0.05) = 8", () => {
    // oracle: Gneiting & Raftery (2007) eq. 43, by hand
    expect(intervalScore(2, 10, 5, 0.05)).toBe(8);
  });
  it("adds (2/α)·overshoot: IS([2, 10], 13; α=0.05) = 8 + 40·3 = 128", () => {
    // oracle: Gneiting & Raftery (2007) eq. 43, by hand
    expect(intervalScore(2, 10, 13, 0.05)).toBeCloseTo(128, 12);
  });
});
