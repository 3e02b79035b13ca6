import type { Estimate } from "../case/index.ts";

/**
 * Inverse CDF of the triangular distribution on [low, high] with mode `value` (Kotz & van Dorp 2004,
 * Beyond Beta, ch. 1): with F_c = (c − a)/(b − a), x = a + √(u (b − a)(c − a)) for u < F_c, else
 * x = b − √((1 − u)(b − a)(b − c)). The triangle is the usual three-point elicitation (low, most likely,
 * high) of PERT-style expert estimates; a point estimate (low = high) returns its value.
 */
export function triangularQuantile(estimate: Estimate, u: number): number {
  const { low: a, value: c, high: b } = estimate;
  const width = b - a;
  if (!(width > 0)) return c;
  const fc = (c - a) / width;
  return u < fc ? a + Math.sqrt(u * width * (c - a)) : b - Math.sqrt((1 - u) * width * (b - c));
}
