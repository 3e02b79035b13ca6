import type { IssueTable } from "./issue-frame.ts";

/** An actor's ideal points and saliences over the issues it takes a stance on. */
export interface ActorProfile {
  readonly actor: string;
  /** Indices into the issue list, with the actor's position and salience (0–100) on each. */
  readonly issueIndex: Int32Array;
  readonly position: Float64Array;
  readonly salience: Float64Array;
  readonly totalSalience: number;
}

/** Every actor with a stance on at least one of the issues, in order of first appearance. */
export function actorProfiles(tables: readonly IssueTable[]): ActorProfile[] {
  const entries = new Map<string, Array<{ issue: number; position: number; salience: number }>>();
  tables.forEach((table, issue) => {
    for (const a of table.actors) {
      const list = entries.get(a.id) ?? [];
      list.push({ issue, position: a.position, salience: a.salience });
      entries.set(a.id, list);
    }
  });
  return [...entries].map(([actor, list]) => ({
    actor,
    issueIndex: Int32Array.from(list, (e) => e.issue),
    position: Float64Array.from(list, (e) => e.position),
    salience: Float64Array.from(list, (e) => e.salience),
    totalSalience: list.reduce((sum, e) => sum + e.salience, 0),
  }));
}

/**
 * Actor i's utility for a package x (one point per issue, 0–100): salience-weighted linear loss from its
 * ideal points, normalised to [0, 1],
 *     u_i(x) = 1 − Σ_d s_id |x_d − p_id| / (100 · Σ_d s_id),
 * over the issues d where i takes a stance: 1 when every issue sits at i's ideal, 0 when every issue sits
 * 100 points (the whole scale) away. The spatial model's weighted city-block loss (Enelow & Hinich 1984,
 * The Spatial Theory of Voting, ch. 2; the salience-weighted absolute distance of Thomson et al. 2006,
 * The European Union Decides): issues are separable, and salience weights the issues against each other
 * as in both bargaining models. An actor with no salience anywhere is indifferent (utility 1).
 */
export function packageUtility(profile: ActorProfile, x: ArrayLike<number>): number {
  if (profile.totalSalience === 0) return 1;
  let loss = 0;
  for (let k = 0; k < profile.issueIndex.length; k++) {
    const d = profile.issueIndex[k] as number;
    loss += (profile.salience[k] as number) * Math.abs((x[d] as number) - (profile.position[k] as number));
  }
  return 1 - loss / (100 * profile.totalSalience);
}
