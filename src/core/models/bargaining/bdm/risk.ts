import type { BdmModelOptions } from "./options.ts";

/**
 * Risk exponents from the security sums S_i = Σ_{j≠i} E_j(Δx_i) (Bueno de Mesquita 1994; Scholz,
 * Calbert & Smith 2011; spec 2.6):
 *   R_i = (2 S_i − S_max − S_min) / (S_max − S_min) ∈ [−1, 1],   r_i = (1 − R_i/3) / (1 + R_i/3) ∈ [0.5, 2].
 * When every S_i is equal (within `nearZero`) R is 0/0: `equalSecurity` decides (throw, r = 1, r = 0).
 * Returns null for "throw" so that the caller can name the round and issue in its error.
 */
export function riskExponents(
  security: readonly number[],
  equalSecurity: BdmModelOptions["equalSecurity"],
  nearZero: number,
): number[] | null {
  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  for (const s of security) {
    if (s > max) max = s;
    if (s < min) min = s;
  }
  const spread = max - min;
  if (nearZero > 0 ? Math.abs(spread) < nearZero : spread === 0) {
    switch (equalSecurity) {
      case "error":
        return null;
      case "neutral":
        return security.map(() => 1);
      case "zero":
        return security.map(() => 0);
    }
  }
  return security.map((s) => {
    const big = (2 * s - max - min) / spread;
    return (1 - big / 3) / (1 + big / 3);
  });
}
