import { describe, expect, it } from "vitest";
import { crpsFromSamples } from "./crps.ts";

describe("crpsFromSamples", () => {
  it("a point mass scores the absolute error: crps([7, 7, 7], 3) = 4", () => {
    // oracle: CRPS(δ_x, y) = |x − y| (Gneiting & Raftery 2007, §4.2)
    expect(crpsFromSamples([7, 7, 7], 3)).toBeCloseTo(4, 12);
  });
  it("crps([0, 1], 0) = 0.25", () => {
    // oracle: ∫ (F(z) − 1{z ≥ 0})² dz = ∫₀¹ (½ − 1)² dz = 0.25, by hand
    expect(crpsFromSamples([1, 0], 0)).toBeCloseTo(0.25, 12);
  });
  it("crps([1, 2, 3, 10], 4) = 2.125 (energy form by hand)", () => {
    // oracle: E|X−y| = (3+2+1+6)/4 = 3; Σ|xi−xj| over ordered pairs = 2·(1+2+9+1+8+7) = 56, /16 = 3.5; 3 − 1.75 = 1.25
    expect(crpsFromSamples([10, 3, 1, 2], 4)).toBeCloseTo(1.25, 12);
  });
  it("agrees with the O(n²) energy form on a random sample", () => {
    // oracle: direct double sum of Gneiting & Raftery (2007) eq. 21
    const xs = [0, 0, 3, 14, 2, 0, 55, 1, 9, 0, 4];
    const y = 5;
    let a = 0;
    let b = 0;
    for (const x of xs) {
      a += Math.abs(x - y);
      for (const z of xs) b += Math.abs(x - z);
    }
    const direct = a / xs.length - b / (2 * xs.length * xs.length);
    expect(crpsFromSamples(xs, y)).toBeCloseTo(direct, 12);
  });
});
