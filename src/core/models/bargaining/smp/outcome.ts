import type { SmpContext, SmpStateData } from "./context.ts";
import { scalarPce } from "./pce.ts";
import type { StateTables } from "./state-tables.ts";

/** Positions closer than this (Euclidean, on [0, 1]) count as one option (spec §3.7). */
export const POSITION_TOLERANCE = 1e-3;

/**
 * Groups actors by position (spec §3.7, KTAB `setUENdx`): scanning actors in order, each joins the first
 * earlier group whose representative is within the tolerance, or starts a new group. Returns the
 * representative actor of each group and, per actor, its group.
 */
export function uniquePositions(
  positions: Float64Array,
  n: number,
  m: number,
): { representatives: number[]; group: Int32Array; lastMatch: Int32Array } {
  const near = (i: number, r: number): boolean => {
    let sq = 0;
    for (let d = 0; d < m; d++) {
      const diff = positions[i * m + d]! - positions[r * m + d]!;
      sq = sq + diff * diff;
    }
    return Math.sqrt(sq) < POSITION_TOLERANCE;
  };
  const representatives: number[] = [];
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let found = -1;
    for (let g = 0; g < representatives.length && found < 0; g++) if (near(i, representatives[g]!)) found = g;
    if (found < 0) {
      found = representatives.length;
      representatives.push(i);
    }
    group[i] = found;
  }
  // Closeness is not transitive: KTAB reports for each actor the probability of the last unique position
  // within the tolerance (`State::posProb`), which can differ from the group the actor was counted in.
  const lastMatch = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let g = 0; g < representatives.length; g++) if (near(i, representatives[g]!)) lastMatch[i] = g;
  }
  return { representatives, group, lastMatch };
}

/**
 * Probability that each unique position wins the PCE among the actors (spec §3.7, KTAB `pDist`): each
 * actor judges from its own perspective (U_i(i, ·)), weights are capabilities, with the run's VotingRule,
 * VictoryProbModel and PCEModel (checked against every `d3__VotingRule-*` reference run). `utilities` is
 * a row-major n×n matrix of actor i's utility for actor j's position (default: the actors' own).
 */
export function positionProbabilities(
  ctx: SmpContext,
  state: SmpStateData,
  tables: StateTables,
  utilities: Float64Array = tables.ownUtility,
): { representatives: number[]; group: Int32Array; lastMatch: Int32Array; probability: Float64Array } {
  const { n, m } = ctx;
  const { representatives, group, lastMatch } = uniquePositions(state.positions, n, m);
  const nu = representatives.length;
  const u = new Float64Array(n * nu);
  for (let i = 0; i < n; i++) {
    for (let g = 0; g < nu; g++) u[i * nu + g] = utilities[i * n + representatives[g]!]!;
  }
  const probability = scalarPce(ctx.pce, ctx.capability, u, n, nu, ctx.scratch.pce);
  return { representatives, group, lastMatch, probability };
}
