// BDM expected-utility model: time per run on the EU emissions table (10 actors), spec §0.2 "Performance".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BdmRunOptions } from "../src/core/models/bargaining/bdm/index.ts";
import { parseBdmCsv, simulateBdm } from "../src/core/models/bargaining/bdm/index.ts";

const euEmissions = parseBdmCsv(
  readFileSync(join(import.meta.dirname, "..", "test", "fixtures", "bdm", "eu_emissions.csv"), "utf8"),
);

const cases: Array<{ name: string; options: BdmRunOptions }> = [
  { name: "BDM scholz-code, EU table, 30 rounds", options: { preset: "scholz-code", rounds: 30 } },
  { name: "BDM paper, EU table, 30 rounds", options: { preset: "paper", rounds: 30 } },
  { name: "BDM eum Q=0.5, EU table, 30 rounds", options: { preset: "eum", q: 0.5, rounds: 30 } },
  { name: "BDM paper, EU table, until converged", options: {} },
];

/**
 * Mean milliseconds per run of each case after a warm-up, over about `budgetMs` each: wall time, and the
 * process's CPU time (less sensitive to other jobs on a shared machine).
 */
export async function benchBdm(
  budgetMs = 1000,
): Promise<Array<{ name: string; ms: number; cpuMs: number; runs: number }>> {
  return cases.map(({ name, options }) => {
    for (let i = 0; i < 20; i++) simulateBdm(euEmissions, options);
    let runs = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    while (performance.now() - start < budgetMs || runs < 50) {
      simulateBdm(euEmissions, options);
      runs++;
    }
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { name, ms: wall / runs, cpuMs: (used.user + used.system) / 1000 / runs, runs };
  });
}

export default async function (): Promise<void> {
  for (const { name, ms, cpuMs, runs } of await benchBdm()) {
    console.log(
      `${name}: ${ms.toFixed(3)} ms/run wall, ${cpuMs.toFixed(3)} ms/run CPU (mean of ${runs} runs)`,
    );
  }
}
