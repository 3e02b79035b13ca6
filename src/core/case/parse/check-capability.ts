import type { ProblemDraft } from "./problem.ts";
import { isRecord, type RawRecord, records, sectionItems, text } from "./raw-case.ts";

function lacksCapability(actor: RawRecord): boolean {
  return actor.capability === undefined || actor.capability === null;
}

/** An actor that takes positions bargains, and bargaining models weigh it by capability: it must have one. */
export function checkCapability(data: RawRecord): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const withStances = new Set<string>();
  for (const { item } of sectionItems(data, "stances")) {
    const actor = text(item, "actor");
    if (actor !== undefined) withStances.add(actor);
  }
  const reported = new Set<string>();
  for (const { item, path } of sectionItems(data, "actors")) {
    const id = text(item, "id");
    if (id === undefined || !withStances.has(id) || !lacksCapability(item) || reported.has(id)) continue;
    reported.add(id);
    problems.push({
      severity: "error",
      code: "missing-capability",
      path: [...path, "capability"],
      message: `actor "${id}" has stances but no capability`,
      expected: "a capability from 0 to 100 for every actor with stances",
      at: "parent",
    });
  }
  const patchLists = [
    ...sectionItems(data, "scenarios").map(({ item, path }) => records(item, "patches", path)),
    ...sectionItems(data, "recommendations").map(({ item, path }) => records(item, "lever", path)),
  ];
  for (const patches of patchLists)
    for (const { item, path } of patches) {
      if (item.op !== "add-actor" || !isRecord(item.actor) || !Array.isArray(item.stances)) continue;
      if (item.stances.length === 0 || !lacksCapability(item.actor)) continue;
      problems.push({
        severity: "error",
        code: "missing-capability",
        path: [...path, "actor", "capability"],
        message: `added actor "${text(item.actor, "id") ?? "?"}" has stances but no capability`,
        expected: "a capability from 0 to 100 for every actor with stances",
        at: "parent",
      });
    }
  return problems;
}
