import { type BaselineActor, baselineWeights } from "./bargaining-actor.ts";

/**
 * The compromise model: the outcome is the mean of the positions weighted by capability × salience,
 * x̂ = Σ c_i s_i x_i / Σ c_i s_i (Achen 2006, "Evaluating political decision-making models", in Thomson,
 * Stokman, Achen & König (eds), The European Union Decides, ch. 10; van den Bos 1991). Achen found this
 * one-line model as accurate as the elaborate bargaining models on the EU decisions data set, which is
 * why every Entente forecast is shown beside it.
 */
export function compromiseOutcome(actors: readonly BaselineActor[], issue = "?"): number {
  const weights = baselineWeights("compromiseOutcome", issue, actors);
  let weighted = 0;
  let total = 0;
  actors.forEach((actor, index) => {
    const weight = weights[index] as number;
    weighted += weight * actor.position;
    total += weight;
  });
  return weighted / total;
}
