import type { ChallengeEvaluator } from "./evaluation.ts";

/**
 * Security ("danger") sums S_i = Σ_{j≠i} E_j(Δx_i), with risk-neutral utilities (r = 1): how much the
 * others expect to gain by challenging i (Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011; spec 2.6).
 * The evaluator must have been built with risk-neutral votes.
 */
export function securitySums(neutral: ChallengeEvaluator, n: number): number[] {
  const sums = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) if (j !== i) sum += neutral.challenge(j, i, 1, "challenger");
    sums[i] = sum;
  }
  return sums;
}
