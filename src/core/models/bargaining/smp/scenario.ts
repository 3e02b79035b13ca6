import { z } from "zod";

/**
 * An SMP scenario. Positions are on KTAB's 0–100 scale; saliences are fractions in [0, 1] (KTAB's 0–100
 * input divided by 100), and an actor's saliences sum to at most 1 (spec §3.1).
 */
export const SmpActor = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  /** Capability ("Power"/"Influence"), > 0; used only as a ratio. */
  capability: z.number(),
  /** One position per dimension, 0–100. */
  positions: z.array(z.number()),
  /** One salience per dimension, 0–1, summing to at most 1 and to more than 0. */
  saliences: z.array(z.number()),
});
export type SmpActor = z.output<typeof SmpActor>;

export const SmpScenario = z.strictObject({
  name: z.string(),
  dimensions: z.array(z.string()).min(1),
  actors: z.array(SmpActor),
  /**
   * Ideal-point adjustment ("accommodation") matrix A, n×n, rows summing to at most 1: after each turn
   * ideal_i ← Σ_j A_ij x_j + (1 − Σ_j A_ij) ideal_i (spec §3.6 step 5). Default identity.
   */
  idealAdjustment: z.array(z.array(z.number())).optional(),
});
export type SmpScenario = z.output<typeof SmpScenario>;

/** Slack for saliences that sum to 1 after rounding in the source data. */
const SALIENCE_SUM_SLACK = 1e-9;

/**
 * Throws a short error naming the actor and dimension when the scenario cannot be simulated: fewer
 * than three actors, non-finite or out-of-range numbers, zero capability or total salience, or all
 * actors at one point (risk attitudes are then undefined, spec §3.4).
 */
export function validateSmpScenario(scenario: SmpScenario): void {
  const where = `simulateSmp(${scenario.name || "scenario"})`;
  const m = scenario.dimensions.length;
  const n = scenario.actors.length;
  if (m === 0) throw new Error(`${where}: no dimensions`);
  if (n < 3) throw new Error(`${where}: needs at least three actors, got ${n}`);
  const ids = new Set<string>();
  for (const actor of scenario.actors) {
    const who = `${where}: actor ${actor.id}`;
    if (ids.has(actor.id)) throw new Error(`${who}: duplicate actor id`);
    ids.add(actor.id);
    if (!Number.isFinite(actor.capability) || actor.capability <= 0) {
      throw new Error(`${who}: capability must be a finite number > 0, got ${actor.capability}`);
    }
    if (actor.positions.length !== m || actor.saliences.length !== m) {
      throw new Error(
        `${who}: expected ${m} positions and saliences (${scenario.dimensions.join(", ")}), got ${actor.positions.length} and ${actor.saliences.length}`,
      );
    }
    let total = 0;
    for (let d = 0; d < m; d++) {
      const dim = scenario.dimensions[d];
      const x = actor.positions[d] as number;
      const s = actor.saliences[d] as number;
      if (!Number.isFinite(x) || x < 0 || x > 100) {
        throw new Error(`${who}, dimension ${dim}: position must be in [0, 100], got ${x}`);
      }
      if (!Number.isFinite(s) || s < 0 || s > 1) {
        throw new Error(`${who}, dimension ${dim}: salience must be in [0, 1], got ${s}`);
      }
      total += s;
    }
    if (total <= 0) throw new Error(`${who}: total salience is zero`);
    if (total > 1 + SALIENCE_SUM_SLACK) {
      throw new Error(`${who}: saliences sum to ${total}, more than 1`);
    }
  }
  const first = scenario.actors[0]!;
  const allTogether = scenario.actors.every((a) => a.positions.every((x, d) => x === first.positions[d]));
  if (allTogether) {
    throw new Error(`${where}: all actors hold the same position, risk attitudes are undefined`);
  }
  const a = scenario.idealAdjustment;
  if (a !== undefined) {
    if (a.length !== n) throw new Error(`${where}: idealAdjustment must have ${n} rows, got ${a.length}`);
    a.forEach((row, i) => {
      const who = `${where}: idealAdjustment row of actor ${scenario.actors[i]!.id}`;
      if (row.length !== n) throw new Error(`${who}: expected ${n} entries, got ${row.length}`);
      let sum = 0;
      for (const [j, v] of row.entries()) {
        if (!Number.isFinite(v) || v < 0 || v > 1) {
          throw new Error(`${who}, column ${scenario.actors[j]!.id}: must be in [0, 1], got ${v}`);
        }
        sum += v;
      }
      if (sum > 1 + 1e-10) throw new Error(`${who}: sums to ${sum}, more than 1`);
    });
  }
}
