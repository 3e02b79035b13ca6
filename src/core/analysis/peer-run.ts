import { compromiseOutcome, weightedMedianOutcome } from "../models/bargaining/baselines/index.ts";
import { type BdmInput, type BdmPresetName, simulateBdm } from "../models/bargaining/bdm/index.ts";
import { type SmpParamsInput, type SmpScenario, simulateSmp } from "../models/bargaining/smp/index.ts";
import type { Random } from "../stats/random.ts";

export interface PeerForecast {
  readonly setting: string;
  /** One outcome per dimension (a BDM table has one). */
  readonly outcome: readonly number[];
  readonly stop: string;
  readonly rounds: number | null;
  readonly note?: string;
}

/**
 * A BDM table read from a peer file, run under each preset (with the table's own scale: Δ is the spread of
 * the initial positions, as the peers do) and the two baselines. Salience is in [0, 1] here.
 */
export function runBdmTable(
  input: BdmInput,
  presets: readonly BdmPresetName[] = ["paper", "scholz-code", "eum"],
): PeerForecast[] {
  const runs: PeerForecast[] = presets.map((preset) => {
    const result = simulateBdm(input, { preset });
    const note =
      result.status === "cycling"
        ? `cycle of ${result.cycle.period} rounds, median ${result.cycle.median.min.toFixed(2)}–${result.cycle.median.max.toFixed(2)}`
        : undefined;
    return {
      setting: `bdm:${preset}`,
      outcome: [result.forecast.median],
      stop: result.status,
      rounds: result.rounds,
      ...(note === undefined ? {} : { note }),
    };
  });
  return [
    ...runs,
    ...baselines(
      input.actors.map((a) => ({ ...a, positions: [a.position], saliences: [a.salience] })),
      1,
    ),
  ];
}

/**
 * A KTAB scenario read from a peer file, run with its parameters (XML) or KTAB's defaults, and the
 * baselines. `random` drives stochastic transitions (an XML file may ask for them); seeded, so reproducible.
 */
export function runKtabScenario(
  scenario: SmpScenario,
  params: SmpParamsInput = {},
  random?: Random,
): PeerForecast[] {
  const result = simulateSmp(scenario, params, random);
  return [
    {
      setting: "smp",
      outcome: result.outcome.expected,
      stop: result.status,
      rounds: result.turns,
      note: `most probable final position (${result.outcome.mostProbable.position.map((x) => x.toFixed(2)).join(", ")}) p = ${result.outcome.mostProbable.probability.toFixed(3)}`,
    },
    ...baselines(scenario.actors, scenario.dimensions.length),
  ];
}

function baselines(
  actors: ReadonlyArray<{
    id: string;
    capability: number;
    positions: readonly number[];
    saliences: readonly number[];
  }>,
  m: number,
): PeerForecast[] {
  const perDimension = (d: number) =>
    actors.map((a) => ({
      id: a.id,
      capability: a.capability,
      position: a.positions[d] as number,
      salience: a.saliences[d] as number,
    }));
  const dims = Array.from({ length: m }, (_, d) => d);
  return [
    {
      setting: "compromise",
      outcome: dims.map((d) => compromiseOutcome(perDimension(d), `dimension ${d + 1}`)),
      stop: "closed-form",
      rounds: null,
    },
    {
      setting: "median",
      outcome: dims.map((d) => weightedMedianOutcome(perDimension(d), `dimension ${d + 1}`)),
      stop: "closed-form",
      rounds: null,
    },
  ];
}
