import { describe, expect, it } from "vitest";
import { createRandom } from "../../stats/random.ts";
import { branchingRatio, type IngarchParams, ingarchIntensities, ingarchLogLikelihood } from "./ingarch.ts";
import { fitIngarch } from "./ingarch-fit.ts";
import { simulateIngarch, simulateIngarchPaths } from "./ingarch-simulate.ts";

const poisson: IngarchParams = { family: "poisson", omega: 2, alpha: 0.35, beta: 0.4, size: null, gamma: [] };

describe("INGARCH(1,1)", () => {
  it("ingarchIntensities follows λ_t = ω + α·y_{t−1} + β·λ_{t−1} (hand-computed)", () => {
    // oracle: by hand: λ1 = 5; λ2 = 2 + 0.35·3 + 0.4·5 = 5.05; λ3 = 2 + 0.35·0 + 0.4·5.05 = 4.02
    const lambda = ingarchIntensities(poisson, [3, 0, 7], 5);
    expect(Array.from(lambda)).toEqual([5, expect.closeTo(5.05, 12), expect.closeTo(4.02, 12)]);
  });
  it("ingarchLogLikelihood sums Poisson log-pmfs at those intensities", () => {
    // oracle: scipy.stats.poisson.logpmf([3, 0, 7], [5, 5.05, 4.02]).sum() by hand from the pmf formula
    const expected =
      3 * Math.log(5) - 5 - Math.log(6) + (0 - 5.05) + (7 * Math.log(4.02) - 4.02 - Math.log(5040));
    expect(ingarchLogLikelihood(poisson, [3, 0, 7], 5)).toBeCloseTo(expected, 10);
  });
  it("branchingRatio = α/(1 − β) = 0.35/0.6", () => {
    // oracle: Hawkes reading of INGARCH(1,1), by hand
    expect(branchingRatio(poisson)).toBeCloseTo(0.35 / 0.6, 12);
  });
  it("fitIngarch recovers (ω, α, β) = (2, 0.35, 0.4) from 3000 simulated Poisson periods within 0.6 / 0.06 / 0.1", () => {
    // oracle: the known generating parameters (simulation–recovery, seed 42)
    const y = simulateIngarch(poisson, 3000, 5.8, createRandom(42));
    const fit = fitIngarch(y, { family: "poisson", maxPersistence: 0.99 });
    expect(Math.abs(fit.params.omega - 2)).toBeLessThan(0.6);
    expect(Math.abs(fit.params.alpha - 0.35)).toBeLessThan(0.06);
    expect(Math.abs(fit.params.beta - 0.4)).toBeLessThan(0.1);
    expect(fit.branchingRatio).toBeLessThan(1);
  });
  it("fitIngarch recovers NB size r = 2 and α = 0.5 from 3000 simulated NB-INGARCH periods within 25 % / 0.08", () => {
    // oracle: the known generating parameters (simulation–recovery, seed 7)
    const truth: IngarchParams = {
      family: "negative-binomial",
      omega: 1,
      alpha: 0.5,
      beta: 0.3,
      size: 2,
      gamma: [],
    };
    const y = simulateIngarch(truth, 3000, 5, createRandom(7));
    const fit = fitIngarch(y, { family: "negative-binomial", maxPersistence: 0.99 });
    expect(Math.abs(fit.params.size! / 2 - 1)).toBeLessThan(0.25);
    expect(Math.abs(fit.params.alpha - 0.5)).toBeLessThan(0.08);
    expect(fit.params.alpha + fit.params.beta).toBeLessThan(0.99);
  });
  it("fitIngarch recovers an exogenous mark coefficient γ = 0.5 within 0.15", () => {
    // oracle: known generating parameters with one covariate (seed 9)
    const random = createRandom(9);
    const x = Array.from({ length: 2000 }, () => Math.floor(random() * 10));
    const truth: IngarchParams = {
      family: "poisson",
      omega: 1,
      alpha: 0.3,
      beta: 0.3,
      size: null,
      gamma: [0.5],
    };
    const y = simulateIngarch(truth, 2000, 5, createRandom(10), [x]);
    const fit = fitIngarch(y, { family: "poisson", maxPersistence: 0.99, covariates: [x] });
    expect(Math.abs(fit.params.gamma[0]! - 0.5)).toBeLessThan(0.15);
  });
  it("keeps α + β below maxPersistence even on an explosive-looking series", () => {
    const y = [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
    const fit = fitIngarch(y, { family: "poisson", maxPersistence: 0.9 });
    expect(fit.params.alpha + fit.params.beta).toBeLessThanOrEqual(0.9);
    expect(fit.branchingRatio).toBeLessThan(1);
  });
  it("simulateIngarchPaths is deterministic for a seed", () => {
    const last = { y: 4, lambda: 5, x: [] };
    const a = simulateIngarchPaths(poisson, last, 50, 6, createRandom(3));
    const b = simulateIngarchPaths(poisson, last, 50, 6, createRandom(3));
    expect(a).toEqual(b);
  });
});
