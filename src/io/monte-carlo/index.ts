export { defaultWorkerCount, type MonteCarloOptions, runMonteCarlo } from "./pool.ts";
