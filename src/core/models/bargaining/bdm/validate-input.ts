import type { BdmInput } from "./input.ts";

/** Where a precondition failure happened, for error messages: the calling function and the issue label. */
export interface BdmContext {
  readonly caller: string;
  readonly issue?: string | undefined;
}

export function contextPrefix(context: BdmContext): string {
  return context.issue === undefined
    ? `${context.caller}: `
    : `${context.caller}: issue "${context.issue}": `;
}

/**
 * Throws a short Error naming the actor (and issue) when the input cannot give a defined BDM run:
 * fewer than three actors, duplicate ids, non-finite values, capability ≤ 0, salience outside [0, 1],
 * zero total salience or weight, or every actor on one point (the risk attitudes of spec 2.6 are then 0/0).
 * An actor with salience 0 is allowed: it casts no vote and never resists.
 */
export function assertValidBdmInput(input: BdmInput, context: BdmContext): void {
  const prefix = contextPrefix(context);
  const actors = input.actors;
  if (!Array.isArray(actors) || actors.length < 3) {
    throw new Error(
      `${prefix}BDM needs at least three actors, got ${Array.isArray(actors) ? actors.length : 0}`,
    );
  }
  const seen = new Set<string>();
  actors.forEach((actor, index) => {
    const label = `actor "${actor.id}" (#${index + 1})`;
    if (typeof actor.id !== "string" || actor.id.length === 0)
      throw new Error(`${prefix}actor #${index + 1} has no id`);
    if (seen.has(actor.id)) throw new Error(`${prefix}${label} appears twice`);
    seen.add(actor.id);
    for (const field of ["capability", "position", "salience"] as const) {
      const value = actor[field];
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new Error(`${prefix}${label} has ${field} ${String(value)}, not a finite number`);
      }
    }
    if (actor.capability <= 0)
      throw new Error(`${prefix}${label} has capability ${actor.capability}; it must be > 0`);
    if (actor.salience < 0 || actor.salience > 1) {
      throw new Error(
        `${prefix}${label} has salience ${actor.salience} outside [0, 1] (divide 0–100 saliences by 100)`,
      );
    }
  });
  if (actors.every((actor) => actor.salience === 0)) throw new Error(`${prefix}total salience is zero`);
  const totalWeight = actors.reduce((sum, actor) => sum + actor.capability * actor.salience, 0);
  if (!(totalWeight > 0 && Number.isFinite(totalWeight))) {
    throw new Error(
      `${prefix}the total weight Σ capability × salience is ${totalWeight}; rescale the inputs`,
    );
  }
  const positions = actors.map((actor) => actor.position);
  if (!Number.isFinite(Math.max(...positions) - Math.min(...positions))) {
    throw new Error(`${prefix}the range of positions overflows; rescale the positions`);
  }
  const first = actors[0]?.position;
  if (actors.every((actor) => actor.position === first)) {
    throw new Error(`${prefix}all actors are at position ${first}: risk attitudes are undefined`);
  }
}
