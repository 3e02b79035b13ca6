export { type BaselineActor, baselineWeights } from "./bargaining-actor.ts";
export { compromiseOutcome } from "./compromise.ts";
export { weightedMedianOutcome } from "./weighted-median.ts";
