import { describe, expect, it } from "vitest";
import { nelderMead } from "./nelder-mead.ts";

describe("nelderMead", () => {
  it("nelderMead(rosenbrock, [−1.2, 1]) reaches the minimum (1, 1) to 1e-4", () => {
    // oracle: Rosenbrock (1960) function has its unique minimum 0 at (1, 1); start from the classic (−1.2, 1)
    const rosenbrock = (x: readonly number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 2000, tolerance: 1e-14 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
  });
  it("minimises a shifted quadratic in 3 dimensions to 1e-5", () => {
    // oracle: argmin Σ (xᵢ − cᵢ)² = c, by hand
    const c = [3, -2, 0.5];
    const f = (x: readonly number[]) => x.reduce((s, xi, i) => s + (xi - c[i]!) ** 2, 0);
    const result = nelderMead(f, [0, 0, 0], { tolerance: 1e-16, maxIterations: 5000 });
    for (const [i, xi] of result.x.entries()) expect(xi).toBeCloseTo(c[i]!, 5);
  });
});
