import type { Random } from "./random.ts";

/**
 * One standard normal draw by the Box–Muller transform (Box & Muller 1958): √(−2 ln U₁) · cos(2π U₂).
 * Uses 1 − U₁ so that the logarithm never sees 0 (Random gives [0, 1)).
 */
export function sampleStandardNormal(random: Random): number {
  const u1 = 1 - random();
  const u2 = random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
