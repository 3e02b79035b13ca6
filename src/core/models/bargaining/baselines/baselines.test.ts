import { describe, expect, it } from "vitest";
import { compromiseOutcome } from "./compromise.ts";
import { weightedMedianOutcome } from "./weighted-median.ts";

const actors = [
  { id: "a", capability: 50, position: 10, salience: 80 }, // weight 4000
  { id: "b", capability: 30, position: 60, salience: 50 }, // weight 1500
  { id: "c", capability: 20, position: 90, salience: 100 }, // weight 2000
];

describe("compromiseOutcome", () => {
  it("compromiseOutcome(three actors) is the c·s-weighted mean", () => {
    // oracle: hand computation (4000·10 + 1500·60 + 2000·90) / 7500 = 310000 / 7500 = 41.333…
    expect(compromiseOutcome(actors)).toBeCloseTo(310000 / 7500, 12);
  });

  it("compromiseOutcome ignores an actor with zero salience", () => {
    // oracle: hand computation (4000·10 + 2000·90) / 6000 = 36.666…
    const muted = actors.map((a) => (a.id === "b" ? { ...a, salience: 0 } : a));
    expect(compromiseOutcome(muted)).toBeCloseTo(220000 / 6000, 12);
  });

  it("compromiseOutcome throws naming the issue when every weight is zero", () => {
    const none = actors.map((a) => ({ ...a, salience: 0 }));
    expect(() => compromiseOutcome(none, "corridor")).toThrow(/issue "corridor".*zero/);
  });

  it("compromiseOutcome throws naming the actor for NaN", () => {
    const bad = actors.map((a) => (a.id === "c" ? { ...a, position: Number.NaN } : a));
    expect(() => compromiseOutcome(bad, "corridor")).toThrow(/actor "c" has position NaN/);
  });
});

describe("weightedMedianOutcome", () => {
  it("weightedMedianOutcome(three actors) is the position where the cumulative weight passes half", () => {
    // oracle: hand computation — sorted 10 (4000), 60 (1500), 90 (2000); half of 7500 is 3750, passed at 10
    expect(weightedMedianOutcome(actors)).toBe(10);
  });

  it("weightedMedianOutcome moves to 60 when the low actor loses weight", () => {
    // oracle: hand computation — weights 1000, 1500, 2000; half 2250, cumulative 1000, 2500 → 60
    const weaker = actors.map((a) => (a.id === "a" ? { ...a, capability: 12.5 } : a));
    expect(weightedMedianOutcome(weaker)).toBe(60);
  });

  it("weightedMedianOutcome returns the midpoint when the cumulative weight is exactly half", () => {
    // oracle: hand computation — weights 1, 1 at 20 and 40, 0 at 100: exactly half at 20 → (20 + 40) / 2
    const tied = [
      { id: "a", capability: 1, position: 40, salience: 1 },
      { id: "b", capability: 1, position: 20, salience: 1 },
      { id: "c", capability: 1, position: 100, salience: 0 },
    ];
    expect(weightedMedianOutcome(tied)).toBe(30);
  });
});
