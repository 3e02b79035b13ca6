/**
 * Risk-adjusted votes (Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011; spec 2.2):
 *   v_k(a, b) = w_k [ (|x_k − b| / Δ)^{r_k} − (|x_k − a| / Δ)^{r_k} ],  w_k = c_k s_k,
 * positive when voter k prefers position a to position b.
 */
export function vote(
  weight: number,
  voter: number,
  a: number,
  b: number,
  delta: number,
  exponent: number,
): number {
  return weight * ((Math.abs(voter - b) / delta) ** exponent - (Math.abs(voter - a) / delta) ** exponent);
}

/** Per-pair sums of the votes of every actor k on "x_a over x_b", for the actors' own positions. */
export interface VoteTables {
  /** Σ_k max(0, v_k(x_a, x_b)): the vote mass for a. */
  readonly favour: number[][];
  /** Σ_k |v_k(x_a, x_b)|: the vote mass cast either way. */
  readonly mass: number[][];
  /** Σ_k v_k(x_a, x_b): the net vote for a. */
  readonly net: number[][];
  /** Σ_a Σ_b Σ_k |v_k(x_a, x_b)|: Scholz's all-pairs denominator (spec 2.3). */
  readonly totalMass: number;
}

/**
 * All pairwise vote sums in O(n³), from the n² distance powers (|x_k − x_a|/Δ)^{r_k} computed once:
 * spec §0.2 "precompute per-state matrices".
 */
export function voteTables(
  positions: readonly number[],
  weights: readonly number[],
  exponents: readonly number[],
  delta: number,
): VoteTables {
  const n = positions.length;
  const power: number[][] = positions.map((voter, k) =>
    positions.map((x) => (Math.abs(voter - x) / delta) ** (exponents[k] as number)),
  );
  const favour = square(n);
  const mass = square(n);
  const net = square(n);
  let totalMass = 0;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let up = 0;
      let all = 0;
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const row = power[k] as number[];
        const v = (weights[k] as number) * ((row[b] as number) - (row[a] as number));
        if (v > 0) up += v;
        all += Math.abs(v);
        sum += v;
      }
      (favour[a] as number[])[b] = up;
      (mass[a] as number[])[b] = all;
      (net[a] as number[])[b] = sum;
      totalMass += all;
    }
  }
  return { favour, mass, net, totalMass };
}

function square(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(0));
}
