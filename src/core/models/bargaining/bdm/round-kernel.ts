import { negativePart, positivePart } from "../signed-parts.ts";
import { classifyOffer, compromisePosition, type OfferKind } from "./offers.ts";
import type { BdmModelOptions, OfferChoice } from "./options.ts";

/**
 * One BDM round on flat typed arrays with scratch space allocated once per run: the same formulas, in
 * the same order of floating-point operations, as the readable kernels `round.ts` → `evaluation.ts`,
 * `votes.ts`, `win-probability.ts`, `challenge.ts`, `security.ts`, `risk.ts`, `protocols.ts`
 * (Scholz, Calbert & Smith 2011; spec 2.2–2.7, 2.10), which stay the reference it is tested against
 * (round-kernel.test.ts). It allocates nothing per round: the simulation loop runs it up to hundreds of
 * times per Monte Carlo run.
 */
export interface RoundWorkspace {
  readonly n: number;
  readonly options: BdmModelOptions;
  readonly saliences: Float64Array;
  /** w_k = c_k s_k. */
  readonly weights: Float64Array;
  readonly delta: number;
  /** (|x_k − x_a|/Δ)^{r_k}, row a. */
  readonly power: Float64Array;
  readonly favour: Float64Array;
  readonly mass: Float64Array;
  readonly net: Float64Array;
  /** P_a(a beats b) of the risk-neutral votes (security sums). */
  readonly neutralProbability: Float64Array;
  /** P_a(a beats b) of the votes the offers are judged with (may alias `neutralProbability`). */
  readonly offerProbability: Float64Array;
  /** E_a(Δx_b) at a's own exponent (protocols `actor-view`/own and `sender-offers`). */
  readonly ownValue: Float64Array;
  /** U_s and U_f of distance |x_a − x_b|/Δ at exponent r_a, row a (utilities.ts); U_sq at r_a. */
  readonly success: Float64Array;
  readonly failure: Float64Array;
  readonly statusQuo: Float64Array;
  /** Per actor, the first actor at the same position (positions repeat: actors meet as they settle). */
  readonly first: Int32Array;
  // Outputs of the last round.
  readonly security: Float64Array;
  readonly exponents: Float64Array;
  /** Accepted offer per actor: kind (−1 none, 0 confrontation, 1 compromise, 2 capitulation). */
  readonly offerKind: Int8Array;
  readonly offerCounterpart: Int32Array;
  readonly offerEuActor: Float64Array;
  readonly offerEuCounterpart: Float64Array;
  readonly offerTo: Float64Array;
}

export const offerKinds: readonly OfferKind[] = ["confrontation", "compromise", "capitulation"];

export function createRoundWorkspace(
  options: BdmModelOptions,
  saliences: ArrayLike<number>,
  weights: ArrayLike<number>,
  delta: number,
): RoundWorkspace {
  const n = saliences.length;
  // Every table is a view of one block: a typed array longer than 64 bytes gets its own backing store
  // and is slow to allocate (a run makes one workspace per issue), a view of one is not.
  const block = new Float64Array(9 * n * n + 9 * n);
  let used = 0;
  const take = (length: number) => {
    used += length;
    return block.subarray(used - length, used);
  };
  const square = () => take(n * n);
  const vector = () => take(n);
  const neutralProbability = square();
  const ints = new Int32Array(2 * n);
  const ws: RoundWorkspace = {
    n,
    options,
    saliences: vector(),
    weights: vector(),
    delta,
    power: square(),
    favour: square(),
    mass: square(),
    net: square(),
    neutralProbability,
    // With risk-neutral votes the offers' probabilities are the security sums' (μ does not enter P).
    offerProbability: options.voteExponent === "neutral" ? neutralProbability : square(),
    ownValue: square(),
    success: square(),
    failure: square(),
    statusQuo: vector(),
    first: ints.subarray(0, n),
    security: vector(),
    exponents: vector(),
    offerKind: new Int8Array(n),
    offerCounterpart: ints.subarray(n),
    offerEuActor: vector(),
    offerEuCounterpart: vector(),
    offerTo: vector(),
  };
  ws.saliences.set(saliences);
  ws.weights.set(weights);
  return ws;
}

/** How a round ended: offers were resolved, the state was a consensus, or the security sums were all equal. */
export type KernelRoundStatus = "played" | "consensus" | "equal-security";

/**
 * Plays one round from `positions` into `next` (spec 2.6–2.7, as `playRound`). `median` is the median
 * voter position of `positions` under the `median` option and `mean` their weighted mean (the caller has
 * them from its snapshot of the state). Fills `security`, `exponents` and the offer arrays.
 */
export function playKernelRound(
  ws: RoundWorkspace,
  positions: Float64Array,
  median: number,
  mean: number,
  next: Float64Array,
): KernelRoundStatus {
  const { n, options } = ws;
  ws.offerKind.fill(-1);
  const first = positions[0] as number;
  let consensus = true;
  for (let i = 1; i < n && consensus; i++) consensus = positions[i] === first;
  if (consensus) {
    next.set(positions);
    ws.exponents.fill(1);
    ws.security.fill(0);
    return "consensus";
  }
  firstOccurrences(positions, ws.first);
  const muRisk = options.referencePoint === "mean" ? mean : median;
  const muOffers = options.referencePoint === "median" ? muRisk : mean;

  // Security sums with risk-neutral votes and utilities (spec 2.6).
  voteProbabilities(ws, positions, null, ws.neutralProbability);
  const security = ws.security;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      if (j !== i)
        sum += challengeValue(ws, positions, j, i, 1, ws.neutralProbability[j * n + i] as number, muRisk);
    }
    security[i] = sum;
  }
  if (!riskExponentsInto(security, options, ws.exponents)) return "equal-security";
  const exponents = ws.exponents;

  const p = ws.offerProbability;
  if (options.voteExponent === "voter") voteProbabilities(ws, positions, exponents, p);
  const mu = muOffers;
  utilityTables(ws, positions, exponents);
  switch (options.protocol) {
    case "actor-view":
      if (options.utilityExponent === "observer") {
        pairwiseOffers(ws, positions, "observer", p, mu);
      } else {
        ownValues(ws, positions, p, mu);
        pairwiseOffers(ws, positions, "own", p, mu);
      }
      break;
    case "challenger-row":
      pairwiseOffers(ws, positions, "challenger-row", p, mu);
      break;
    case "sender-offers":
      ownValues(ws, positions, p, mu);
      senderOffers(ws, positions);
      break;
  }
  for (let i = 0; i < n; i++)
    next[i] = ws.offerKind[i] === -1 ? (positions[i] as number) : (ws.offerTo[i] as number);
  return "played";
}

/** first[k] = the first actor standing exactly where k stands (k itself when no earlier one does). */
function firstOccurrences(positions: Float64Array, first: Int32Array): void {
  const n = positions.length;
  for (let k = 0; k < n; k++) {
    const x = positions[k] as number;
    let f = 0;
    while (f < k && positions[f] !== x) f++;
    first[k] = f;
  }
}

/** b^r, exact for r = 1 (utilities.ts). */
function power(base: number, r: number): number {
  return r === 1 ? base : base ** r;
}

/**
 * Vote tables (votes.ts, spec 2.2) with exponents `exponents` (null: r = 1 for every voter), then
 * P_a(a beats b) into `into` (win-probability.ts, spec 2.3).
 */
function voteProbabilities(
  ws: RoundWorkspace,
  positions: Float64Array,
  exponents: Float64Array | null,
  into: Float64Array,
): void {
  const { n, delta, weights, favour, mass, net, first } = ws;
  // pw[a·n + k] = (|x_k − x_a|/Δ)^{r_k}, so that the sums over voters k read memory in order. Rows of
  // actors standing where an earlier actor stands would repeat that actor's row and are not filled.
  const pw = ws.power;
  for (let a = 0; a < n; a++) {
    if (first[a] !== a) continue;
    const xa = positions[a] as number;
    if (exponents === null) {
      for (let k = 0; k < n; k++) pw[a * n + k] = Math.abs((positions[k] as number) - xa) / delta; // y¹ = y
    } else {
      for (let k = 0; k < n; k++) {
        const y = Math.abs((positions[k] as number) - xa) / delta;
        const r = exponents[k] as number;
        pw[a * n + k] = y === 0 && r > 0 ? 0 : y ** r; // 0^r = 0 for r > 0, without the pow
      }
    }
  }
  const rule = ws.options.winProbability;
  // v_k(b, a) = −v_k(a, b) exactly (IEEE rounding is symmetric in sign), so each unordered pair is summed
  // once: the mass is symmetric, the vote for b is the negated votes against a, summed in the same order.
  // Entry (a, b) depends only on where a and b stand: a pair with an actor standing where an earlier one
  // stands copies the pair of the first actors there (computed earlier in this loop), and two actors at
  // one point get what their sums give, no votes.
  for (let a = 0; a < n; a++) {
    favour[a * n + a] = 0;
    mass[a * n + a] = 0;
    net[a * n + a] = 0;
    const fa = first[a] as number;
    for (let b = a + 1; b < n; b++) {
      const fb = first[b] as number;
      if (fa === fb) {
        favour[a * n + b] = 0;
        favour[b * n + a] = 0;
        mass[a * n + b] = 0;
        mass[b * n + a] = 0;
        net[a * n + b] = 0;
        net[b * n + a] = -0;
        continue;
      }
      if (fa !== a || fb !== b) {
        favour[a * n + b] = favour[fa * n + fb] as number;
        favour[b * n + a] = favour[fb * n + fa] as number;
        mass[a * n + b] = mass[fa * n + fb] as number;
        mass[b * n + a] = mass[fb * n + fa] as number;
        net[a * n + b] = net[fa * n + fb] as number;
        net[b * n + a] = net[fb * n + fa] as number;
        continue;
      }
      let up = 0;
      let down = 0;
      let all = 0;
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const v = (weights[k] as number) * ((pw[b * n + k] as number) - (pw[a * n + k] as number));
        up += positivePart(v);
        down += negativePart(v);
        all += Math.abs(v);
        sum += v;
      }
      favour[a * n + b] = up;
      favour[b * n + a] = down;
      mass[a * n + b] = all;
      mass[b * n + a] = all;
      net[a * n + b] = sum;
      net[b * n + a] = -sum;
    }
  }
  let totalMass = 0;
  if (rule === "all-pairs") for (let ab = 0; ab < n * n; ab++) totalMass += mass[ab] as number;
  const nearZero = ws.options.nearZero;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const ab = a * n + b;
      const gap = Math.abs((positions[a] as number) - (positions[b] as number));
      let value: number;
      if (nearZero > 0 ? gap < nearZero : gap === 0) value = 0;
      else if (rule === "all-pairs") value = totalMass === 0 ? 0 : (favour[ab] as number) / totalMass;
      else {
        const m = mass[ab] as number;
        if (m === 0) value = 0.5;
        else value = (rule === "pairwise" ? (favour[ab] as number) : Math.max(0, net[ab] as number)) / m;
      }
      into[ab] = value;
    }
  }
}

/**
 * E_i(Δx_j) with utilities at `r` and win probability `p` (challenge.ts, spec 2.5): s_j resists; T and
 * the drift distance are i's. With p = P_j(j beats i) and r = r_j this is EUM's b(i, j).
 */
function challengeValue(
  ws: RoundWorkspace,
  positions: Float64Array,
  i: number,
  j: number,
  r: number,
  p: number,
  mu: number,
): number {
  const options = ws.options;
  const xi = positions[i] as number;
  const gap = Math.abs(xi - (positions[j] as number));
  const d = gap / ws.delta;
  const success = 2 - 4 * power(0.5 - 0.5 * d, r);
  const failure = 2 - 4 * power(0.5 + 0.5 * d, r);
  const statusQuo = 2 - 4 * power(0.5, r);
  const s = ws.saliences[j] as number;
  const challenge = s * (p * success + (1 - p) * failure) + (1 - s) * success;
  const q = options.q;
  if (q === 1) return challenge - statusQuo;
  const t = options.t === "eft2014" ? (Math.abs(xi - mu) < gap ? 1 : 0) : options.t;
  const e = (Math.abs(xi - mu) + gap) / ws.delta;
  const drift = t * (2 - 4 * power(0.5 - 0.25 * e, r)) + (1 - t) * (2 - 4 * power(0.5 + 0.25 * e, r));
  return options.noChallengeSign === "masad2014-slip"
    ? challenge - (q * statusQuo - (1 - q) * drift)
    : challenge - q * statusQuo - (1 - q) * drift;
}

/** E_a(Δx_b) at a's own exponent for every ordered pair (protocols.ts `ownChallengeValues`). */
function ownValues(ws: RoundWorkspace, positions: Float64Array, p: Float64Array, mu: number): void {
  const { n, ownValue } = ws;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      ownValue[a * n + b] = a === b ? 0 : tabledValue(ws, positions, a, b, a, b, p[a * n + b] as number, mu);
    }
  }
}

/**
 * U_s, U_f (distance |x_a − x_b|/Δ) and U_sq at each a's exponent r_a: every E value of a round takes its
 * utilities from one row of these (the distance is symmetric), so each power is computed once.
 */
function utilityTables(ws: RoundWorkspace, positions: Float64Array, exponents: Float64Array): void {
  const { n, success, failure, statusQuo, first } = ws;
  for (let a = 0; a < n; a++) {
    const r = exponents[a] as number;
    const xa = positions[a] as number;
    statusQuo[a] = 2 - 4 * power(0.5, r);
    for (let b = 0; b < n; b++) {
      const fb = first[b] as number;
      if (fb !== b) {
        // b stands where fb < b stands: the same distance and exponent, computed just before.
        success[a * n + b] = success[a * n + fb] as number;
        failure[a * n + b] = failure[a * n + fb] as number;
        continue;
      }
      const d = Math.abs(xa - (positions[b] as number)) / ws.delta;
      if (d === 0) {
        // 0.5 ∓ 0.5·0 = 0.5 exactly: both are U_sq, computed above.
        success[a * n + b] = statusQuo[a] as number;
        failure[a * n + b] = statusQuo[a] as number;
        continue;
      }
      success[a * n + b] = 2 - 4 * power(0.5 - 0.5 * d, r);
      failure[a * n + b] = 2 - 4 * power(0.5 + 0.5 * d, r);
    }
  }
}

/**
 * `challengeValue` with the utilities of row `owner` of the tables (exponent r_owner, distance to
 * `other`): i challenges j, s_j resists, T and the drift distance are i's.
 */
function tabledValue(
  ws: RoundWorkspace,
  positions: Float64Array,
  i: number,
  j: number,
  owner: number,
  other: number,
  p: number,
  mu: number,
): number {
  const u = owner * ws.n + other;
  const success = ws.success[u] as number;
  const failure = ws.failure[u] as number;
  const statusQuo = ws.statusQuo[owner] as number;
  const s = ws.saliences[j] as number;
  const challenge = s * (p * success + (1 - p) * failure) + (1 - s) * success;
  const options = ws.options;
  const q = options.q;
  if (q === 1) return challenge - statusQuo;
  const r = ws.exponents[owner] as number;
  const xi = positions[i] as number;
  const gap = Math.abs(xi - (positions[j] as number));
  const t = options.t === "eft2014" ? (Math.abs(xi - mu) < gap ? 1 : 0) : options.t;
  const e = (Math.abs(xi - mu) + gap) / ws.delta;
  const drift = t * (2 - 4 * power(0.5 - 0.25 * e, r)) + (1 - t) * (2 - 4 * power(0.5 + 0.25 * e, r));
  return options.noChallengeSign === "masad2014-slip"
    ? challenge - (q * statusQuo - (1 - q) * drift)
    : challenge - q * statusQuo - (1 - q) * drift;
}

const pairScratch = new Float64Array(2);

/**
 * Where the E values of a pair come from: `own` E_ij and E_ji from the `ownValue` table (actor-view, own
 * exponents); `observer` both at i's exponent (actor-view, Scholz's code); `challenger-row` EUM's row of
 * challenger i, E_ij at i's exponent and E_ji at j's, both of i challenging j.
 */
type PairValues = "own" | "observer" | "challenger-row";

/** E_ij into out[0] and E_ji into out[1] for the pair (i, j) (what the protocols compare). */
function pairValues(
  ws: RoundWorkspace,
  positions: Float64Array,
  source: PairValues,
  p: Float64Array,
  mu: number,
  i: number,
  j: number,
  out: Float64Array,
): void {
  const n = ws.n;
  switch (source) {
    case "own":
      out[0] = ws.ownValue[i * n + j] as number;
      out[1] = ws.ownValue[j * n + i] as number;
      return;
    case "observer":
      out[0] = tabledValue(ws, positions, i, j, i, j, p[i * n + j] as number, mu);
      out[1] = tabledValue(ws, positions, j, i, i, j, p[j * n + i] as number, mu);
      return;
    case "challenger-row":
      out[0] = tabledValue(ws, positions, i, j, i, j, p[i * n + j] as number, mu);
      out[1] = tabledValue(ws, positions, i, j, j, i, p[j * n + i] as number, mu);
      return;
  }
}

/**
 * `actor-view` / `challenger-row` (protocols.ts `pairwiseOffers`): each actor takes its best
 * confrontation, else compromise, else capitulation, by the option for each class; earlier counterparts
 * win ties. The candidates of each class are compared as they come, which picks what `chooseOffer` picks.
 */
function pairwiseOffers(
  ws: RoundWorkspace,
  positions: Float64Array,
  source: PairValues,
  p: Float64Array,
  mu: number,
): void {
  const { n, options } = ws;
  const skip = options.coincidentPairs === "skip";
  const choice: readonly OfferChoice[] = [
    options.confrontationChoice,
    options.compromiseChoice,
    options.capitulationChoice,
  ];
  for (let i = 0; i < n; i++) {
    const from = positions[i] as number;
    // Best candidate per class: counterpart (−1 none), E values, destination.
    let c0 = -1;
    let c1 = -1;
    let c2 = -1;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    for (let j = 0; j < n; j++) {
      const towards = positions[j] as number;
      if (j === i || (skip && towards === from)) continue;
      pairValues(ws, positions, source, p, mu, i, j, pairScratch);
      const euActor = pairScratch[0] as number;
      const euCounterpart = pairScratch[1] as number;
      const kind = classifyOffer(euActor, euCounterpart, options.capitulation, options.nearZero);
      if (kind === null) continue;
      if (kind === "confrontation") {
        if (
          c0 < 0 ||
          better(
            choice[0] as OfferChoice,
            from,
            towards,
            euCounterpart,
            towards,
            positions[c0] as number,
            e0,
            t0,
          )
        ) {
          c0 = j;
          a0 = euActor;
          e0 = euCounterpart;
          t0 = towards;
        }
      } else if (kind === "compromise") {
        const to = compromisePosition(options.compromise, from, towards, euActor, euCounterpart);
        if (
          c1 < 0 ||
          better(choice[1] as OfferChoice, from, to, euCounterpart, towards, positions[c1] as number, e1, t1)
        ) {
          c1 = j;
          a1 = euActor;
          e1 = euCounterpart;
          t1 = to;
        }
      } else if (
        c2 < 0 ||
        better(
          choice[2] as OfferChoice,
          from,
          towards,
          euCounterpart,
          towards,
          positions[c2] as number,
          e2,
          t2,
        )
      ) {
        c2 = j;
        a2 = euActor;
        e2 = euCounterpart;
        t2 = towards;
      }
    }
    if (c0 >= 0) setOffer(ws, i, 0, c0, a0, e0, t0);
    else if (c1 >= 0) setOffer(ws, i, 1, c1, a1, e1, t1);
    else if (c2 >= 0) setOffer(ws, i, 2, c2, a2, e2, t2);
  }
}

/**
 * `sender-offers` (protocols.ts `senderOffers`, Masad 2014): every a with E_a(b) > 0 sends b an offer; b
 * keeps one by `receivedOfferChoice` and resolves it with E_b(a) against E_a(b).
 */
function senderOffers(ws: RoundWorkspace, positions: Float64Array): void {
  const { n, options, ownValue } = ws;
  const skip = options.coincidentPairs === "skip";
  for (let b = 0; b < n; b++) {
    const from = positions[b] as number;
    let kept = -1;
    let keptEu = 0;
    let keptTo = 0;
    for (let a = 0; a < n; a++) {
      const at = positions[a] as number;
      if (a === b || (skip && at === from)) continue;
      const eu = ownValue[a * n + b] as number;
      if (!(eu > 0)) continue;
      if (kept < 0 || better(options.receivedOfferChoice, from, at, eu, at, keptTo, keptEu, keptTo)) {
        kept = a;
        keptEu = eu;
        keptTo = at;
      }
    }
    if (kept < 0) continue;
    const euActor = ownValue[b * n + kept] as number;
    const kind = classifyOffer(euActor, keptEu, options.capitulation, options.nearZero);
    if (kind === null) continue;
    const to =
      kind === "compromise" ? compromisePosition(options.compromise, from, keptTo, euActor, keptEu) : keptTo;
    setOffer(ws, b, kind === "confrontation" ? 0 : kind === "compromise" ? 1 : 2, kept, euActor, keptEu, to);
  }
}

/**
 * offers.ts `better` for two offers from the same position `from`: candidate (to, E_ji, counterpart
 * position) against the incumbent.
 */
function better(
  rule: OfferChoice,
  from: number,
  to: number,
  euCounterpart: number,
  at: number,
  bestAt: number,
  bestEuCounterpart: number,
  bestTo: number,
): boolean {
  switch (rule) {
    case "smallest-move":
      return Math.abs(to - from) < Math.abs(bestTo - from);
    case "lowest-position":
      return to < bestTo;
    case "highest-counterpart-eu":
      if (euCounterpart !== bestEuCounterpart) return euCounterpart > bestEuCounterpart;
      return Math.abs(at - from) < Math.abs(bestAt - from);
  }
}

function setOffer(
  ws: RoundWorkspace,
  i: number,
  kind: number,
  counterpart: number,
  euActor: number,
  euCounterpart: number,
  to: number,
): void {
  ws.offerKind[i] = kind;
  ws.offerCounterpart[i] = counterpart;
  ws.offerEuActor[i] = euActor;
  ws.offerEuCounterpart[i] = euCounterpart;
  ws.offerTo[i] = to;
}

/** risk.ts `riskExponents` into `out`; false when the sums are all equal and `equalSecurity` is "error". */
function riskExponentsInto(security: Float64Array, options: BdmModelOptions, out: Float64Array): boolean {
  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  for (const s of security) {
    if (s > max) max = s;
    if (s < min) min = s;
  }
  const spread = max - min;
  const nearZero = options.nearZero;
  if (nearZero > 0 ? Math.abs(spread) < nearZero : spread === 0) {
    switch (options.equalSecurity) {
      case "error":
        return false;
      case "neutral":
        out.fill(1);
        return true;
      case "zero":
        out.fill(0);
        return true;
    }
  }
  for (let i = 0; i < security.length; i++) {
    const big = (2 * (security[i] as number) - max - min) / spread;
    out[i] = (1 - big / 3) / (1 + big / 3);
  }
  return true;
}
