import type { CaseFile } from "../case/index.ts";
import type { BaselineActor } from "../models/bargaining/baselines/index.ts";

/** The actors that bargain on an issue: a stance there and a capability (an actor without one has no say). */
export function issueActors(caseFile: CaseFile, issue: string): BaselineActor[] {
  const capability = new Map(caseFile.actors.map((a) => [a.id, a.capability?.value]));
  return caseFile.stances
    .filter((s) => s.issue === issue)
    .flatMap((s) => {
      const c = capability.get(s.actor);
      return c === undefined
        ? []
        : [{ id: s.actor, capability: c, position: s.position.value, salience: s.salience.value }];
    });
}
