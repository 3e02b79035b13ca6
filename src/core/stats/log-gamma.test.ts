import { describe, expect, it } from "vitest";
import { logFactorial, logGamma } from "./log-gamma.ts";

describe("logGamma", () => {
  it("logGamma(5) = ln 24 to 1e-12", () => {
    // oracle: Γ(5) = 4! = 24 (definition)
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
  });
  it("logGamma(0.5) = ln √π to 1e-12", () => {
    // oracle: Γ(1/2) = √π (Abramowitz & Stegun 6.1.8)
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
  it("logGamma(0.1) matches math.lgamma(0.1) = 2.252712651734206 to 1e-12", () => {
    // oracle: Python 3 math.lgamma(0.1)
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
  });
  it("logFactorial(170) matches math.lgamma(171) = 706.5730622457874 to 1e-9 relative", () => {
    // oracle: Python 3 math.lgamma(171)
    expect(logFactorial(170) / 706.5730622457874).toBeCloseTo(1, 12);
  });
  it("throws on x ≤ 0", () => {
    expect(() => logGamma(0)).toThrow(/logGamma/);
  });
});
