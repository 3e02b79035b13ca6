/**
 * Unconstrained minimisation by the Nelder–Mead simplex method (Nelder & Mead 1965, Computer Journal 7),
 * with the standard coefficients reflection 1, expansion 2, contraction ½, shrink ½ and the ordering and
 * tie-breaking of Lagarias, Reeds, Wright & Wright (1998, SIAM J. Optim. 9). Deterministic.
 * Constraints are the caller's job (reparameterise, or return +Infinity outside the domain).
 */
export interface NelderMeadOptions {
  /** Initial simplex step per coordinate (default 0.5, or 5 % of |x₀ᵢ| when larger). */
  step?: number;
  maxIterations?: number;
  /** Stop when the spread of function values in the simplex falls below this (default 1e-10). */
  tolerance?: number;
}

export interface NelderMeadResult {
  x: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

export function nelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const n = x0.length;
  if (n === 0) throw new Error("nelderMead: empty starting point");
  const maxIterations = options.maxIterations ?? 200 * n;
  const tolerance = options.tolerance ?? 1e-10;
  const step = options.step ?? 0.5;
  const evaluate = (x: number[]) => {
    const v = f(x);
    return Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
  };
  let simplex: Array<{ x: number[]; v: number }> = [{ x: [...x0], v: evaluate([...x0]) }];
  for (let i = 0; i < n; i++) {
    const x = [...x0];
    x[i] = (x[i] as number) + Math.max(step, 0.05 * Math.abs(x[i] as number));
    simplex.push({ x, v: evaluate(x) });
  }
  const combine = (a: number[], b: number[], t: number) => a.map((ai, i) => ai + t * ((b[i] as number) - ai));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    simplex.sort((p, q) => p.v - q.v);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.v - best.v) <= tolerance * (1 + Math.abs(best.v))) {
      converged = true;
      break;
    }
    iterations++;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) centroid[j] = (centroid[j] as number) + simplex[i]!.x[j]! / n;
    const reflected = combine(centroid, worst.x, -1);
    const vr = evaluate(reflected);
    const secondWorst = simplex[n - 1]!;
    if (vr < best.v) {
      const expanded = combine(centroid, worst.x, -2);
      const ve = evaluate(expanded);
      simplex[n] = ve < vr ? { x: expanded, v: ve } : { x: reflected, v: vr };
      continue;
    }
    if (vr < secondWorst.v) {
      simplex[n] = { x: reflected, v: vr };
      continue;
    }
    // Outside contraction when the reflection beat the worst point, inside contraction otherwise.
    const outside = vr < worst.v;
    const contracted = outside ? combine(centroid, worst.x, -0.5) : combine(centroid, worst.x, 0.5);
    const vc = evaluate(contracted);
    if (outside ? vc <= vr : vc < worst.v) {
      simplex[n] = { x: contracted, v: vc };
      continue;
    }
    simplex = simplex.map((p, i) => {
      if (i === 0) return p;
      const x = combine(best.x, p.x, 0.5);
      return { x, v: evaluate(x) };
    });
  }
  simplex.sort((p, q) => p.v - q.v);
  const best = simplex[0]!;
  return { x: best.x, value: best.v, iterations, converged };
}
