/** Monte Carlo runs per ensemble of `entente assess` (baseline, each scenario, each recommendation). */
export const DEFAULT_RUNS = 24;
/** Seed of `entente assess` when none is given. */
export const DEFAULT_SEED = 20220831;
