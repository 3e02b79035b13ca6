import type { BdmModelOptions } from "./options.ts";
import type { VoteTables } from "./votes.ts";

/**
 * P_a(a beats b), spec 2.3, for the three public readings:
 *   pairwise  Σ_k max(0, v_k) / Σ_k |v_k|           (Scholz, Calbert & Smith 2011; EUM)
 *   net       max(0, Σ_k v_k) / Σ_k |v_k|           (Masad 2014)
 *   all-pairs Σ_k max(0, v_k) / Σ_{k,a',b'} |v_k|   (Scholz's own code, via the jmckib replication)
 * 0 when the two positions coincide (within `nearZero`). When every voter is indifferent between two
 * distinct positions (Σ|v_k| = 0) neither side has an edge and P = 1/2: our choice, the paper is silent.
 */
export function winProbability(
  rule: BdmModelOptions["winProbability"],
  tables: VoteTables,
  positions: readonly number[],
  a: number,
  b: number,
  nearZero: number,
): number {
  const gap = Math.abs((positions[a] as number) - (positions[b] as number));
  if (nearZero > 0 ? gap < nearZero : gap === 0) return 0;
  switch (rule) {
    case "pairwise":
    case "net": {
      const mass = (tables.mass[a] as number[])[b] as number;
      if (mass === 0) return 0.5;
      const numerator =
        rule === "pairwise"
          ? ((tables.favour[a] as number[])[b] as number)
          : Math.max(0, (tables.net[a] as number[])[b] as number);
      return numerator / mass;
    }
    case "all-pairs":
      return tables.totalMass === 0 ? 0 : ((tables.favour[a] as number[])[b] as number) / tables.totalMass;
  }
}
