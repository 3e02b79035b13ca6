// Monte Carlo ensemble of the built-in NK case (issue 3 "Speed": 10,000 runs on 1 and 2 workers, target
// < 10 s and ≥ 1.8× speed-up on 2 workers). One line per measurement. ENTENTE_BENCH_RUNS overrides the
// number of runs for a quick look. Also: the per-setting cost of one deterministic forecast of the case
// (where the Monte Carlo time goes) and the pool's own overhead on a baseline-only ensemble.
import { availableParallelism } from "node:os";
import {
  centralTable,
  ensembleSettings,
  issueFrames,
  prepareEnsemble,
  runSetting,
  settingLabel,
} from "../src/core/analysis/index.ts";
import { builtInCasePath, loadCase } from "../src/io/case/index.ts";
import { runMonteCarlo } from "../src/io/monte-carlo/index.ts";

export default async function bench(): Promise<void> {
  const loaded = await loadCase(builtInCasePath());
  if (loaded.case === undefined) throw new Error("bench: the built-in case does not validate");
  const caseFile = loaded.case;
  const runs = Number(process.env.ENTENTE_BENCH_RUNS ?? 10_000);
  const frames = issueFrames(caseFile);
  const tables = frames.map(centralTable);
  console.log(
    `NK case: ${frames.length} issues, ${tables.reduce((s, t) => s + t.actors.length, 0)} stances; ${availableParallelism()} cores`,
  );

  for (const { setting } of ensembleSettings()) {
    for (const t of tables) runSetting(setting, t); // warm-up
    const repeats = 5;
    const start = performance.now();
    for (let r = 0; r < repeats; r++) for (const t of tables) runSetting(setting, t);
    const ms = (performance.now() - start) / repeats;
    console.log(`forecast of all ${tables.length} issues, ${settingLabel(setting)}: ${ms.toFixed(2)} ms`);
  }

  const baseline = prepareEnsemble(caseFile, { model: "compromise" });
  for (const workers of [1, 2]) {
    const start = performance.now();
    await runMonteCarlo(baseline, { runs, seed: 1, workers });
    const s = (performance.now() - start) / 1000;
    console.log(
      `Monte Carlo, compromise model only (pool overhead), ${runs} runs, ${workers} worker(s): ${s.toFixed(2)} s`,
    );
  }

  const plan = prepareEnsemble(caseFile);
  const seconds: number[] = [];
  let first: string | undefined;
  for (const workers of [1, 2]) {
    const start = performance.now();
    const summary = await runMonteCarlo(plan, { runs, seed: 1, workers });
    const s = (performance.now() - start) / 1000;
    seconds.push(s);
    const fingerprint = JSON.stringify(summary.issues.map((i) => i.outcome));
    first ??= fingerprint;
    console.log(
      `Monte Carlo, full ensemble (${plan.settings.length} settings), ${runs} runs, ${workers} worker(s): ${s.toFixed(2)} s ` +
        `(${((s * 1000 * workers) / runs).toFixed(2)} ms per run per worker)${fingerprint === first ? "" : " RESULTS DIFFER"}`,
    );
  }
  console.log(`speed-up on 2 workers: ${((seconds[0] as number) / (seconds[1] as number)).toFixed(2)}×`);
}
