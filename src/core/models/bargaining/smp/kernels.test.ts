import { describe, expect, it } from "vitest";
import { negativePart, positivePart } from "../signed-parts.ts";
import type { VotingRule } from "./params.ts";
import { scalarPce } from "./pce.ts";
import { estimateRisk, riskAttitudes } from "./risk.ts";
import { riskUtility } from "./utility.ts";
import { coalitionStrengths, victoryPair } from "./victory.ts";
import { vote } from "./vote.ts";

describe("SMP kernels (spec §3.2–3.4)", () => {
  // oracle: the formulas of spec §3.3, evaluated by hand.
  it("vote(rule, 2, 0.7, 0.4) follows each voting rule of spec §3.3", () => {
    const du = 0.7 - 0.4;
    const expected: Record<VotingRule, number> = {
      Binary: 2,
      PropBin: 2 * (0.8 * du + 0.2),
      Prop: 2 * du,
      PropCbc: 2 * (0.5 * du + 0.5 * du ** 3),
      Cubic: 2 * du ** 3,
      ASymProsp: (2 * 2 * du) / 3,
    };
    for (const [rule, v] of Object.entries(expected))
      expect(vote(rule as VotingRule, 2, 0.7, 0.4)).toBeCloseTo(v, 15);
    expect(vote("ASymProsp", 2, 0.4, 0.7)).toBeCloseTo(-2 * du, 15);
    expect(vote("Binary", 1, 0.5, 0.5 - 5e-9)).toBeCloseTo(0.5, 7);
    expect(() => vote("Prop", 0, 1, 0)).toThrow(/non-positive/);
  });

  // oracle: the branches they replace, `v > 0 ? c + v : c` and `v < 0 ? c − v : c`, compared bit for bit.
  it("c + positivePart(v) and c + negativePart(v) equal the branching coalition sums exactly", () => {
    const values = [0, -0, 1e-300, -1e-300, 5e-324, -5e-324, 0.1, -0.1, 1 / 3, -2 / 3, 1e300, -1e300];
    for (let k = 0; k < 200; k++) values.push(Math.sin(k * 12.9898) * 10 ** ((k % 13) - 6));
    for (const c of [1e-8, 1e-10, 0.3, 7.25]) {
      for (const v of values) {
        expect(Object.is(c + positivePart(v), v > 0 ? c + v : c)).toBe(true);
        expect(Object.is(c + negativePart(v), v < 0 ? c - v : c)).toBe(true);
      }
    }
  });

  // oracle: spec §3.3 Binary victory: 1 against 1e−6 beyond a 10 % advantage, linear in between.
  it("victoryPair(Binary) is decisive beyond 1.1× and linear in s1/(s1+s2) below it", () => {
    const out = new Float64Array(2);
    victoryPair("Binary", 1.1, 1, out);
    expect(out[0]).toBeCloseTo(1 / (1 + 1e-6), 15);
    victoryPair("Binary", 1, 1, out);
    expect(out[0]).toBeCloseTo(0.5, 15);
    victoryPair("Binary", 1.05, 1, out);
    expect(out[0]).toBeCloseTo(((1.05 / 2.05) * 2.1 - 1) / 0.1, 12);
    victoryPair("Octic", 2, 1, out);
    expect(out[0]).toBeCloseTo(256 / 257, 15);
  });

  it("riskUtility(d, R) = (1 − d)(1 + dR), and (1 − d)(1 + R) past d = 1", () => {
    expect(riskUtility(0.25, 0.5)).toBeCloseTo(0.75 * 1.125, 15);
    expect(riskUtility(1.5, 0.5)).toBeCloseTo(-0.5 * 1.5, 15);
  });

  it("riskAttitudes(p, Mid) spans [−1/2, 1] and throws when every position is equally likely", () => {
    const r = riskAttitudes(Float64Array.from([0.1, 0.3, 0.6]), "Mid");
    expect(r[0]).toBeCloseTo(-0.5, 15);
    expect(r[2]).toBeCloseTo(1, 15);
    expect(() => riskAttitudes(Float64Array.from([0.5, 0.5]), "Mid")).toThrow(/undefined/);
    expect(estimateRisk(0.3, 0.9, "OneThird")).toBeCloseTo(0.5, 15);
    expect(estimateRisk(0.3, 0.9, "Full")).toBe(0.9);
  });
});

describe("ASymProsp evaluated in both directions (spec §3.3, our fix of KTAB's order dependence)", () => {
  // Three voters, three options: utilities row-major voters × options.
  const w = Float64Array.from([1, 2, 1.5]);
  const u = Float64Array.from([0.9, 0.5, 0.1, 0.2, 0.8, 0.6, 0.4, 0.3, 0.95]);
  const permuted = (order: number[]) =>
    Float64Array.from([0, 1, 2].flatMap((k) => order.map((o) => u[k * 3 + o]!)));
  const settings = (oneDirection: boolean) => ({
    votingRule: "ASymProsp" as const,
    victoryProbModel: "Linear" as const,
    pceModel: "Conditional" as const,
    oneDirection,
  });

  it("scalarPce(ASymProsp) does not depend on the order of the options", () => {
    const order = [2, 0, 1];
    const p = scalarPce(settings(false), w, u, 3, 3);
    const q = scalarPce(settings(false), w, permuted(order), 3, 3);
    order.forEach((o, k) => {
      expect(q[k]).toBeCloseTo(p[o]!, 14);
    });
  });

  it("KTAB's one-direction ASymProsp (ktabCompat) does depend on it, which is why KTAB cannot reproduce its runs", () => {
    const order = [2, 0, 1];
    const p = scalarPce(settings(true), w, u, 3, 3);
    const q = scalarPce(settings(true), w, permuted(order), 3, 3);
    expect(order.some((o, k) => Math.abs(q[k]! - p[o]!) > 1e-6)).toBe(true);
  });

  it("coalitionStrengths(ASymProsp) are 2/3 of the proportional coalitions on both sides", () => {
    const asym = coalitionStrengths("ASymProsp", w, u, 3, 3, false);
    const prop = coalitionStrengths("Prop", w, u, 3, 3, false);
    for (let k = 0; k < 9; k++) expect(asym[k]! - 1e-8).toBeCloseTo(((prop[k]! - 1e-8) * 2) / 3, 14);
  });
});
