/**
 * A probability estimated from k successes in n Monte Carlo draws, by Laplace's rule of succession,
 * (k + 1) / (n + 2) (Laplace 1814, *Essai philosophique sur les probabilités*): never exactly 0 or 1, since a
 * finite sample cannot show that an event is impossible or certain. Used wherever a judgment's probability is
 * a share of runs or sample paths.
 */
export function succession(share: number, n: number): number {
  if (!(n >= 1)) throw new Error(`succession: n must be at least 1, got ${n}`);
  return (Math.round(share * n) + 1) / (n + 2);
}
