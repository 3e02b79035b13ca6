/**
 * A predictive distribution over the next `horizon` periods as `runs` joint sample paths:
 * `paths[run][h − 1]` is the count in period origin + h. Joint paths (not per-step marginals) let
 * cumulative quantities such as "≥ 25 fatalities within 3 months" come from the same samples.
 */
export type SamplePaths = number[][];

/** Builds `runs` paths by calling `draw(h)` for h = 1…horizon, run by run (fixes the order of random draws). */
export function buildPaths(runs: number, horizon: number, draw: (h: number) => number): SamplePaths {
  checkShape("buildPaths", runs, horizon);
  const paths: SamplePaths = new Array(runs);
  for (let r = 0; r < runs; r++) {
    const path = new Array<number>(horizon);
    for (let h = 1; h <= horizon; h++) path[h - 1] = draw(h);
    paths[r] = path;
  }
  return paths;
}

/** The samples of step h (1-based) across runs. */
export function stepSamples(paths: SamplePaths, h: number): Float64Array {
  const out = new Float64Array(paths.length);
  for (let r = 0; r < paths.length; r++) out[r] = paths[r]![h - 1]!;
  return out;
}

/** The samples of the total over steps 1…h across runs. */
export function cumulativeSamples(paths: SamplePaths, h: number): Float64Array {
  const out = new Float64Array(paths.length);
  for (let r = 0; r < paths.length; r++) {
    let sum = 0;
    const path = paths[r]!;
    for (let k = 0; k < h; k++) sum += path[k]!;
    out[r] = sum;
  }
  return out;
}

export function checkShape(caller: string, runs: number, horizon: number): void {
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`${caller}: runs must be a whole number ≥ 1, got ${runs}`);
  if (!Number.isInteger(horizon) || horizon < 1)
    throw new Error(`${caller}: horizon must be a whole number ≥ 1, got ${horizon}`);
}
