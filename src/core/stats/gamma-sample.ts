import { sampleStandardNormal } from "./normal-sample.ts";
import type { Random } from "./random.ts";

/**
 * One draw from Gamma(shape, scale) (mean shape·scale) by Marsaglia & Tsang (2000), "A simple method for
 * generating gamma variables", ACM TOMS 26(3): d = a − 1/3, c = 1/√(9d), accept d·v with v = (1 + c·x)³
 * by the squeeze 1 − 0.0331x⁴ or the log test. For shape < 1 the paper's boost: Gamma(a+1) · U^{1/a}.
 */
export function sampleGamma(shape: number, scale: number, random: Random): number {
  if (!(shape > 0) || !(scale > 0) || !Number.isFinite(shape) || !Number.isFinite(scale))
    throw new Error(`sampleGamma: shape and scale must be finite > 0, got ${shape}, ${scale}`);
  if (shape < 1) return sampleGamma(shape + 1, scale, random) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleStandardNormal(random);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}
