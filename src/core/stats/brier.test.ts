import { describe, expect, it } from "vitest";
import { brierScore } from "./brier.ts";

describe("brierScore", () => {
  it("brierScore(0.8, true) = 0.04 and brierScore(0.8, false) = 0.64", () => {
    // oracle: (p − o)², Brier (1950), by hand
    expect(brierScore(0.8, true)).toBeCloseTo(0.04, 12);
    expect(brierScore(0.8, false)).toBeCloseTo(0.64, 12);
  });
});
