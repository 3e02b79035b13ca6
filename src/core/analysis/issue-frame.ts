import type { CaseFile, Estimate } from "../case/index.ts";

/** One actor's inputs on one issue, with their ranges, on the case's 0–100 scales. */
export interface FrameActor {
  readonly id: string;
  readonly capability: Estimate;
  readonly position: Estimate;
  readonly salience: Estimate;
}

/** An issue as the bargaining models see it: the actors with a stance on it, the status quo, the veto players. */
export interface IssueFrame {
  readonly issue: string;
  readonly name: string;
  readonly statusQuo: Estimate;
  readonly vetoPlayers: readonly string[];
  readonly actors: readonly FrameActor[];
}

/** One actor's point inputs on one issue (a draw, or the central values). */
export interface PointActor {
  readonly id: string;
  readonly capability: number;
  readonly position: number;
  readonly salience: number;
}

/** One issue with point inputs: what an engine or baseline runs on. */
export interface IssueTable {
  readonly issue: string;
  readonly statusQuo: number;
  readonly actors: readonly PointActor[];
}

/**
 * Builds the frame of each issue from the case: every actor with a stance on the issue takes part, with
 * its capability. Throws a short error naming the actor and issue when the models cannot run: an issue
 * with fewer than three actors, an actor without capability or with capability 0, zero total salience,
 * every actor at one point (BDM's and KTAB's risk attitudes are then 0/0), a stance or veto player that
 * names an unknown actor, or a value outside 0–100.
 */
export function issueFrames(caseFile: CaseFile, only?: readonly string[]): IssueFrame[] {
  const actors = new Map(caseFile.actors.map((a) => [a.id, a]));
  const issues = only === undefined ? caseFile.issues : only.map((id) => findIssue(caseFile, id));
  return issues.map((issue) => {
    const where = `issueFrames: issue "${issue.id}"`;
    const stances = caseFile.stances.filter((s) => s.issue === issue.id);
    const frameActors: FrameActor[] = stances.map((stance) => {
      const actor = actors.get(stance.actor);
      if (actor === undefined) throw new Error(`${where}: stance of unknown actor "${stance.actor}"`);
      if (actor.capability === undefined) {
        throw new Error(`${where}: actor "${actor.id}" has a stance but no capability`);
      }
      if (!(actor.capability.value > 0)) throw new Error(`${where}: actor "${actor.id}" has capability 0`);
      for (const [field, value] of [
        ["capability", actor.capability],
        ["position", stance.position],
        ["salience", stance.salience],
      ] as const) {
        checkEstimate(`${where}: actor "${actor.id}" ${field}`, value);
      }
      return {
        id: actor.id,
        capability: actor.capability,
        position: stance.position,
        salience: stance.salience,
      };
    });
    const seen = new Set<string>();
    for (const a of frameActors) {
      if (seen.has(a.id)) throw new Error(`${where}: actor "${a.id}" has two stances`);
      seen.add(a.id);
    }
    if (frameActors.length < 3) {
      throw new Error(
        `${where}: the bargaining models need at least three actors with a stance, got ${frameActors.length}` +
          (frameActors.length > 0 ? ` (${frameActors.map((a) => a.id).join(", ")})` : ""),
      );
    }
    if (frameActors.every((a) => a.salience.value === 0)) throw new Error(`${where}: total salience is zero`);
    const first = frameActors[0]?.position.value;
    if (frameActors.every((a) => a.position.value === first)) {
      throw new Error(`${where}: every actor is at position ${first}; risk attitudes are undefined`);
    }
    checkEstimate(`${where}: status quo`, issue.statusQuo);
    for (const veto of issue.vetoPlayers) {
      if (!actors.has(veto)) throw new Error(`${where}: veto player "${veto}" is not an actor of the case`);
    }
    return {
      issue: issue.id,
      name: issue.name,
      statusQuo: issue.statusQuo,
      vetoPlayers: issue.vetoPlayers,
      actors: frameActors,
    };
  });
}

function findIssue(caseFile: CaseFile, id: string) {
  const issue = caseFile.issues.find((i) => i.id === id);
  if (issue === undefined) {
    throw new Error(`issueFrames: no issue "${id}" (issues: ${caseFile.issues.map((i) => i.id).join(", ")})`);
  }
  return issue;
}

function checkEstimate(label: string, estimate: Estimate): void {
  for (const key of ["value", "low", "high"] as const) {
    const x = estimate[key];
    if (!Number.isFinite(x) || x < 0 || x > 100)
      throw new Error(`${label} ${key} is ${x}, not a number from 0 to 100`);
  }
  if (estimate.low > estimate.value || estimate.high < estimate.value) {
    throw new Error(
      `${label}: range ${estimate.low}–${estimate.high} does not contain the value ${estimate.value}`,
    );
  }
}

/** The frame at its central values. */
export function centralTable(frame: IssueFrame): IssueTable {
  return {
    issue: frame.issue,
    statusQuo: frame.statusQuo.value,
    actors: frame.actors.map((a) => ({
      id: a.id,
      capability: a.capability.value,
      position: a.position.value,
      salience: a.salience.value,
    })),
  };
}
