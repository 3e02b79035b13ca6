import { describe, expect, it } from "vitest";
import { mean, variance } from "./moments.ts";
import { sampleStandardNormal } from "./normal-sample.ts";
import { createRandom } from "./random.ts";

describe("sampleStandardNormal", () => {
  it("20000 seeded draws have mean 0 ± 0.03 and variance 1 ± 0.04", () => {
    // oracle: N(0, 1) moments; SE(mean) = 0.007, SE(var) ≈ 0.01 for n = 20000
    const random = createRandom(12);
    const draws = Array.from({ length: 20000 }, () => sampleStandardNormal(random));
    expect(Math.abs(mean(draws))).toBeLessThan(0.03);
    expect(Math.abs(variance(draws) - 1)).toBeLessThan(0.04);
  });
});
