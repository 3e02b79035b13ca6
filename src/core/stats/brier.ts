/**
 * Brier score of a probability forecast p for a binary outcome (Brier 1950, Monthly Weather Review 78):
 * (p − o)², o ∈ {0, 1}. Lower is better; 0.25 for p = ½ whatever happens.
 */
export function brierScore(probability: number, occurred: boolean): number {
  if (!(probability >= 0 && probability <= 1))
    throw new Error(`brierScore: probability ${probability} outside [0, 1]`);
  const o = occurred ? 1 : 0;
  return (probability - o) * (probability - o);
}
