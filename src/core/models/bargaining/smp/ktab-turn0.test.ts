// oracle: KTAB smpc run dummyData_3Dim, full logging, turn-0 rows of its internal tables
// (shared/negotiation/reference/ktab_smpc/dummyData_3Dim/detail_*.csv, copied to test/fixtures/ktab/smpc/).
import { describe, expect, it } from "vitest";
import {
  ktabFixtureCsv as fixtureCsv,
  ktabFixtureText as fixtureText,
} from "../../../../../test/helpers/ktab-fixtures.ts";
import { parseKtabCsv } from "../ktab-format/csv.ts";
import { emptyChallengeValue, evaluateChallenge } from "./challenge.ts";
import { createContext, initialState } from "./context.ts";
import { positionProbabilities } from "./outcome.ts";
import { smpDefaults } from "./params.ts";
import { computeStateTables, perceivedUtilities } from "./state-tables.ts";
import { runTurn } from "./turn.ts";

const TOLERANCE = 1e-12;
const { scenario } = parseKtabCsv(fixtureText("inputs", "dummyData_3Dim.csv"));
const ctx = createContext(scenario, smpDefaults);
const state = initialState(scenario);
const tables = computeStateTables(ctx, state);
const n = ctx.n;
const perceived = Array.from({ length: n }, (_, h) => perceivedUtilities(tables, n, h));
const detail = (table: string) => fixtureCsv("smpc", "dummyData_3Dim", `turn0_detail_${table}.csv`);
const turn = runTurn(ctx, state, tables, undefined).detail;

function worst(rows: Record<string, string>[], diff: (r: Record<string, string>) => number): number {
  return rows.reduce((m, r) => Math.max(m, Math.abs(diff(r))), 0);
}

describe("SMP turn 0 of dummyData_3Dim against KTAB smpc's internal tables", () => {
  it("perceivedUtilities(h) matches every PosUtil row to 1e-12", () => {
    const rows = detail("PosUtil");
    expect(rows.length).toBe(n * n * n);
    expect(worst(rows, (r) => perceived[+r.Est_h!]![+r.Act_i! * n + +r.Pos_j!]! - +r.Util!)).toBeLessThan(
      TOLERANCE,
    );
  });

  it("positionProbabilities(U_h) matches every PosProb row to 1e-12", () => {
    const rows = detail("PosProb");
    expect(rows.length).toBe(n * n);
    const byH = perceived.map((u) => positionProbabilities(ctx, state, tables, u).probability);
    expect(worst(rows, (r) => byH[+r.Est_h!]![+r.Pos_i!]! - +r.Prob!)).toBeLessThan(TOLERANCE);
  });

  it("evaluateChallenge matches every ProbVict and UtilChlg row to 1e-12", () => {
    const out = emptyChallengeValue();
    const probVict = detail("ProbVict");
    expect(probVict.length).toBe(798);
    expect(
      worst(probVict, (r) => {
        const v = evaluateChallenge(ctx, perceived[+r.Est_h!]!, +r.Init_i!, +r.Init_i!, +r.Rcvr_j!, out);
        return v.probability - +r.Prob!;
      }),
    ).toBeLessThan(TOLERANCE);
    const utilChlg = detail("UtilChlg");
    expect(utilChlg.length).toBe(798);
    const error = worst(utilChlg, (r) => {
      const v = evaluateChallenge(ctx, perceived[+r.Est_h!]!, +r.Aff_k!, +r.Init_i!, +r.Rcvr_j!, out);
      return Math.max(
        Math.abs(v.statusQuo - +r.Util_SQ!),
        Math.abs(v.victory - +r.Util_Vict!),
        Math.abs(v.contest - +r.Util_Cntst!),
        Math.abs(v.challenge - +r.Util_Chlg!),
      );
    });
    expect(error).toBeLessThan(TOLERANCE);
  });

  // Bargain ids depend on KTAB's thread timing: bargains are matched by (initiator, receiver).
  const bargainRows = detail("Bargn");
  const idToPair = new Map(bargainRows.map((r) => [r.BargnId!, [+r.Init_Act_i!, +r.Recd_Act_j!] as const]));
  const bargainIndex = (id: string): number => {
    const [i, j] = idToPair.get(id)!;
    const k = turn.bargains.findIndex((b) => b.initiator === i && b.receiver === j);
    expect(k, `bargain ${i}:${j}`).toBeGreaterThanOrEqual(0);
    return k;
  };
  const queueProbability = (actor: number, bargain: number) => {
    const q = turn.queues[actor]!;
    const at = q.bargains.indexOf(bargain);
    return { probability: q.probabilities[at]!, selected: q.chosen === at ? 1 : 0 };
  };

  it("runTurn proposes the same bargains with the same values and queue probabilities (Bargn, 1e-12)", () => {
    expect(turn.bargains.length).toBe(bargainRows.length);
    for (const r of bargainRows) {
      const k = bargainIndex(r.BargnId!);
      const b = turn.bargains[k]!;
      const value =
        b.initiator === b.receiver ? 0 : turn.challenges.find((c) => c.initiator === b.initiator)!.value;
      expect(Math.abs(value - +r.Value!)).toBeLessThan(TOLERANCE);
      const init = queueProbability(b.initiator, k);
      expect(Math.abs(init.probability - +r.Init_Prob!)).toBeLessThan(TOLERANCE);
      expect(init.selected).toBe(+r.Init_Seld!);
      if (b.initiator !== b.receiver) {
        const rcvr = queueProbability(b.receiver, k);
        expect(Math.abs(rcvr.probability - +r.Recd_Prob!)).toBeLessThan(TOLERANCE);
        expect(rcvr.selected).toBe(+r.Recd_Seld!);
      }
    }
  });

  it("runTurn's bargain coordinates match BargnCoords to 1e-12 on the 0–100 scale", () => {
    const rows = detail("BargnCoords");
    expect(rows.length).toBeGreaterThan(0);
    expect(
      worst(rows, (r) => {
        const b = turn.bargains[bargainIndex(r.BargnId!)]!;
        const d = +r.Dim_k!;
        return Math.max(
          Math.abs(b.init[d]! * 100 - +r.Init_Coord!),
          Math.abs(b.rcvr[d]! * 100 - +r.Recd_Coord!),
        );
      }),
    ).toBeLessThan(TOLERANCE);
  });

  it("runTurn's voter utilities of each bargain match BargnUtil to 1e-12", () => {
    const rows = detail("BargnUtil");
    expect(rows.length).toBeGreaterThan(0);
    expect(worst(rows, (r) => turn.utilities[bargainIndex(r.BargnId!)]![+r.Act_i!]! - +r.Util!)).toBeLessThan(
      TOLERANCE,
    );
  });
});
