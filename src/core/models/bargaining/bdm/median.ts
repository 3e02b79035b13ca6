import type { BdmModelOptions } from "./options.ts";

/**
 * The median voter position under each public reading (spec 2.2, 2.10). Votes are risk-neutral
 * (r = 1): v_k(a, b) = w_k (|x_k − b| − |x_k − a|)/Δ, w_k = c_k s_k.
 */
export function medianPosition(
  rule: BdmModelOptions["median"],
  positions: readonly number[],
  weights: readonly number[],
  delta: number,
): number {
  switch (rule) {
    case "condorcet":
      return weightedMedian(positions, weights);
    case "sequential-scan":
      return sequentialScan(positions, weights, delta);
    case "largest-margin-pair":
      return largestMarginPair(positions, weights, delta);
    case "max-total-votes":
      return maxTotalVotes(positions, weights, delta);
  }
}

/** Σ_k w_k x_k / Σ_k w_k: the compromise (weighted mean) position (spec 2.2). */
export function weightedMean(positions: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  let total = 0;
  positions.forEach((x, k) => {
    const w = weights[k] as number;
    sum += w * x;
    total += w;
  });
  return sum / total;
}

/** Σ_k w_k (|x_k − b| − |x_k − a|)/Δ: the risk-neutral net vote for a over b. */
function netVote(
  positions: readonly number[],
  weights: readonly number[],
  delta: number,
  a: number,
  b: number,
) {
  let sum = 0;
  positions.forEach((x, k) => {
    sum += (weights[k] as number) * (Math.abs(x - b) / delta - Math.abs(x - a) / delta);
  });
  return sum;
}

/**
 * The c·s-weighted median, which on a line with single-peaked preferences is the Condorcet winner among
 * the actors' positions (Black 1948; spec 2.2). When exactly half the weight lies at or below a position,
 * two positions tie and we return their midpoint, so that mirroring the scale mirrors the median.
 */
function weightedMedian(positions: readonly number[], weights: readonly number[]): number {
  const order = positions.map((x, k) => ({ x, w: weights[k] as number })).sort((p, q) => p.x - q.x);
  const half = order.reduce((sum, p) => sum + p.w, 0) / 2;
  const slack = half * 1e-12; // cumulative sums of decimal weights are not exact
  let below = 0;
  for (let i = 0; i < order.length; i++) {
    const point = order[i] as { x: number; w: number };
    below += point.w;
    if (below > half + slack) return point.x;
    if (below >= half - slack) {
      const next = order.slice(i + 1).find((p) => p.w > 0);
      return next === undefined ? point.x : (point.x + next.x) / 2;
    }
  }
  return (order[order.length - 1] as { x: number }).x;
}

/** Scholz's code: scan distinct positions in input order; a candidate replaces the incumbent when it wins its vote. */
function sequentialScan(positions: readonly number[], weights: readonly number[], delta: number): number {
  let incumbent = positions[0] as number;
  const seen = new Set<number>([incumbent]);
  for (const candidate of positions) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    if (netVote(positions, weights, delta, candidate, incumbent) > 0) incumbent = candidate;
  }
  return incumbent;
}

/** Masad 2014: the first position of the ordered actor pair (a, b) with the largest net vote for a over b. */
function largestMarginPair(positions: readonly number[], weights: readonly number[], delta: number): number {
  let best = Number.NEGATIVE_INFINITY;
  let median = positions[0] as number;
  for (const a of positions) {
    for (const b of positions) {
      const margin = netVote(positions, weights, delta, a, b);
      if (margin > best) {
        best = margin;
        median = a;
      }
    }
  }
  return median;
}

/** EUM: the position of the actor with the largest total vote Σ_j Σ_k 2 w_k(|x_k − x_j| − |x_k − x_i|)/Δ. */
function maxTotalVotes(positions: readonly number[], weights: readonly number[], delta: number): number {
  let best = Number.NEGATIVE_INFINITY;
  let median = positions[0] as number;
  for (const a of positions) {
    let total = 0;
    for (const b of positions) {
      positions.forEach((x, k) => {
        total += (2 * (weights[k] as number) * (Math.abs(x - b) - Math.abs(x - a))) / delta;
      });
    }
    if (total > best) {
      best = total;
      median = a;
    }
  }
  return median;
}
