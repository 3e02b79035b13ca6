import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A source of uniform numbers in [0, 1). Models take one as a parameter; nothing in core calls Math.random. */
export type Random = () => number;

/**
 * A seeded generator (xoroshiro128+, Blackman & Vigna 2018, via pure-rand): the same seed gives the
 * same sequence on every platform, in Node and in the browser.
 */
export function createRandom(seed: number): Random {
  // Small seeds leave xoroshiro's state mostly zero; mixing the seed and discarding a few outputs
  // avoids the near-constant first draws that would otherwise follow.
  const generator = xoroshiro128plus(mixSeed(seed | 0, 0));
  for (let i = 0; i < 8; i++) generator.next();
  return () => uniformFloat64(generator);
}

/** Derives an independent stream for run `index` of a seeded ensemble, so that workers can split runs freely. */
export function deriveSeed(seed: number, index: number): number {
  return mixSeed(seed, index + 1);
}

function mixSeed(seed: number, index: number): number {
  // SplitMix32-style mixing (Steele, Lea & Flood 2014) keeps neighbouring indices far apart.
  let z = (seed ^ Math.imul(index, 0x9e3779b9)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}
