import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBdmCsv } from "../bdm-csv.ts";
import { simulateBdm } from "./simulate.ts";

const fixtures = join(import.meta.dirname, "..", "..", "..", "..", "..", "test", "fixtures", "bdm");
const read = (path: string) => readFileSync(join(fixtures, path), "utf8");
const euEmissions = parseBdmCsv(read("eu_emissions.csv"));

/** A reference CSV as rows of cells, header dropped. */
function table(path: string): string[][] {
  return read(path)
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(","));
}

function maxDiff(actual: readonly number[], expected: readonly number[]): number {
  expect(actual.length).toBe(expected.length);
  return Math.max(...actual.map((x, i) => Math.abs(x - (expected[i] as number))));
}

describe("preset scholz-code", () => {
  // oracle: dmasad/bdm-scholz-expected-utility-model (jmckib's replication of Scholz's code), 30 rounds, Q = 1,
  // on the EU emissions table (shared/negotiation/reference/bdm_scholz_py/eu_emissions/)
  const run = simulateBdm(euEmissions, { preset: "scholz-code", rounds: 30 });

  it("bdm(euEmissions, scholz-code) matches the Python replication's positions, median and mean to 1e-9 over 30 rounds", () => {
    const rows = table("bdm_scholz_py/positions.csv");
    expect(rows).toHaveLength(31);
    for (const row of rows) {
      const values = row.map(Number);
      const state = run.trajectory[values[0] as number];
      expect(state).toBeDefined();
      expect(maxDiff(state?.positions ?? [], values.slice(1, 11))).toBeLessThan(1e-9);
      expect(Math.abs((state?.median ?? 0) - (values[11] as number))).toBeLessThan(1e-9);
      expect(Math.abs((state?.mean ?? 0) - (values[12] as number))).toBeLessThan(1e-9);
    }
  });

  it("bdm(euEmissions, scholz-code) matches the Python replication's risk exponents to 1e-9 every round", () => {
    for (const row of table("bdm_scholz_py/risk_exponents.csv")) {
      const values = row.map(Number);
      const log = run.log[(values[0] as number) - 1];
      expect(maxDiff(log?.riskExponents ?? [], values.slice(1))).toBeLessThan(1e-9);
    }
  });

  it("bdm(euEmissions, scholz-code) accepts the Python replication's offers (type, counterpart, E_ij, E_ji, position) every round", () => {
    const expected = table("bdm_scholz_py/offers.csv").map((c) => ({
      round: Number(c[0]),
      actor: Number(c[1]),
      kind: c[3],
      counterpart: Number(c[4]),
      euActor: Number(c[6]),
      euCounterpart: Number(c[7]),
      to: Number(c[8]),
    }));
    const actual = run.log.flatMap((log) => log.offers.map((offer) => ({ round: log.round, ...offer })));
    expect(actual).toHaveLength(expected.length);
    actual.forEach((offer, k) => {
      const want = expected[k];
      expect([offer.round, offer.actorIndex, offer.kind, offer.counterpartIndex]).toEqual([
        want?.round,
        want?.actor,
        want?.kind,
        want?.counterpart,
      ]);
      expect(Math.abs(offer.euActor - (want?.euActor ?? Number.NaN))).toBeLessThan(1e-9);
      expect(Math.abs(offer.euCounterpart - (want?.euCounterpart ?? Number.NaN))).toBeLessThan(1e-9);
      expect(Math.abs(offer.to - (want?.to ?? Number.NaN))).toBeLessThan(1e-9);
    });
  });

  it("bdm(euEmissions, scholz-code) never settles: only Belgium, Luxembourg and Ireland move, and the run ends at max-rounds", () => {
    expect(run.status).toBe("max-rounds");
    const movers = new Set(run.log.flatMap((log) => log.offers.map((offer) => offer.actor)));
    expect([...movers].sort()).toEqual(["Belgium", "Ireland", "Luxembourg"]);
  });
});

describe("preset eum", () => {
  // oracle: decisionmechanics/eum (C#), `emission-standards 30 <q>` (shared/negotiation/reference/eum_csharp/),
  // printed with 15 significant digits
  for (const [q, file] of [
    [1, "eum_csharp/emission-standards_q1.0_30rounds_positions.csv"],
    [0.5, "eum_csharp/emission-standards_q0.5_30rounds_positions.csv"],
  ] as const) {
    it(`bdm(euEmissions, eum, Q = ${q}) matches the C# EUM's positions, median and mean to 15 significant digits`, () => {
      const run = simulateBdm(euEmissions, { preset: "eum", q, rounds: 30 });
      const rows = table(file);
      expect(rows).toHaveLength(31);
      for (const row of rows) {
        const values = row.map(Number);
        const state = run.trajectory[values[0] as number];
        const got = [...(state?.positions ?? []), state?.median ?? Number.NaN, state?.mean ?? Number.NaN];
        got.forEach((x, i) => {
          const want = values[i + 1] as number;
          expect(Math.abs(x - want)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(want)) * 10);
        });
      }
      expect(run.status).toBe("converged");
    });
  }
});

describe("preset masad2014", () => {
  // oracle: dmasad/BDM_DecisionModel_Replication (Masad 2014), Model(actors, xmin 4, xmax 10), Q = T = 1,
  // 30 rounds (shared/negotiation/reference/bdm_masad2014/eu_emissions/)
  const run = simulateBdm(euEmissions, { preset: "masad2014", rounds: 30 });

  it("bdm(euEmissions, masad2014) matches Masad's positions and risk exponents to 1e-9 over 30 rounds", () => {
    for (const row of table("bdm_masad2014/positions.csv")) {
      const values = row.map(Number);
      expect(maxDiff(run.trajectory[values[0] as number]?.positions ?? [], values.slice(1))).toBeLessThan(
        1e-9,
      );
    }
    for (const row of table("bdm_masad2014/risk_exponents.csv")) {
      const values = row.map(Number);
      expect(maxDiff(run.log[(values[0] as number) - 1]?.riskExponents ?? [], values.slice(1))).toBeLessThan(
        1e-9,
      );
    }
  });

  it("bdm(euEmissions, masad2014) makes Masad's moves, in order (moves.log)", () => {
    const phrase = {
      confrontation: "loses confrontation to",
      compromise: "compromises with",
      capitulation: "capitulates to",
    };
    const actual = run.log.flatMap((log) =>
      log.offers.map((offer) => `${log.round},${offer.actor} ${phrase[offer.kind]} ${offer.counterpart}`),
    );
    expect(actual).toEqual(read("bdm_masad2014/moves.log").trim().split(/\r?\n/).slice(1));
  });

  it("bdm(euEmissions, masad2014) gives the same run with explicit scale bounds 4–10", () => {
    const explicit = simulateBdm(euEmissions, {
      preset: "masad2014",
      rounds: 30,
      scale: { min: 4, max: 10 },
    });
    expect(explicit.trajectory).toEqual(run.trajectory);
  });
});

describe("preset paper", () => {
  // oracle: spec 0.1 / 2.9 ("literal readings ... collapse everyone to 7 within two rounds" on this table)
  it("bdm(euEmissions, paper) converges to consensus at 7", () => {
    const run = simulateBdm(euEmissions);
    expect(run.status).toBe("converged");
    expect(run.trajectory.at(-1)?.positions.every((x) => Math.abs(x - 7) < 1e-12)).toBe(true);
    expect(run.forecast.median).toBe(7);
    expect(run.forecast.mean).toBeCloseTo(7, 12);
  });
});
