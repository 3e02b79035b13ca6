import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { medianPosition, weightedMean } from "./median.ts";
import type { BdmModelOptions } from "./options.ts";
import { bdmPresets } from "./presets.ts";
import { playRound } from "./round.ts";
import { createRoundWorkspace, offerKinds, playKernelRound } from "./round-kernel.ts";
import { simulateBdm } from "./simulate.ts";

// oracle: the readable kernels (round.ts and the modules it calls, checked against the peers in
// presets.test.ts and by hand in kernels.test.ts); the kernel must give the same numbers bit for bit.
const arbitraryState = fc
  .array(
    fc.record({
      capability: fc.integer({ min: 1, max: 1000 }).map((k) => k / 100),
      position: fc.integer({ min: 0, max: 40 }).map((k) => k * 2.5),
      salience: fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
    }),
    { minLength: 3, maxLength: 9 },
  )
  .filter((rows) => rows.some((r) => r.salience > 0 && r.position !== rows[0]?.position));

const variants: Array<[string, BdmModelOptions]> = [
  ...Object.entries(bdmPresets),
  ["eum, Q = 0.5", { ...bdmPresets.eum, q: 0.5 }],
  ["paper, Q = 0.7, T = 0.4, mean", { ...bdmPresets.paper, q: 0.7, t: 0.4, referencePoint: "mean" }],
  ["masad2014, Q = 0.6", { ...bdmPresets.masad2014, q: 0.6, equalSecurity: "neutral" }],
];

describe("playKernelRound (typed-array round) against playRound", () => {
  for (const [name, preset] of variants) {
    it(`playKernelRound(${name}) gives playRound's positions, exponents, security sums and offers exactly`, () => {
      fc.assert(
        fc.property(arbitraryState, (rows) => {
          const options: BdmModelOptions = { ...preset, scale: { min: 0, max: 100 } };
          const positions = rows.map((r) => r.position);
          const saliences = rows.map((r) => r.salience);
          const weights = rows.map((r) => r.capability * r.salience);
          const state = { positions, saliences, weights, delta: 100 };
          let reference: ReturnType<typeof playRound> | "equal" = "equal";
          try {
            reference = playRound(state, options, (m) => {
              throw new Error(m);
            });
          } catch {
            reference = "equal";
          }
          const ws = createRoundWorkspace(options, saliences, weights, 100);
          const next = new Float64Array(positions.length);
          const x = Float64Array.from(positions);
          const status = playKernelRound(
            ws,
            x,
            medianPosition(options.median, x, weights, 100),
            weightedMean(x, weights),
            next,
          );
          if (reference === "equal") {
            expect(status).toBe("equal-security");
            return;
          }
          expect(Array.from(next)).toEqual(reference.positions);
          expect(Array.from(ws.exponents)).toEqual(reference.riskExponents);
          expect(Array.from(ws.security)).toEqual(reference.security);
          const offers = reference.offers;
          positions.forEach((_, i) => {
            const offer = offers[i];
            const kind = ws.offerKind[i] as number;
            if (offer === undefined) expect(status === "consensus" || kind === -1).toBe(true);
            else {
              expect(offerKinds[kind]).toBe(offer.kind);
              expect(ws.offerCounterpart[i]).toBe(offer.counterpart);
              expect(ws.offerEuActor[i]).toBe(offer.euActor);
              expect(ws.offerEuCounterpart[i]).toBe(offer.euCounterpart);
              expect(ws.offerTo[i]).toBe(offer.to);
            }
          });
        }),
        { numRuns: 150, seed: 3 },
      );
    });
  }
});

describe("simulateBdm record option", () => {
  // oracle: the same run with record "full" (matched to the peers in presets.test.ts)
  const actors = [
    { id: "a", capability: 3, position: 10, salience: 0.8 },
    { id: "b", capability: 2, position: 40, salience: 0.5 },
    { id: "c", capability: 4, position: 55, salience: 0.6 },
    { id: "d", capability: 1, position: 90, salience: 0.9 },
  ];
  for (const preset of ["paper", "scholz-code", "eum", "masad2014"] as const) {
    it(`simulateBdm(…, { preset: ${preset}, record: "outcome" }) is the full run without its log`, () => {
      const full = simulateBdm({ actors }, { preset });
      const outcome = simulateBdm({ actors }, { preset, record: "outcome" });
      expect(outcome.log).toHaveLength(0);
      expect(full.log).toHaveLength(full.rounds);
      expect({ ...outcome, log: full.log }).toEqual(full);
    });
  }
});
