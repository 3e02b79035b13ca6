// KTAB SMP: time per run with KTAB's defaults (issue 3 "Speed"; spec §0.3 "Performance": smpc took 16 s
// for 40 actors and grows like n⁴). One line per measurement.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseKtabCsv } from "../src/core/models/bargaining/ktab-format/index.ts";
import { type SmpScenario, simulateSmp } from "../src/core/models/bargaining/smp/index.ts";
import { createRandom, type Random } from "../src/core/stats/random.ts";

/** A seeded random scenario: capabilities 10–200, positions 0–100, total salience 0.5–0.95 split at random. */
export function generateSmpScenario(actors: number, dims: number, seed: number): SmpScenario {
  const random: Random = createRandom(seed);
  return {
    name: `generated-${actors}x${dims}-seed${seed}`,
    dimensions: Array.from({ length: dims }, (_, d) => `D${d + 1}`),
    actors: Array.from({ length: actors }, (_, i) => {
      const weights = Array.from({ length: dims }, () => 0.1 + random());
      const total = 0.5 + 0.45 * random();
      const sum = weights.reduce((s, w) => s + w, 0);
      return {
        id: `A${String(i + 1).padStart(3, "0")}`,
        capability: 10 + 190 * random(),
        positions: Array.from({ length: dims }, () => Math.round(10000 * random()) / 100),
        saliences: weights.map((w) => (total * w) / sum),
      };
    }),
  };
}

function time(name: string, scenario: SmpScenario, repeats: number): void {
  simulateSmp(scenario); // warm-up
  const start = performance.now();
  let turns = 0;
  let status = "";
  for (let r = 0; r < repeats; r++) {
    const result = simulateSmp(scenario);
    turns = result.turns;
    status = result.status;
  }
  const ms = (performance.now() - start) / repeats;
  console.log(
    `${name}: ${ms.toFixed(1)} ms per run (${turns} turns, ${status}, ${(ms / turns).toFixed(2)} ms/turn)`,
  );
}

export default async function (): Promise<void> {
  const a040 = parseKtabCsv(
    readFileSync(
      join(import.meta.dirname, "..", "test", "fixtures", "ktab", "inputs", "dummyData-a040.csv"),
      "utf8",
    ),
  ).scenario;
  time("SMP KTAB defaults, dummyData-a040 (40 actors, 1-D)", a040, 10);
  time("SMP KTAB defaults, generated 80 actors, 1-D (seed 1)", generateSmpScenario(80, 1, 1), 3);
  time("SMP KTAB defaults, generated 30 actors, 6-D (seed 1)", generateSmpScenario(30, 6, 1), 5);
  time("SMP KTAB defaults, generated 150 actors, 2-D (seed 1)", generateSmpScenario(150, 2, 1), 1);
}
