import { describe, expect, it } from "vitest";
import { simulateSmp } from "./simulate.ts";

// oracle: the same run with record "full" (matched to KTAB in ktab-runs.test.ts); "outcome" only drops
// the intermediate states, so everything it reports must be identical.
const scenario = {
  name: "record",
  dimensions: ["x"],
  actors: [
    { id: "A", capability: 30, positions: [10], saliences: [0.8] },
    { id: "B", capability: 20, positions: [35], saliences: [0.5] },
    { id: "C", capability: 25, positions: [55], saliences: [0.6] },
    { id: "D", capability: 10, positions: [80], saliences: [0.9] },
    { id: "E", capability: 15, positions: [95], saliences: [0.3] },
  ],
};

describe("simulateSmp record option", () => {
  for (const params of [{}, { pceModel: "MarkovIncentive" as const }, { votingRule: "Cubic" as const }]) {
    it(`simulateSmp(…, ${JSON.stringify(params)}, { record: "outcome" }) reports the full run's outcome, status and last state`, () => {
      const full = simulateSmp(scenario, params);
      const outcome = simulateSmp(scenario, params, undefined, { record: "outcome" });
      expect(outcome.outcome).toEqual(full.outcome);
      expect(outcome.status).toBe(full.status);
      expect(outcome.turns).toBe(full.turns);
      expect(outcome.history).toHaveLength(1);
      expect(outcome.history[0]).toEqual(full.history.at(-1));
    });
  }
});
