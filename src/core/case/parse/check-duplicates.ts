import type { CaseIndex } from "./case-index.ts";
import { idSections } from "./case-index.ts";
import { formatPath, type ProblemDraft, type ProblemPath } from "./problem.ts";
import { isRecord, type RawRecord, records, sectionItems, text } from "./raw-case.ts";

/** Ids are unique within their section; one stance per actor and issue; scenarios add only new actors. */
export function checkDuplicates(data: RawRecord, index: CaseIndex): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  for (const section of idSections) {
    const first = new Map<string, ProblemPath>();
    for (const { item, path } of sectionItems(data, section)) {
      const id = text(item, "id");
      if (id === undefined) continue;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, path);
      else
        problems.push({
          severity: "error",
          code: "duplicate-id",
          path: [...path, "id"],
          message: `duplicate id "${id}" (already used by ${formatPath(earlier)})`,
          expected: `an id not used by another item of ${section}`,
        });
    }
  }
  // Facts and judgments refer to actors and other items by bare id, so an actor's id must name nothing else.
  const actorIds = new Map<string, ProblemPath>();
  for (const { item, path } of sectionItems(data, "actors")) {
    const id = text(item, "id");
    if (id !== undefined && !actorIds.has(id)) actorIds.set(id, path);
  }
  for (const section of idSections) {
    if (section === "actors") continue;
    for (const { item, path } of sectionItems(data, section)) {
      const id = text(item, "id");
      const actor = id === undefined ? undefined : actorIds.get(id);
      if (id === undefined || actor === undefined) continue;
      problems.push({
        severity: "error",
        code: "duplicate-id",
        path: [...path, "id"],
        message: `id "${id}" is already the id of an actor (${formatPath(actor)}); an actor's id must be unique across the case`,
        expected: "an id no actor uses",
      });
    }
  }
  const stances = new Map<string, ProblemPath>();
  for (const { item, path } of sectionItems(data, "stances")) {
    const actor = text(item, "actor");
    const issue = text(item, "issue");
    if (actor === undefined || issue === undefined) continue;
    const key = `${actor}\u0000${issue}`;
    const earlier = stances.get(key);
    if (earlier === undefined) stances.set(key, path);
    else
      problems.push({
        severity: "error",
        code: "duplicate-stance",
        path,
        message: `second stance for actor "${actor}" on issue "${issue}" (already given by ${formatPath(earlier)})`,
        expected: "one stance per actor and issue",
      });
  }
  const patchLists = [
    ...sectionItems(data, "scenarios").map(({ item, path }) => records(item, "patches", path)),
    ...sectionItems(data, "recommendations").map(({ item, path }) => records(item, "lever", path)),
  ];
  for (const patches of patchLists) {
    const added = new Set<string>();
    for (const { item, path } of patches) {
      if (item.op !== "add-actor" || !isRecord(item.actor)) continue;
      const id = text(item.actor, "id");
      if (id === undefined) continue;
      if (index.actors.has(id) || added.has(id))
        problems.push({
          severity: "error",
          code: "duplicate-id",
          path: [...path, "actor", "id"],
          message: `add-actor uses the id "${id}" of an actor that already exists`,
          expected: "an id not used by another actor",
        });
      added.add(id);
    }
  }
  return problems;
}
