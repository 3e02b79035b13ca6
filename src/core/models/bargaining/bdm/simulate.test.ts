import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BdmActor } from "./input.ts";
import { simulateBdm } from "./simulate.ts";

const actor = (id: string, position: number, capability = 1, salience = 0.5): BdmActor => ({
  id,
  capability,
  position,
  salience,
});

const arbitraryActors = fc
  .array(
    // realistic magnitudes: capabilities 0.01–10, positions −50–150 in steps of 0.01, saliences in steps of 0.001
    fc.record({
      capability: fc.integer({ min: 1, max: 1000 }).map((k) => k / 100),
      position: fc.integer({ min: -5000, max: 15000 }).map((k) => k / 100),
      salience: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
    }),
    { minLength: 3, maxLength: 8 },
  )
  .map((rows) => rows.map((row, i) => ({ id: `a${i}`, ...row })))
  .filter(
    (actors) => actors.some((a) => a.salience > 0) && actors.some((a) => a.position !== actors[0]?.position),
  );

describe("simulateBdm stopping rule (spec 2.8)", () => {
  // oracle: hand-checked run found by search: the two actors at 2 and the one at 4 swap sides every round
  const cycling = [
    actor("a", 3, 4, 0.1),
    actor("b", 4, 4, 0.9),
    actor("c", 2, 4, 0.3),
    actor("d", 2, 4, 0.5),
  ];

  it("simulateBdm(cycling case) reports a 2-round cycle with its states instead of cutting it", () => {
    const run = simulateBdm({ actors: cycling }, { issue: "demo" });
    expect(run.status).toBe("cycling");
    if (run.status !== "cycling") return;
    expect(run.cycle.period).toBe(2);
    expect(run.cycle.states).toHaveLength(2);
    const [first, second] = run.cycle.states;
    expect(run.trajectory.at(-1)?.positions).toEqual(run.trajectory.at(-3)?.positions);
    expect(first?.positions).not.toEqual(second?.positions);
    expect(run.cycle.median.min).toBeLessThanOrEqual(run.cycle.median.max);
    expect(run.issue).toBe("demo");
  });

  it("simulateBdm(cycling case, rounds: 30) runs all 30 rounds and still reports the cycle", () => {
    const run = simulateBdm({ actors: cycling }, { rounds: 30 });
    expect(run.rounds).toBe(30);
    expect(run.trajectory).toHaveLength(31);
    expect(run.log).toHaveLength(30);
    expect(run.status).toBe("cycling");
  });

  it("simulateBdm(…, maxRounds: 5) on a non-repeating run stops at max-rounds with a forecast band", () => {
    const eu = [
      actor("Netherlands", 4, 0.08, 0.8),
      actor("Belgium", 7, 0.08, 0.4),
      actor("Luxembourg", 4, 0.03, 0.2),
      actor("Germany", 4, 0.16, 0.8),
      actor("France", 10, 0.16, 0.6),
      actor("Italy", 10, 0.16, 0.6),
      actor("UK", 10, 0.16, 0.9),
      actor("Ireland", 7, 0.05, 0.1),
      actor("Denmark", 4, 0.05, 1),
      actor("Greece", 7, 0.08, 0.7),
    ];
    const run = simulateBdm({ actors: eu }, { preset: "scholz-code", maxRounds: 5 });
    expect(run.status).toBe("max-rounds");
    if (run.status !== "max-rounds") return;
    expect(run.rounds).toBe(5);
    expect(run.lastMove).toBeGreaterThan(0);
    expect(run.tail.fromRound).toBe(0);
    expect(run.tail.median.max).toBeGreaterThan(run.tail.median.min);
  });

  it("simulateBdm(two camps of equal weight) throws on equal security sums by default, runs with equalSecurity: neutral", () => {
    const camps = [actor("a", 0), actor("b", 0), actor("c", 1), actor("d", 1)];
    expect(() => simulateBdm({ actors: camps }, { issue: "sym" })).toThrow(
      /simulateBdm: issue "sym": round 1: every actor's security sum is equal/,
    );
    const run = simulateBdm({ actors: camps }, { equalSecurity: "neutral" });
    expect(run.status).toBe("converged");
  });
});

describe("simulateBdm invariants (fast-check)", () => {
  it("keeps every position within [min, max] of the inputs, never returns NaN, and does not mutate its input", () => {
    fc.assert(
      fc.property(
        arbitraryActors,
        fc.constantFrom("paper", "scholz-code", "eum", "masad2014"),
        (actors, preset) => {
          const input = { actors };
          const copy = structuredClone(input);
          const lo = Math.min(...actors.map((a) => a.position));
          const hi = Math.max(...actors.map((a) => a.position));
          let run: ReturnType<typeof simulateBdm>;
          try {
            run = simulateBdm(input, { preset, equalSecurity: "neutral", maxRounds: 30 });
          } finally {
            expect(input).toEqual(copy);
          }
          for (const state of run.trajectory) {
            for (const x of [...state.positions, state.median, state.mean]) {
              expect(Number.isFinite(x)).toBe(true);
              expect(x).toBeGreaterThanOrEqual(lo - 1e-9 * (hi - lo));
              expect(x).toBeLessThanOrEqual(hi + 1e-9 * (hi - lo));
            }
          }
          for (const log of run.log)
            expect(log.riskExponents.every((r) => r >= 0.5 - 1e-12 && r <= 2 + 1e-12)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  // oracle: the model depends on distances and capability ratios only (spec 2.1), and doubling is exact in binary
  it("mirrors its trajectory when the scale is mirrored, and ignores doubling every capability (paper)", () => {
    fc.assert(
      fc.property(arbitraryActors, (actors) => {
        const options = { equalSecurity: "neutral", maxRounds: 60 } as const;
        const run = simulateBdm({ actors }, options);
        const mirrored = simulateBdm(
          { actors: actors.map((a) => ({ ...a, position: -a.position })) },
          options,
        );
        const doubled = simulateBdm(
          { actors: actors.map((a) => ({ ...a, capability: 2 * a.capability })) },
          options,
        );
        expect(mirrored.trajectory.map((s) => s.positions.map((x) => -x + 0))).toEqual(
          run.trajectory.map((s) => s.positions.map((x) => x + 0)),
        );
        expect(doubled.trajectory).toEqual(run.trajectory);
      }),
      { numRuns: 100 },
    );
  });
});

describe("simulateBdm bad input", () => {
  const good = [actor("a", 0), actor("b", 5), actor("c", 10)];
  const bad = (actors: BdmActor[]) => () => simulateBdm({ actors }, { issue: "corridor" });

  it("throws on fewer than three actors", () => {
    expect(bad(good.slice(0, 2))).toThrow(
      'simulateBdm: issue "corridor": BDM needs at least three actors, got 2',
    );
  });
  it("throws naming the actor on capability ≤ 0, salience outside [0, 1], NaN or infinite values", () => {
    expect(bad([...good.slice(0, 2), actor("c", 10, 0)])).toThrow(/actor "c" \(#3\) has capability 0/);
    expect(bad([...good.slice(0, 2), actor("c", 10, 1, 40)])).toThrow(
      /actor "c" \(#3\) has salience 40 outside/,
    );
    expect(bad([...good.slice(0, 2), actor("c", Number.NaN)])).toThrow(/actor "c" \(#3\) has position NaN/);
    expect(bad([actor("a", 0, Number.POSITIVE_INFINITY), ...good.slice(1)])).toThrow(
      /actor "a" \(#1\) has capability/,
    );
  });
  it("throws on zero total salience, all actors at one point, and duplicate ids", () => {
    expect(bad(good.map((a) => ({ ...a, salience: 0 })))).toThrow(/total salience is zero/);
    expect(bad(good.map((a) => ({ ...a, position: 3 })))).toThrow(/all actors are at position 3/);
    expect(bad([...good.slice(0, 2), actor("a", 10)])).toThrow(/actor "a" \(#3\) appears twice/);
    expect(bad(good.map((a) => ({ ...a, capability: 1e-200, salience: 1e-200 })))).toThrow(/total weight/);
  });
  it("throws on unknown or out-of-range options and on positions outside explicit scale bounds", () => {
    expect(() => simulateBdm({ actors: good }, { q: 2 })).toThrow(/simulateBdm: bad option q/);
    expect(() => simulateBdm({ actors: good }, { qq: 1 } as never)).toThrow(/simulateBdm: bad option/);
    expect(() => simulateBdm({ actors: good }, { preset: "nope" } as never)).toThrow(/bad option preset/);
    expect(() => simulateBdm({ actors: good }, { scale: { min: 0, max: 5 } })).toThrow(
      /actor "c" has position 10 outside the scale \[0, 5\]/,
    );
  });
});
