import type { SmpContext, SmpStateData } from "./context.ts";
import { scalarPce } from "./pce.ts";
import { estimateRisk, riskAttitudes } from "./risk.ts";
import { riskUtility, salienceDistance } from "./utility.ts";

/**
 * The per-state tables every later step reads (spec §3.4, KTAB `SMPState::setAllAUtil`), computed once
 * per state: distances from each ideal to each position, the risk-neutral PCE over the n positions, the
 * risk attitudes, and every actor's estimate of every other actor's risk attitude. Perceived utility
 * matrices U_h are built from these on demand, one estimator at a time, instead of n of them per state.
 */
export interface StateTables {
  /** distance[i·n + j] = d_i(x_j), from i's ideal to j's position. */
  distance: Float64Array;
  /** Probability that each actor's position wins the risk-neutral PCE over all n positions. */
  neutralProbability: Float64Array;
  /** R_i. */
  risk: Float64Array;
  /** riskEstimate[h·n + i] = h's estimate of R_i (BigRAdjust). */
  riskEstimate: Float64Array;
  /** ownUtility[i·n + j] = U_i(i, j) = u(d_i(x_j), R̂_ii): each actor's utility for each position. */
  ownUtility: Float64Array;
}

export function computeStateTables(ctx: SmpContext, state: SmpStateData, reuse?: StateTables): StateTables {
  const { n, m } = ctx;
  // `reuse`: the tables of a state no longer needed, overwritten instead of allocating new ones.
  const distance = reuse?.distance ?? new Float64Array(n * n);
  const neutral = ctx.scratch.neutral;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const d = salienceDistance(state.ideals, i, state.positions, j, ctx.salience, m);
      distance[i * n + j] = d;
      // Risk-neutral utility u(d, 0) = 1 − d (spec §3.4 step 1).
      neutral[i * n + j] = riskUtility(d, 0);
    }
  }
  // Options are all n positions, duplicates kept; weights are capabilities only (spec §3.4 step 2).
  const neutralProbability = scalarPce(
    ctx.pce,
    ctx.capability,
    neutral,
    n,
    n,
    ctx.scratch.pce,
    reuse?.neutralProbability,
  );
  // When every position is equally likely (in practice: everyone has met at one point) risk attitudes
  // are undefined and KTAB divides by zero. Nobody can gain from a challenge then, so the choice cannot
  // move anyone; we take everyone as risk neutral. Inputs in that state are refused earlier.
  let equallyLikely = true;
  for (let i = 1; i < n && equallyLikely; i++)
    equallyLikely = neutralProbability[i] === neutralProbability[0];
  const risk = equallyLikely
    ? (reuse?.risk.fill(0) ?? new Float64Array(n))
    : riskAttitudes(neutralProbability, ctx.params.bigRRange, reuse?.risk);
  const riskEstimate = reuse?.riskEstimate ?? new Float64Array(n * n);
  for (let h = 0; h < n; h++) {
    for (let i = 0; i < n; i++)
      riskEstimate[h * n + i] = estimateRisk(risk[h]!, risk[i]!, ctx.params.bigRAdjust);
  }
  const ownUtility = reuse?.ownUtility ?? new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const r = riskEstimate[i * n + i]!;
    for (let j = 0; j < n; j++) ownUtility[i * n + j] = riskUtility(distance[i * n + j]!, r);
  }
  return { distance, neutralProbability, risk, riskEstimate, ownUtility };
}

/** U_h(i, j) = u(d_i(x_j), R̂_hi): h's estimate of every actor's utility for every position (spec §3.4 step 5). */
export function perceivedUtilities(
  tables: StateTables,
  n: number,
  h: number,
  out?: Float64Array,
): Float64Array {
  const u = out ?? new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const r = tables.riskEstimate[h * n + i]!;
    for (let j = 0; j < n; j++) u[i * n + j] = riskUtility(tables.distance[i * n + j]!, r);
  }
  return u;
}

/**
 * Entry (i, j) of U_h, the number `perceivedUtilities` writes there; a turn fills only the entries its
 * challenges read (row and column of the challenger, the diagonal, the columns of the targets evaluated).
 */
export function perceivedUtility(tables: StateTables, n: number, h: number, i: number, j: number): number {
  return riskUtility(tables.distance[i * n + j]!, tables.riskEstimate[h * n + i]!);
}

/** Column j of U_h into `u` (row-major n×n). */
export function fillPerceivedColumn(
  tables: StateTables,
  n: number,
  h: number,
  j: number,
  u: Float64Array,
): void {
  for (let i = 0; i < n; i++) u[i * n + j] = perceivedUtility(tables, n, h, i, j);
}
