import { assertNever } from "../../../assert-never.ts";
import { negativePart, positivePart } from "../signed-parts.ts";
import type { SmpContext } from "./context.ts";
import { voteValue } from "./vote.ts";

/** Principals' coalitions start here, so that no little contest is 0 against 0 (KTAB `minCltn`). */
const MIN_COALITION = 1e-10;

/** h's estimate of what i challenging j is worth to k (spec §3.5; the columns of KTAB's UtilChlg table). */
export interface ChallengeValue {
  /** h's estimate of the probability that i beats j. */
  probability: number;
  /** EU_sq = U_h(k,i) + U_h(k,j). */
  statusQuo: number;
  /** 2U_h(k,i): i wins, j moves to i. */
  victory: number;
  /** P·2U_h(k,i) + (1 − P)·2U_h(k,j). */
  contest: number;
  /** (1 − σ_j)·victory + σ_j·contest: j resists with probability σ_j. */
  challenge: number;
  /** ΔU = challenge − statusQuo. */
  value: number;
}

export function emptyChallengeValue(): ChallengeValue {
  return { probability: 0, statusQuo: 0, victory: 0, contest: 0, challenge: 0, value: 0 };
}

/**
 * Evaluates i challenging j as estimated by h, for actor k (spec §3.5, KTAB `SMPState::probEduChlg`).
 * `u` is h's perceived utility matrix U_h (row-major n×n). Principals vote with weight σc; each third
 * party n first judges a "little conflict" of the principals plus its own direct vote, then votes
 * between joining i and joining j according to ThirdPartyCommit. Writes into `out`.
 */
export function evaluateChallenge(
  ctx: SmpContext,
  u: Float64Array,
  k: number,
  i: number,
  j: number,
  out: ChallengeValue,
): ChallengeValue {
  const { n, challengeWeight: w } = ctx;
  const rule = ctx.params.votingRule;
  const tpc = ctx.params.thirdPartyCommit;
  const uii = u[i * n + i]!;
  const uij = u[i * n + j]!;
  const uji = u[j * n + i]!;
  const ujj = u[j * n + j]!;

  const vi = voteValue(rule, w[i]!, uii - uij);
  const vj = voteValue(rule, w[j]!, uji - ujj);
  let chij = MIN_COALITION;
  let chji = MIN_COALITION;
  if (vi > 0) chij = chij + vi;
  if (vi < 0) chji = chji - vi;
  if (vj > 0) chij = chij + vj;
  if (vj < 0) chji = chji - vj;
  let aI: boolean;
  let aJ: boolean;
  let bI: boolean;
  let bJ: boolean;
  switch (tpc) {
    case "SemiCommit":
      aI = true;
      aJ = false;
      bI = false;
      bJ = true;
      break;
    case "NoCommit":
      aI = aJ = bI = bJ = true;
      break;
    case "FullCommit":
      aI = aJ = bI = bJ = false;
      break;
    default:
      return assertNever(tpc);
  }
  // Every third party starts afresh from the principals' contributions alone.
  const ci = chij;
  const cj = chji;

  for (let t = 0; t < n; t++) {
    if (t === i || t === j) continue;
    const wt = w[t]!;
    const uti = u[t * n + i]!;
    const utj = u[t * n + j]!;
    const utt = u[t * n + t]!;
    const v0 = voteValue(rule, wt, uti - utj);
    const cni = ci + positivePart(v0);
    const cnj = cj + negativePart(v0);
    const pin = cni / (cni + cnj);
    const pjn = 1 - pin;
    // Utilities (×3, unchanged positions cancel) of "t joins i" and "t joins j" under each commitment:
    // SemiCommit a = p_in(2u_ti + u_tt) + p_jn·3u_tj, b = p_in·3u_ti + p_jn(2u_tj + u_tt); NoCommit keeps
    // u_tt in all four terms, FullCommit in none (the selections are made once, before the loop).
    const a = pin * (uti + uti + (aI ? utt : uti)) + pjn * (utj + utj + (aJ ? utt : utj));
    const b = pin * (uti + uti + (bI ? utt : uti)) + pjn * (utj + utj + (bJ ? utt : utj));
    const vt = voteValue(rule, wt, a - b);
    chij = chij + positivePart(vt);
    chji = chji + negativePart(vt);
  }

  const phij = chij / (chij + chji);
  const phji = chji / (chij + chji);
  const uki = u[k * n + i]!;
  const ukj = u[k * n + j]!;
  const sj = ctx.totalSalience[j]!;
  out.probability = phij;
  out.statusQuo = uki + ukj;
  out.victory = uki + uki;
  out.contest = phij * out.victory + phji * (ukj + ukj);
  out.challenge = (1 - sj) * out.victory + sj * out.contest;
  out.value = out.challenge - out.statusQuo;
  return out;
}
