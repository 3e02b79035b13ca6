/**
 * One actor on one issue as the baselines see it: a position on the issue's scale and the two weights
 * that scale its say. Capability and salience are used only as a product and only as ratios, so any
 * scale works (Entente passes the case's 0–100 values unchanged).
 */
export interface BaselineActor {
  readonly id: string;
  readonly capability: number;
  readonly position: number;
  readonly salience: number;
}

/** Checks what every baseline needs and returns the c·s weights; throws naming the actor and issue. */
export function baselineWeights(
  caller: string,
  issue: string,
  actors: readonly BaselineActor[],
): Float64Array {
  if (actors.length === 0) throw new Error(`${caller}: issue "${issue}" has no actors`);
  const weights = new Float64Array(actors.length);
  let total = 0;
  actors.forEach((actor, index) => {
    for (const field of ["capability", "position", "salience"] as const) {
      const value = actor[field];
      if (!Number.isFinite(value)) {
        throw new Error(
          `${caller}: issue "${issue}": actor "${actor.id}" has ${field} ${value}, not a finite number`,
        );
      }
      if (value < 0)
        throw new Error(`${caller}: issue "${issue}": actor "${actor.id}" has negative ${field} ${value}`);
    }
    const weight = actor.capability * actor.salience;
    weights[index] = weight;
    total += weight;
  });
  if (!(total > 0)) {
    throw new Error(
      `${caller}: issue "${issue}": total capability × salience is zero, so no actor has any weight`,
    );
  }
  return weights;
}
