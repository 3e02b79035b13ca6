import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedUtilityOfChallenge } from "./challenge.ts";
import { challengeEvaluator } from "./evaluation.ts";
import { medianPosition, weightedMean } from "./median.ts";
import { paperOptions } from "./presets.ts";
import { riskExponents } from "./risk.ts";
import { securitySums } from "./security.ts";
import {
  utilityBetter,
  utilityFailure,
  utilityStatusQuo,
  utilitySuccess,
  utilityWorse,
} from "./utilities.ts";
import { vote, voteTables } from "./votes.ts";
import { winProbability } from "./win-probability.ts";

// Small case used throughout: three actors at 0, 1, 3 (Δ = 3), weights w = c·s = 1.
const positions = [0, 1, 3];
const ones = [1, 1, 1];

describe("utilities (spec 2.4)", () => {
  // oracle: hand computation of Scholz, Calbert & Smith (2011) utilities, e.g. U_s = 2 − 4(0.5 − 0.5·0.5)^1 = 1
  it("utilitySuccess/Failure/StatusQuo(d = 0.5) for r = 1 and r = 2", () => {
    expect(utilitySuccess(0.5, 1)).toBe(1);
    expect(utilityFailure(0.5, 1)).toBe(-1);
    expect(utilityStatusQuo(1)).toBe(0);
    expect(utilitySuccess(0.5, 2)).toBe(1.75);
    expect(utilityFailure(0.5, 2)).toBe(-0.25);
    expect(utilityStatusQuo(2)).toBe(1);
  });
  it("utilityBetter/Worse(e = 1, r = 1) are 1 and −1", () => {
    expect(utilityBetter(1, 1)).toBe(1);
    expect(utilityWorse(1, 1)).toBe(-1);
  });
});

describe("expectedUtilityOfChallenge (spec 2.5)", () => {
  const terms = { resistance: 0.5, winProbability: 0.25, distance: 0.5, driftDistance: 1, exponent: 1, t: 1 };
  // oracle: by hand, 0.5(0.25·1 + 0.75·(−1)) + 0.5·1 − 0 = 0.25
  it("is s[P U_s + (1 − P) U_f] + (1 − s) U_s − U_sq when Q = 1", () => {
    expect(expectedUtilityOfChallenge({ ...terms, q: 1, signSlip: false })).toBeCloseTo(0.25, 15);
  });
  // oracle: by hand, 0.25 − 0.5·U_sq − 0.5·U_b = 0.25 − 0 − 0.5 = −0.25; Masad's slip gives 0.25 + 0.5 = 0.75
  it("subtracts Q U_sq + (1 − Q)[T U_b + (1 − T) U_w] when Q = 0.5, or Masad's sign slip", () => {
    expect(expectedUtilityOfChallenge({ ...terms, q: 0.5, signSlip: false })).toBeCloseTo(-0.25, 15);
    expect(expectedUtilityOfChallenge({ ...terms, q: 0.5, signSlip: true })).toBeCloseTo(0.75, 15);
    // T = 0 uses U_w = −1: 0.25 − 0.5·(−1) = 0.75
    expect(expectedUtilityOfChallenge({ ...terms, t: 0, q: 0.5, signSlip: false })).toBeCloseTo(0.75, 15);
  });
});

describe("votes and win probability (spec 2.2–2.3)", () => {
  // oracle: by hand, 2[(3/3)^r − (1/3)^r] for r = 1 and r = 2
  it("vote(w = 2, voter 0, a = 1, b = 3, Δ = 3) is 4/3 (r = 1) and 16/9 (r = 2)", () => {
    expect(vote(2, 0, 1, 3, 3, 1)).toBeCloseTo(4 / 3, 15);
    expect(vote(2, 0, 1, 3, 3, 2)).toBeCloseTo(16 / 9, 15);
  });
  const tables = voteTables(positions, ones, ones, 3);
  // oracle: by hand: votes on "0 over 3" are 1, 1/3, −1 (favour 4/3, mass 7/3, net 1/3);
  // the all-pairs mass is 2(1 + 7/3 + 2) = 32/3.
  it("winProbability(0 vs 3) is 4/7 pairwise, 1/7 net, 1/8 all-pairs", () => {
    expect(winProbability("pairwise", tables, positions, 0, 2, 0)).toBeCloseTo(4 / 7, 15);
    expect(winProbability("net", tables, positions, 0, 2, 0)).toBeCloseTo(1 / 7, 15);
    expect(winProbability("all-pairs", tables, positions, 0, 2, 0)).toBeCloseTo(1 / 8, 15);
    expect(tables.totalMass).toBeCloseTo(32 / 3, 14);
  });
  it("winProbability is 0 between coincident positions and 1/2 when every voter is indifferent", () => {
    const same = [0, 0, 3];
    expect(winProbability("pairwise", voteTables(same, ones, ones, 3), same, 0, 1, 0)).toBe(0);
    // all weight on a voter at 1, midway between 0 and 2
    const mid = [0, 2, 1];
    expect(winProbability("pairwise", voteTables(mid, [0, 0, 1], ones, 2), mid, 0, 1, 0)).toBe(0.5);
  });
  it("winProbability under nearZero treats positions closer than it as coincident (EUM)", () => {
    const close = [0, 0.00005, 3];
    expect(winProbability("pairwise", voteTables(close, ones, ones, 3), close, 0, 1, 1e-4)).toBe(0);
  });
});

describe("medianPosition and weightedMean (spec 2.2, 2.10)", () => {
  // oracle: by hand for each rule on [0, 1, 3] with equal weights (net votes computed in the test's comments)
  it("every rule picks 1 on [0, 1, 3] with equal weights", () => {
    for (const rule of ["condorcet", "sequential-scan", "largest-margin-pair", "max-total-votes"] as const) {
      expect(medianPosition(rule, positions, ones, 3)).toBe(1);
    }
  });
  // oracle: by hand: half the weight (2 of 4) lies at or below 2, so 2 and 4 tie
  it("condorcet median of a tie is the midpoint of the tied positions", () => {
    expect(medianPosition("condorcet", [0, 2, 4, 6], [1, 1, 1, 1], 6)).toBe(3);
    expect(medianPosition("condorcet", [0.3, 0.1, 0.2], [0.1, 0.2, 0.3], 0.2)).toBe(0.2);
  });
  // oracle: a sort-based weighted median (stable Array.prototype.sort of {x, w} pairs, the form this
  // function had before it sorted indices in place), compared bit for bit on repeated positions and weights
  it("condorcet median equals the sort-based weighted median exactly, ties and zero weights included", () => {
    const reference = (xs: number[], ws: number[]): number => {
      const order = xs.map((x, k) => ({ x, w: ws[k] as number })).sort((p, q) => p.x - q.x);
      const half = order.reduce((sum, p) => sum + p.w, 0) / 2;
      const slack = half * 1e-12;
      let below = 0;
      for (let i = 0; i < order.length; i++) {
        const point = order[i] as { x: number; w: number };
        below += point.w;
        if (below > half + slack) return point.x;
        if (below >= half - slack) {
          const next = order.slice(i + 1).find((p) => p.w > 0);
          return next === undefined ? point.x : (point.x + next.x) / 2;
        }
      }
      return (order[order.length - 1] as { x: number }).x;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 5 })), {
          minLength: 3,
          maxLength: 14,
        }),
        (rows) => {
          const xs = rows.map(([x]) => x * 12.5);
          const ws = rows.map(([, w]) => w / 10);
          if (!ws.some((w) => w > 0)) return;
          expect(Object.is(medianPosition("condorcet", xs, ws, 100), reference(xs, ws))).toBe(true);
        },
      ),
    );
  });
  // oracle: by hand: incumbent 3; 0 beats 3 by (3 − 3 + 1)/Δ > 0; 1 beats 0 by (−1 + 1 + 1)/Δ > 0
  it("sequential-scan follows input order", () => {
    expect(medianPosition("sequential-scan", [3, 0, 1], ones, 3)).toBe(1);
  });
  // oracle: by hand: Σ w x / Σ w = (0·1 + 1·2 + 3·1)/4
  it("weightedMean is Σ w x / Σ w", () => {
    expect(weightedMean(positions, [1, 2, 1])).toBe(5 / 4);
  });
});

describe("riskExponents (spec 2.6)", () => {
  // oracle: by hand: R = (−1, 0, 1) → r = (4/3)/(2/3) = 2, 1, (2/3)/(4/3) = 0.5
  it("maps the least and most threatened actors to 2 and 0.5", () => {
    const r = riskExponents([0, 1, 2], "error", 0) as number[];
    expect(r[0]).toBeCloseTo(2, 15);
    expect(r[1]).toBeCloseTo(1, 15);
    expect(r[2]).toBeCloseTo(0.5, 15);
  });
  it("handles equal security sums by the equalSecurity option", () => {
    expect(riskExponents([1, 1, 1], "error", 0)).toBeNull();
    expect(riskExponents([1, 1, 1], "neutral", 0)).toEqual([1, 1, 1]);
    expect(riskExponents([1, 1 + 1e-5, 1], "zero", 1e-4)).toEqual([0, 0, 0]);
  });
});

describe("securitySums (spec 2.6)", () => {
  // oracle: by hand. With r = 1, s = 0.5, Q = 1: E_j(Δx_i) = 2 d_ij P_j(j vs i); pairwise P(1 vs 0) = 2/3,
  // P(2 vs 0) = 3/7, P(0 vs 1) = 1/3, P(2 vs 1) = 1/3, P(0 vs 2) = 4/7, P(1 vs 2) = 2/3; d = 1/3, 1, 2/3.
  it("sums the others' expected utilities of challenging each actor", () => {
    const state = { positions, saliences: [0.5, 0.5, 0.5], weights: ones, delta: 3 };
    const evaluator = challengeEvaluator(state, paperOptions, ones, 1);
    const s = securitySums(evaluator, 3);
    expect(s[0]).toBeCloseTo(4 / 9 + 6 / 7, 14);
    expect(s[1]).toBeCloseTo(2 / 3, 14);
    expect(s[2]).toBeCloseTo(8 / 7 + 8 / 9, 14);
  });
});
