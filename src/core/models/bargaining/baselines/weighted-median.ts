import { type BaselineActor, baselineWeights } from "./bargaining-actor.ts";

/**
 * The capability × salience weighted median position: the point no coalition holding more than half of
 * the weight wants to move away from (Black 1948, the median voter theorem with weighted voters; used as a
 * baseline by Achen 2006 and as the BDM model's starting forecast, Bueno de Mesquita 1994).
 *
 * Rule: sort positions, accumulate weights; the median is the first position at which the cumulative
 * weight reaches half the total. When it reaches exactly half there, every point between that position
 * and the next is a weighted median; we return the midpoint of the two, so the answer is unique and
 * symmetric under reflecting the scale.
 */
export function weightedMedianOutcome(actors: readonly BaselineActor[], issue = "?"): number {
  const weights = baselineWeights("weightedMedianOutcome", issue, actors);
  const order = actors.map((_, index) => index).sort((a, b) => positionOf(actors, a) - positionOf(actors, b));
  let total = 0;
  for (const weight of weights) total += weight;
  const half = total / 2;
  let cumulative = 0;
  for (let k = 0; k < order.length; k++) {
    const index = order[k] as number;
    cumulative += weights[index] as number;
    // A relative tolerance keeps "exactly half" from depending on the order of the floating-point sum.
    if (Math.abs(cumulative - half) <= 1e-12 * total) {
      const next = order.slice(k + 1).find((j) => (weights[j] as number) > 0);
      return next === undefined
        ? positionOf(actors, index)
        : (positionOf(actors, index) + positionOf(actors, next)) / 2;
    }
    if (cumulative > half) return positionOf(actors, index);
  }
  throw new Error(`weightedMedianOutcome: issue "${issue}": no median found (weights do not sum)`);
}

function positionOf(actors: readonly BaselineActor[], index: number): number {
  return (actors[index] as BaselineActor).position;
}
