import type { SmpParams } from "./params.ts";
import { createPceScratch, type PceScratch, type PceSettings } from "./pce.ts";
import type { SmpScenario } from "./scenario.ts";
import { type VoteFn, voteFunction } from "./vote.ts";

/** What stays fixed during a run, on KTAB's internal scales: positions on [0, 1], saliences on [0, 1]. */
export interface SmpContext {
  /** Number of actors. */
  n: number;
  /** Number of dimensions. */
  m: number;
  params: SmpParams;
  capability: Float64Array;
  /** Row-major n×m saliences. */
  salience: Float64Array;
  /** σ_i = Σ_d s_id, the total salience, also i's probability of resisting a challenge. */
  totalSalience: Float64Array;
  /** σ_i·c_i, the weight of i's votes in challenges (spec §3.5, §3.8). */
  challengeWeight: Float64Array;
  /** Row-major n×n ideal-adjustment matrix, or null for the identity. */
  adjustment: Float64Array | null;
  vote: VoteFn;
  /** Settings of every PCE over positions and bargains (KTAB's voting rule, VPM and PCE model). */
  pce: PceSettings;
  /**
   * Temporaries reused by every turn of the run (never part of a result): the PCEs' matrices, one
   * perceived-utility matrix, the risk-neutral utilities of the state tables, a queue's utilities, the
   * order of challenge targets.
   */
  scratch: {
    pce: PceScratch;
    perceived: Float64Array;
    neutral: Float64Array;
    queue: Float64Array;
    /** A turn's challenge targets in the order they are evaluated, and their bounds by actor. */
    order: Int32Array;
    bounds: Float64Array;
  };
}

/** One state of the model: positions and ideal points, row-major n×m on [0, 1]. */
export interface SmpStateData {
  positions: Float64Array;
  ideals: Float64Array;
}

function isIdentity(a: readonly (readonly number[])[]): boolean {
  return a.every((row, i) => row.every((v, j) => v === (i === j ? 1 : 0)));
}

export function createContext(scenario: SmpScenario, params: SmpParams): SmpContext {
  const n = scenario.actors.length;
  const m = scenario.dimensions.length;
  const capability = new Float64Array(n);
  const salience = new Float64Array(n * m);
  const totalSalience = new Float64Array(n);
  const challengeWeight = new Float64Array(n);
  scenario.actors.forEach((actor, i) => {
    capability[i] = actor.capability;
    let sigma = 0;
    for (let d = 0; d < m; d++) {
      const s = actor.saliences[d]!;
      salience[i * m + d] = s;
      sigma = sigma + s;
    }
    totalSalience[i] = sigma;
    challengeWeight[i] = sigma * actor.capability;
  });
  const a = scenario.idealAdjustment;
  const adjustment = a === undefined || isIdentity(a) ? null : Float64Array.from(a.flat());
  return {
    n,
    m,
    params,
    capability,
    salience,
    totalSalience,
    challengeWeight,
    adjustment,
    vote: voteFunction(params.votingRule),
    pce: {
      votingRule: params.votingRule,
      victoryProbModel: params.victoryProbModel,
      pceModel: params.pceModel,
      oneDirection: params.ktabCompat,
    },
    scratch: {
      pce: createPceScratch(),
      perceived: new Float64Array(n * n),
      neutral: new Float64Array(n * n),
      queue: new Float64Array(n * 4), // grown by the turn that needs more
      order: new Int32Array(n),
      bounds: new Float64Array(n),
    },
  };
}

/** The initial state: positions divided by 100 as KTAB does, ideals at the positions. */
export function initialState(scenario: SmpScenario): SmpStateData {
  const m = scenario.dimensions.length;
  const positions = new Float64Array(scenario.actors.length * m);
  scenario.actors.forEach((actor, i) => {
    for (let d = 0; d < m; d++) positions[i * m + d] = actor.positions[d]! / 100;
  });
  return { positions, ideals: positions.slice() };
}
