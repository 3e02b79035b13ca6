import { describe, expect, it } from "vitest";
import { prepareEnsemble } from "../../src/core/analysis/index.ts";
import { runMonteCarlo } from "../../src/io/monte-carlo/pool.ts";
import { smallCase } from "../fixtures/analysis/small-case.ts";

describe("runMonteCarlo", () => {
  // Engines and baselines both: 30 runs are enough to exercise every path and stay fast.
  const plan = prepareEnsemble(smallCase);

  it("runMonteCarlo(seed 7) gives identical summaries on 0, 1 and 2 workers and any chunk size", async () => {
    const inThread = await runMonteCarlo(plan, { runs: 30, seed: 7, workers: 0, chunkSize: 30 });
    const one = await runMonteCarlo(plan, { runs: 30, seed: 7, workers: 1, chunkSize: 7 });
    const two = await runMonteCarlo(plan, { runs: 30, seed: 7, workers: 2, chunkSize: 4 });
    expect(one).toEqual(inThread);
    expect(two).toEqual(inThread);
    expect(inThread.runs).toBe(30);
  });

  it("runMonteCarlo reports progress up to the total and a different seed gives different draws", async () => {
    const seen: number[] = [];
    const a = await runMonteCarlo(plan, {
      runs: 20,
      seed: 1,
      workers: 0,
      chunkSize: 5,
      onProgress: (done) => seen.push(done),
    });
    const b = await runMonteCarlo(plan, { runs: 20, seed: 2, workers: 0 });
    expect(seen).toEqual([5, 10, 15, 20]);
    expect(a.issues[0]?.outcome.mean).not.toBe(b.issues[0]?.outcome.mean);
  });

  it("runMonteCarlo rejects a bad run count", async () => {
    await expect(runMonteCarlo(plan, { runs: 0, seed: 1 })).rejects.toThrow(/runs must be a whole number/);
  });
});
