import { assertNever } from "../../../assert-never.ts";
import type { Random } from "../../../stats/random.ts";
import { type Bargain, interpolateBargain } from "./bargain.ts";
import { emptyChallengeValue, evaluateChallenge } from "./challenge.ts";
import type { SmpContext, SmpStateData } from "./context.ts";
import { scalarPce } from "./pce.ts";
import {
  fillPerceivedColumn,
  perceivedUtilities,
  perceivedUtility,
  type StateTables,
} from "./state-tables.ts";
import { riskUtility, salienceDistance } from "./utility.ts";

/** A challenge must be worth more than this to be made (KTAB `minSigEDU`). */
const MIN_CHALLENGE_VALUE = 1e-5;
/** Slack on the bound of a challenge's value (utilities are O(1); rounding errors are ~1e−15). */
const PRUNE_MARGIN = 1e-9;

/** Actor i's best challenge in a state, as i estimates it (spec §3.6 step 2). */
export interface BestChallenge {
  initiator: number;
  target: number;
  /** ΔU, i's estimate of its gain. */
  value: number;
  /** i's estimate of the probability that it beats the target. */
  probability: number;
}

/** One actor's queue: its status-quo bargain and every bargain it takes part in, with their PCE probabilities. */
export interface BargainQueue {
  actor: number;
  /** Indices into `TurnDetail.bargains`, in KTAB's queue order. */
  bargains: number[];
  probabilities: Float64Array;
  /** Index into `bargains` of the bargain chosen. */
  chosen: number;
}

export interface TurnDetail {
  challenges: BestChallenge[];
  /** Status-quo bargains (initiator = receiver) and proposed bargains, in the order they were formed. */
  bargains: Bargain[];
  /** utilities[b][v]: voter v's value of the state bargain b would produce (spec §3.6 step 4). */
  utilities: Float64Array[];
  queues: BargainQueue[];
}

export interface TurnResult {
  state: SmpStateData;
  detail: TurnDetail;
}

function row(a: Float64Array, i: number, m: number): Float64Array {
  return a.subarray(i * m, (i + 1) * m);
}

/** The bargains i proposes to j (spec §3.6 step 3, with BargnModel). */
function proposeBargains(
  ctx: SmpContext,
  state: SmpStateData,
  tables: StateTables,
  i: number,
  j: number,
  pij: number,
): Bargain[] {
  const { m, n, params } = ctx;
  const x = state.positions;
  const s = ctx.salience;
  const fromI = interpolateBargain(params.interVecBrgn, m, x, s, i * m, pij, x, s, j * m, 1 - pij);
  const bargainIIJ: Bargain = { initiator: i, receiver: j, ...fromI };
  if (params.bargnModel === "InitOnlyInterp") return [bargainIIJ];

  // j's view of the same challenge. KTAB passes j's estimate of i's utility gain where the probability
  // is meant (spec §3.6); the fixed behaviour passes j's estimate of the probability that i wins.
  const seenByJ = evaluateChallenge(ctx, perceivedUtilities(tables, n, j), i, i, j, emptyChallengeValue());
  const pjij = params.ktabCompat ? seenByJ.value : seenByJ.probability;
  const fromJ = interpolateBargain(params.interVecBrgn, m, x, s, i * m, pjij, x, s, j * m, 1 - pjij);
  const bargainJIJ: Bargain = { initiator: i, receiver: j, ...fromJ };
  switch (params.bargnModel) {
    case "InitRcvrInterp":
      return [bargainIIJ, bargainJIJ];
    case "PWCompInterp": {
      // Weights c·σ; KTAB weights j by i's capability (spec §3.6), kept only under ktabCompat.
      const wi = ctx.capability[i]! * ctx.totalSalience[i]!;
      const wj = (params.ktabCompat ? ctx.capability[i]! : ctx.capability[j]!) * ctx.totalSalience[j]!;
      const init = new Float64Array(m);
      const rcvr = new Float64Array(m);
      for (let d = 0; d < m; d++) {
        init[d] = (wi * bargainIIJ.init[d]! + wj * bargainJIJ.init[d]!) / (wi + wj);
        rcvr[d] = (wi * bargainIIJ.rcvr[d]! + wj * bargainJIJ.rcvr[d]!) / (wi + wj);
      }
      return [{ initiator: i, receiver: j, init, rcvr }];
    }
    default:
      return assertNever(params.bargnModel);
  }
}

/**
 * Voter v's value of the state bargain b would produce: the mean of its utilities for all n positions
 * after the two principals move (spec §3.6 step 4), with v's own risk attitude.
 */
function bargainUtilities(
  ctx: SmpContext,
  state: SmpStateData,
  tables: StateTables,
  b: Bargain,
  out: Float64Array,
): Float64Array {
  const { n, m } = ctx;
  const own = tables.ownUtility;
  // KTAB values the bargain's two positions from the voter's current position; the rest of the model,
  // and our fixed behaviour, measure utility from the ideal point. They coincide for identity adjustment.
  const reference = ctx.params.ktabCompat ? state.positions : state.ideals;
  const I = b.initiator;
  const R = b.receiver;
  // The sum over k ≠ I, R runs in order of k, in three stretches around the two principals.
  const lo = Math.min(I, R);
  const hi = Math.max(I, R);
  for (let v = 0; v < n; v++) {
    const row = v * n;
    let sum = 0;
    if (I === R) {
      for (let k = 0; k < n; k++) sum = sum + own[row + k]!;
    } else {
      const r = tables.risk[v]!;
      sum = sum + riskUtility(salienceDistance(reference, v, b.init, 0, ctx.salience, m), r);
      sum = sum + riskUtility(salienceDistance(reference, v, b.rcvr, 0, ctx.salience, m), r);
      for (let k = 0; k < lo; k++) sum = sum + own[row + k]!;
      for (let k = lo + 1; k < hi; k++) sum = sum + own[row + k]!;
      for (let k = hi + 1; k < n; k++) sum = sum + own[row + k]!;
    }
    out[v] = sum / n;
  }
  return out;
}

/** Index of the largest probability, the first on ties (KTAB `ndxMaxAbs`). */
function argMax(p: Float64Array): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (Math.abs(p[i]!) > Math.abs(p[best]!)) best = i;
  return best;
}

/** Draws an index with probability p (cumulative scan of one uniform draw). */
function sample(p: Float64Array, random: Random): number {
  const u = random();
  let cumulative = 0;
  for (let i = 0; i < p.length; i++) {
    cumulative = cumulative + p[i]!;
    if (u < cumulative) return i;
  }
  return p.length - 1;
}

/**
 * One turn, state t → t+1 (spec §3.6, KTAB `SMPState::doBCN`): every actor finds its best challenge,
 * proposes bargains, every actor's queue is resolved by a PCE of all actors (deterministic: most
 * probable; stochastic: drawn), all move at once, and ideals follow the adjustment matrix.
 */
export function runTurn(
  ctx: SmpContext,
  state: SmpStateData,
  tables: StateTables,
  random: Random | undefined,
): TurnResult {
  const { n, m, params } = ctx;
  const bargains: Bargain[] = [];
  const queues: number[][] = [];
  for (let k = 0; k < n; k++) queues.push([]);
  const challenges: BestChallenge[] = [];
  const scratch = ctx.scratch.perceived;
  const value = emptyChallengeValue();

  for (let i = 0; i < n; i++) {
    const xi = row(state.positions, i, m);
    queues[i]!.push(bargains.length);
    bargains.push({ initiator: i, receiver: i, init: xi, rcvr: xi });

    // Only i's own estimate matters here (h = k = i), so only U_i is built, and of it only what the
    // challenges read: row i (the bounds below), column i and the diagonal (every challenge), and the
    // column of each target evaluated. O(n) per target, O(n²) per actor at most.
    const u = scratch;
    fillPerceivedColumn(tables, n, i, i, u);
    for (let t = 0; t < n; t++) {
      u[i * n + t] = perceivedUtility(tables, n, i, i, t);
      u[t * n + t] = perceivedUtility(tables, n, i, t, t);
    }
    const uii = u[i * n + i]!;
    // ΔU = (U_ii − U_ij)(1 − 2σ_j(1 − P)) (challenge.ts, with k = i) never exceeds |U_ii − U_ij|: targets
    // are evaluated in decreasing order of that bound, and once a bound cannot beat the best so far (or
    // the threshold) no later target can either. The margin covers rounding many times over, and ties go
    // to the lower index as in a scan in actor order, so the choice is exactly the full search's.
    // (σ_j may exceed 1 by the input slack of 1e−9, hence the relative term.)
    const order = ctx.scratch.order;
    const bounds = ctx.scratch.bounds;
    let targets = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const bound = Math.abs(uii - u[i * n + j]!) * (1 + 1e-8);
      // Insertion into `order`, largest bound first, equal bounds in actor order.
      let at = targets++;
      while (at > 0 && bounds[order[at - 1]!]! < bound) {
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = j;
      bounds[j] = bound;
    }
    let best = -1;
    let bestValue = -1;
    let bestProbability = 0;
    for (let o = 0; o < targets; o++) {
      const j = order[o]!;
      if (
        bounds[j]! + PRUNE_MARGIN <=
        (best < 0 ? MIN_CHALLENGE_VALUE : Math.max(bestValue, MIN_CHALLENGE_VALUE))
      )
        break;
      fillPerceivedColumn(tables, n, i, j, u);
      evaluateChallenge(ctx, u, i, i, j, value);
      if (
        MIN_CHALLENGE_VALUE < value.value &&
        (bestValue < value.value || (bestValue === value.value && j < best))
      ) {
        best = j;
        bestValue = value.value;
        bestProbability = value.probability;
      }
    }
    if (best < 0) continue;
    challenges.push({ initiator: i, target: best, value: bestValue, probability: bestProbability });
    for (const b of proposeBargains(ctx, state, tables, i, best, bestProbability)) {
      queues[i]!.push(bargains.length);
      queues[best]!.push(bargains.length);
      bargains.push(b);
    }
  }

  // Every status-quo bargain leaves the state unchanged, so they share one utility vector. The vectors
  // are views of one block: a typed array longer than 64 bytes is slow to allocate (a separate backing
  // store), a view of one is not.
  const proposed = bargains.length - n;
  const block = new Float64Array(n * (proposed + 1));
  const statusQuo = bargainUtilities(ctx, state, tables, bargains[0]!, block.subarray(0, n));
  let next = 1;
  const utilities: Float64Array[] = [];
  for (const b of bargains) {
    if (b.initiator === b.receiver) {
      utilities.push(statusQuo);
      continue;
    }
    utilities.push(bargainUtilities(ctx, state, tables, b, block.subarray(next * n, (next + 1) * n)));
    next++;
  }
  // The new positions and ideals share one block too.
  const stateBlock = new Float64Array(2 * n * m);
  const positions = stateBlock.subarray(0, n * m);
  const resolved: BargainQueue[] = [];
  for (let k = 0; k < n; k++) {
    const queue = queues[k]!;
    const nb = queue.length;
    if (ctx.scratch.queue.length < n * nb) ctx.scratch.queue = new Float64Array(n * nb);
    const u = ctx.scratch.queue;
    for (let q = 0; q < nb && nb > 1; q++) {
      const uq = utilities[queue[q]!]!;
      for (let v = 0; v < n; v++) u[v * nb + q] = uq[v]!;
    }
    // A queue of one (k takes part in no bargain) is a PCE over one option: probability 1 exactly under
    // every PCE model (0.5/0.5; the Markov iterations start and stay at 1).
    const p = nb === 1 ? Float64Array.of(1) : scalarPce(ctx.pce, ctx.capability, u, n, nb, ctx.scratch.pce);
    let chosen: number;
    switch (params.stateTransitions) {
      case "Deterministic":
        chosen = argMax(p);
        break;
      case "Stochastic":
        if (random === undefined) throw new Error("runTurn: stochastic transitions need a Random");
        chosen = sample(p, random);
        break;
      default:
        return assertNever(params.stateTransitions);
    }
    resolved.push({ actor: k, bargains: queue, probabilities: p, chosen });
    const b = bargains[queue[chosen]!]!;
    const target = b.initiator === k ? b.init : b.rcvr;
    positions.set(target, k * m);
  }

  return {
    state: { positions, ideals: adjustIdeals(ctx, state.ideals, positions, stateBlock.subarray(n * m)) },
    detail: { challenges, bargains, utilities, queues: resolved },
  };
}

/** ι_i ← Σ_j A_ij x_j + (1 − Σ_j A_ij) ι_i (spec §3.6 step 5); identity A: ideals = positions. */
function adjustIdeals(
  ctx: SmpContext,
  ideals: Float64Array,
  positions: Float64Array,
  out: Float64Array,
): Float64Array {
  const a = ctx.adjustment;
  if (a === null) {
    out.set(positions);
    return out;
  }
  const { n, m } = ctx;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    let si = 0;
    for (let j = 0; j < n; j++) {
      const aij = a[i * n + j]!;
      si = si + aij;
      for (let d = 0; d < m; d++) out[i * m + d] = out[i * m + d]! + aij * positions[j * m + d]!;
    }
    const lag = 1 - Math.min(1, si);
    for (let d = 0; d < m; d++) out[i * m + d] = out[i * m + d]! + lag * ideals[i * m + d]!;
  }
  return out;
}
