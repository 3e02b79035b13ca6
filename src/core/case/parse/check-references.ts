import type { CaseIndex } from "./case-index.ts";
import { suggestion } from "./did-you-mean.ts";
import type { ProblemDraft, ProblemPath } from "./problem.ts";
import { isRecord, type RawRecord, records, sectionItems, text, texts } from "./raw-case.ts";

interface Target {
  /** How the missing thing is named: `unknown actor "x"`. */
  noun: string;
  /** The `expected` of the problem. */
  expected: string;
  known: ReadonlySet<string>;
}

/** Checks that every id a case refers to is defined: actors, issues, judgments, and what facts and judgments rest on. */
export function checkReferences(data: RawRecord, index: CaseIndex): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const actor: Target = { noun: "actor", expected: "the id of an actor", known: index.actors };
  const issue: Target = { noun: "issue", expected: "the id of an issue", known: index.issues };
  const judgment: Target = { noun: "judgment", expected: "the id of a judgment", known: index.judgments };
  const subject: Target = {
    noun: "actor or issue",
    expected: "the id of an actor or an issue",
    known: new Set([...index.actors, ...index.issues]),
  };
  const basis: Target = {
    noun: "id",
    expected: "the id of a fact, event, issue, relation, scenario or other item of the case",
    known: new Set(Object.values(index).flatMap((ids) => [...ids])),
  };

  const check = (target: Target, value: string | undefined, path: ProblemPath) => {
    if (value === undefined || target.known.has(value)) return;
    problems.push({
      severity: "error",
      code: "unknown-reference",
      path,
      message: `unknown ${target.noun} ${JSON.stringify(value)}${suggestion(value, target.known)}`,
      expected: target.expected,
    });
  };
  const checkAll = (target: Target, record: RawRecord, key: string, path: ProblemPath) => {
    for (const ref of texts(record, key, path)) check(target, ref.value, ref.path);
  };
  const checkActor = (item: RawRecord, path: ProblemPath, known: Target) => {
    const parent = text(item, "parent");
    if (parent !== undefined && parent === text(item, "id"))
      problems.push({
        severity: "error",
        code: "invalid-reference",
        path: [...path, "parent"],
        message: `actor "${parent}" is its own parent`,
        expected: "the id of another actor",
      });
    else check(known, parent, [...path, "parent"]);
    for (const alias of records(item, "aliases", path)) checkAll(known, alias.item, "usedBy", alias.path);
  };
  const checkPatches = (list: ReturnType<typeof records>) => {
    const known = new Set(index.actors);
    const actors: Target = { ...actor, known };
    for (const { item, path } of list) {
      if (item.op === "add-actor" && isRecord(item.actor)) {
        const id = text(item.actor, "id");
        checkActor(item.actor, [...path, "actor"], actors);
        for (const stance of records(item, "stances", path))
          check(issue, text(stance.item, "issue"), [...stance.path, "issue"]);
        if (id !== undefined) known.add(id);
        continue;
      }
      check(actors, text(item, "actor"), [...path, "actor"]);
      check(issue, text(item, "issue"), [...path, "issue"]);
    }
  };

  for (const { item, path } of sectionItems(data, "actors")) checkActor(item, path, actor);
  checkParentCycles(data, problems);
  for (const { item, path } of sectionItems(data, "relations")) {
    check(actor, text(item, "from"), [...path, "from"]);
    check(actor, text(item, "to"), [...path, "to"]);
  }
  for (const { item, path } of sectionItems(data, "issues")) checkAll(actor, item, "vetoPlayers", path);
  for (const { item, path } of sectionItems(data, "stances")) {
    check(actor, text(item, "actor"), [...path, "actor"]);
    check(issue, text(item, "issue"), [...path, "issue"]);
  }
  for (const { item, path } of sectionItems(data, "proposals")) {
    checkAll(actor, item, "by", path);
    if (isRecord(item.positions))
      for (const key of Object.keys(item.positions)) check(issue, key, [...path, "positions", key]);
  }
  for (const { item, path } of sectionItems(data, "mediation")) {
    checkAll(actor, item, "conveners", path);
    checkAll(actor, item, "participants", path);
    checkAll(issue, item, "issues", path);
  }
  for (const { item, path } of sectionItems(data, "facts"))
    check(subject, text(item, "subject"), [...path, "subject"]);
  for (const { item, path } of sectionItems(data, "events")) {
    checkAll(actor, item, "actors", path);
    const initiator = text(item, "initiator");
    if (initiator !== "contested" && initiator !== "unknown") check(actor, initiator, [...path, "initiator"]);
  }
  for (const { item, path } of sectionItems(data, "judgments")) {
    checkAll(basis, item, "restsOn", path);
    if (isRecord(item.claim)) check(issue, text(item.claim, "issue"), [...path, "claim", "issue"]);
  }
  for (const { item, path } of sectionItems(data, "recommendations")) {
    checkAll(actor, item, "addressees", path);
    checkAll(judgment, item, "judgments", path);
    checkPatches(records(item, "lever", path));
  }
  for (const { item, path } of sectionItems(data, "scenarios")) checkPatches(records(item, "patches", path));
  return problems;
}

/** A parent chain that loops back (a → b → a) has no top; report it once, at the first actor on the loop. */
function checkParentCycles(data: RawRecord, problems: ProblemDraft[]): void {
  const actors = sectionItems(data, "actors");
  const parentOf = new Map<string, string>();
  const pathOf = new Map<string, ProblemPath>();
  for (const { item, path } of actors) {
    const id = text(item, "id");
    const parent = text(item, "parent");
    if (id === undefined || parent === undefined || parent === id || parentOf.has(id)) continue;
    parentOf.set(id, parent);
    pathOf.set(id, path);
  }
  const reported = new Set<string>();
  for (const start of parentOf.keys()) {
    const chain: string[] = [start];
    let next = parentOf.get(start);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = parentOf.get(next);
    }
    if (next !== start || chain.some((id) => reported.has(id))) continue;
    for (const id of chain) reported.add(id);
    problems.push({
      severity: "error",
      code: "invalid-reference",
      path: [...(pathOf.get(start) ?? []), "parent"],
      message: `actors' parents form a loop: ${[...chain, start].join(" → ")}`,
      expected: "a parent chain that ends at an actor without a parent",
    });
  }
}
