import type { BdmModelOptions } from "./options.ts";

/**
 * The median voter position under each public reading (spec 2.2, 2.10). Votes are risk-neutral
 * (r = 1): v_k(a, b) = w_k (|x_k − b| − |x_k − a|)/Δ, w_k = c_k s_k.
 */
export function medianPosition(
  rule: BdmModelOptions["median"],
  positions: ArrayLike<number>,
  weights: ArrayLike<number>,
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
export function weightedMean(positions: ArrayLike<number>, weights: ArrayLike<number>): number {
  let sum = 0;
  let total = 0;
  for (let k = 0; k < positions.length; k++) {
    const w = weights[k] as number;
    sum += w * (positions[k] as number);
    total += w;
  }
  return sum / total;
}

/** Σ_k w_k (|x_k − b| − |x_k − a|)/Δ: the risk-neutral net vote for a over b. */
function netVote(
  positions: ArrayLike<number>,
  weights: ArrayLike<number>,
  delta: number,
  a: number,
  b: number,
) {
  let sum = 0;
  for (let k = 0; k < positions.length; k++) {
    const x = positions[k] as number;
    sum += (weights[k] as number) * (Math.abs(x - b) / delta - Math.abs(x - a) / delta);
  }
  return sum;
}

/**
 * The c·s-weighted median, which on a line with single-peaked preferences is the Condorcet winner among
 * the actors' positions (Black 1948; spec 2.2). When exactly half the weight lies at or below a position,
 * two positions tie and we return their midpoint, so that mirroring the scale mirrors the median.
 */
function weightedMedian(positions: ArrayLike<number>, weights: ArrayLike<number>): number {
  // Actor indices in order of position, equal positions in input order (a stable insertion sort; it runs
  // every round on a dozen actors, and makes no objects or callbacks).
  const n = positions.length;
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    const x = positions[k] as number;
    let at = order.length;
    order.push(k);
    while (at > 0 && (positions[order[at - 1] as number] as number) > x) {
      order[at] = order[at - 1] as number;
      at--;
    }
    order[at] = k;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[order[i] as number] as number;
  const half = total / 2;
  const slack = half * 1e-12; // cumulative sums of decimal weights are not exact
  let below = 0;
  for (let i = 0; i < n; i++) {
    const k = order[i] as number;
    const x = positions[k] as number;
    below += weights[k] as number;
    if (below > half + slack) return x;
    if (below >= half - slack) {
      // Two positions tie: the midpoint with the next position that carries weight.
      for (let j = i + 1; j < n; j++) {
        const next = order[j] as number;
        if ((weights[next] as number) > 0) return (x + (positions[next] as number)) / 2;
      }
      return x;
    }
  }
  return positions[order[n - 1] as number] as number;
}

/** Scholz's code: scan distinct positions in input order; a candidate replaces the incumbent when it wins its vote. */
function sequentialScan(positions: ArrayLike<number>, weights: ArrayLike<number>, delta: number): number {
  let incumbent = positions[0] as number;
  for (let c = 1; c < positions.length; c++) {
    const candidate = positions[c] as number;
    // Each distinct position is a candidate once, at its first occurrence.
    let earlier = false;
    for (let e = 0; e < c && !earlier; e++) earlier = positions[e] === candidate;
    if (earlier) continue;
    if (netVote(positions, weights, delta, candidate, incumbent) > 0) incumbent = candidate;
  }
  return incumbent;
}

/** Masad 2014: the first position of the ordered actor pair (a, b) with the largest net vote for a over b. */
function largestMarginPair(positions: ArrayLike<number>, weights: ArrayLike<number>, delta: number): number {
  let best = Number.NEGATIVE_INFINITY;
  let median = positions[0] as number;
  for (let ia = 0; ia < positions.length; ia++) {
    const a = positions[ia] as number;
    for (let ib = 0; ib < positions.length; ib++) {
      const b = positions[ib] as number;
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
function maxTotalVotes(positions: ArrayLike<number>, weights: ArrayLike<number>, delta: number): number {
  const n = positions.length;
  let best = Number.NEGATIVE_INFINITY;
  let median = positions[0] as number;
  for (let ia = 0; ia < n; ia++) {
    const a = positions[ia] as number;
    // An actor standing where an earlier one stands has the same total, which cannot beat it.
    let earlier = false;
    for (let e = 0; e < ia && !earlier; e++) earlier = positions[e] === a;
    if (earlier) continue;
    let total = 0;
    for (let ib = 0; ib < n; ib++) {
      const b = positions[ib] as number;
      for (let k = 0; k < n; k++) {
        const x = positions[k] as number;
        total += (2 * (weights[k] as number) * (Math.abs(x - b) - Math.abs(x - a))) / delta;
      }
    }
    if (total > best) {
      best = total;
      median = a;
    }
  }
  return median;
}
