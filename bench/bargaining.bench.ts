// Monte Carlo ensemble of the built-in NK case (issue 3 "Speed": 10,000 runs on 1 and 2 workers, target
// < 10 s and ≥ 1.8× speed-up on 2 workers). One line per measurement. ENTENTE_BENCH_RUNS overrides the
// number of runs for a quick look. Also: the per-setting cost of one deterministic forecast of the case
// (where the Monte Carlo time goes), the pool's own overhead on a baseline-only ensemble, and, because the
// machine is shared, the load average and a control: the speed-up of a pure CPU loop on 1 vs 2 workers
// measured in the same process (the best the ensemble's speed-up can be at that moment).
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import {
  centralTable,
  ensembleSettings,
  issueFrames,
  prepareEnsemble,
  runSetting,
  sampleChunk,
  settingLabel,
} from "../src/core/analysis/index.ts";
import { builtInCasePath, loadCase } from "../src/io/case/index.ts";
import { runMonteCarlo } from "../src/io/monte-carlo/index.ts";

const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ")}`;

/** CPU time (all threads of this process) and wall time of `work`, in ms. */
async function timed(work: () => Promise<unknown> | unknown): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  await work();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

// A fixed amount of floating-point work with no allocation (the control's unit of work).
const spinSource = `
const { parentPort, workerData } = require("node:worker_threads");
let x = 0;
for (let i = 0; i < workerData.iterations; i++) x = Math.sqrt(x + i) * 1.000001;
parentPort.postMessage(x);
`;

async function spin(workers: number, totalIterations: number): Promise<void> {
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(spinSource, {
            eval: true,
            workerData: { iterations: Math.round(totalIterations / workers) },
          });
          w.once("message", () => resolve());
          w.once("error", reject);
        }),
    ),
  );
}

/** Speed-up of the pure CPU loop on 2 workers over 1 (same total work), right now. */
async function controlSpeedUp(): Promise<string> {
  const iterations = 150_000_000;
  await spin(1, iterations / 20); // warm-up
  const one = await timed(() => spin(1, iterations));
  const two = await timed(() => spin(2, iterations));
  return `control (pure CPU loop, same work): 1 worker ${(one.wall / 1000).toFixed(2)} s, 2 workers ${(two.wall / 1000).toFixed(2)} s, speed-up ${(one.wall / two.wall).toFixed(2)}× (${load()})`;
}

export default async function bench(): Promise<void> {
  const loaded = await loadCase(builtInCasePath());
  if (loaded.case === undefined) throw new Error("bench: the built-in case does not validate");
  const caseFile = loaded.case;
  const runs = Number(process.env.ENTENTE_BENCH_RUNS ?? 10_000);
  const frames = issueFrames(caseFile);
  const tables = frames.map(centralTable);
  console.log(
    `NK case: ${frames.length} issues, ${tables.reduce((s, t) => s + t.actors.length, 0)} stances; ${availableParallelism()} cores; ${load()}`,
  );

  // Per setting: CPU time of one forecast of all issues as the ensemble runs it (outcome only), the
  // least of 7 trials (the machine is shared: the least is the closest to the cost on an idle core).
  let weighted = 0;
  for (const { setting, weight } of ensembleSettings()) {
    for (const t of tables) runSetting(setting, t, { record: "outcome" }); // warm-up
    let best = Number.POSITIVE_INFINITY;
    for (let trial = 0; trial < 7; trial++) {
      const repeats = 3;
      const { cpu } = await timed(() => {
        for (let r = 0; r < repeats; r++)
          for (const t of tables) runSetting(setting, t, { record: "outcome" });
      });
      best = Math.min(best, cpu / repeats);
    }
    weighted += weight * best;
    console.log(
      `forecast of all ${tables.length} issues, ${settingLabel(setting)}: ${best.toFixed(2)} ms CPU`,
    );
  }
  console.log(`weighted by the default ensemble's setting weights: ${weighted.toFixed(2)} ms CPU per run`);

  // The same runs in this thread (no pool): CPU per run of the whole ensemble on its drawn inputs, and of
  // an ensemble whose only setting is the status quo (no engine at all: the draws, the tables and the
  // settlement zone, i.e. everything a run does outside the engines). Their difference is the engines'
  // cost on drawn inputs, which differs from the central-value forecasts above (drawn inputs take more
  // rounds and turns).
  const inThread = Math.min(runs, 1_000);
  const perRun = async (settings?: ReturnType<typeof ensembleSettings>) => {
    const p = prepareEnsemble(caseFile, settings === undefined ? {} : { settings });
    sampleChunk(p, 2, 0, Math.min(50, inThread)); // warm-up
    const { cpu } = await timed(() => sampleChunk(p, 1, 0, inThread));
    return cpu / inThread;
  };
  const whole = await perRun();
  const outside = await perRun([{ setting: { kind: "status-quo" }, weight: 1 }]);
  console.log(
    `in this thread, ${inThread} runs: full ensemble ${whole.toFixed(2)} ms CPU per run; outside the engines ` +
      `(status-quo-only ensemble) ${outside.toFixed(3)} ms; so the engines on drawn inputs ${(whole - outside).toFixed(2)} ms (${load()})`,
  );

  console.log(await controlSpeedUp());

  const baseline = prepareEnsemble(caseFile, { model: "compromise" });
  for (const workers of [1, 2]) {
    const { wall } = await timed(() => runMonteCarlo(baseline, { runs, seed: 1, workers }));
    console.log(
      `Monte Carlo, compromise model only (pool overhead), ${runs} runs, ${workers} worker(s): ${(wall / 1000).toFixed(2)} s`,
    );
  }

  const plan = prepareEnsemble(caseFile);
  const seconds: number[] = [];
  let first: string | undefined;
  for (const workers of [1, 2]) {
    const before = load();
    let fingerprint = "";
    const { wall, cpu } = await timed(async () => {
      const summary = await runMonteCarlo(plan, { runs, seed: 1, workers });
      fingerprint = JSON.stringify(summary.issues.map((i) => i.outcome));
    });
    const s = wall / 1000;
    seconds.push(s);
    first ??= fingerprint;
    console.log(
      `Monte Carlo, full ensemble (${plan.settings.length} settings), ${runs} runs, ${workers} worker(s): ${s.toFixed(2)} s wall, ` +
        `${(cpu / 1000).toFixed(2)} s CPU (${(cpu / runs).toFixed(2)} ms CPU per run; before: ${before}; after: ${load()})` +
        `${fingerprint === first ? "" : " RESULTS DIFFER"}`,
    );
  }
  console.log(`speed-up on 2 workers: ${((seconds[0] as number) / (seconds[1] as number)).toFixed(2)}×`);
  console.log(await controlSpeedUp());
}
