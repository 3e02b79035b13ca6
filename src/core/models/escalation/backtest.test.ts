import { describe, expect, it } from "vitest";
import { createRandom } from "../../stats/random.ts";
import { backtest } from "./backtest.ts";
import type { IngarchParams } from "./ingarch.ts";
import { simulateIngarch } from "./ingarch-simulate.ts";
import { DEFAULT_INGARCH } from "./model-spec.ts";

const series = [0, 3, 12, 0, 0, 5, 40, 7, 0, 0, 1, 0, 2, 30, 4, 0, 0, 9, 1, 0];

describe("backtest", () => {
  it("does not leak: poisoning data after an origin leaves every forecast from that origin unchanged", () => {
    const poisoned = [...series.slice(0, 12), 5000, 9000, 0, 7000, 1, 1, 3000, 2];
    const a = backtest(series, { horizon: 3, runs: 100, seed: 1 });
    const b = backtest(poisoned, { horizon: 3, runs: 100, seed: 1 });
    const upTo = (r: typeof a, t: number) =>
      r.records
        .filter((x) => x.origin <= t)
        .map((x) => ({ o: x.origin, l: x.label, m: x.mean, md: x.median }));
    expect(upTo(b, 11)).toEqual(upTo(a, 11));
    // and the poisoned future does change later forecasts (the test can fail)
    expect(upTo(b, 13)).not.toEqual(upTo(a, 13));
  });
  it("is deterministic for a seed", () => {
    const a = backtest(series, { horizon: 2, runs: 50, seed: 3 });
    const b = backtest(series, { horizon: 2, runs: 50, seed: 3 });
    expect(a).toEqual(b);
  });
  it("scores steps only where observed and reports progress", () => {
    const seen: number[] = [];
    const r = backtest(series, { horizon: 3, runs: 50, seed: 3, onProgress: (d) => seen.push(d) });
    expect(r.origins).toEqual(Array.from({ length: 14 }, (_, i) => i + 5));
    expect(seen.at(-1)).toBe(14);
    const last = r.records.find((x) => x.origin === 18);
    expect(last?.scores.map((s) => s.h)).toEqual([1]);
    expect(r.summaries.find((s) => s.label === "zero" && s.h === 3)?.n).toBe(12);
  });
  it("a model that loses to a baseline says so", () => {
    // A Poisson INGARCH on a series of rare huge spikes: the zero baseline wins on CRPS here
    const spiky = [0, 0, 0, 0, 0, 0, 0, 500, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const r = backtest(spiky, {
      horizon: 2,
      runs: 100,
      seed: 2,
      models: [{ kind: "ingarch", family: "poisson", maxPersistence: 0.99, marks: false }],
    });
    const v = r.verdicts[0]!;
    expect(v.losesTo).toContain("zero");
    expect(v.beatsAllBaselines).toBe(false);
    expect(v.sentence).toMatch(/^ingarch-poisson loses to .*zero/);
  });
  it("NB-INGARCH beats the zero and last-value baselines on a long self-exciting series", () => {
    // oracle: data simulated from an NB-INGARCH (seed 21), so the true model class is the tested one
    const truth: IngarchParams = {
      family: "negative-binomial",
      omega: 1.5,
      alpha: 0.5,
      beta: 0.35,
      size: 1.5,
      gamma: [],
    };
    const y = simulateIngarch(truth, 90, 10, createRandom(21));
    const r = backtest(y, { horizon: 3, runs: 300, seed: 5, firstOrigin: 60, models: [DEFAULT_INGARCH] });
    const v = r.verdicts[0]!;
    expect(v.losesTo).not.toContain("zero");
    expect(v.losesTo).not.toContain("last-value");
  });
});
