import { isAlias, isMap, isScalar, isSeq, type Pair } from "yaml";
import type { ProblemDraft, ProblemPath } from "./problem.ts";
import { type Position, positionAt, resolveNode, type YamlFile } from "./yaml-file.ts";

/** Where each part of a merged case came from: the file and YAML node behind every top-level key and list item. */
export interface CaseOrigins {
  /** The file a problem about the case as a whole is reported against (the first one, `case.yaml`). */
  root: YamlFile | undefined;
  /** The pair of each top-level key (for a list section spread over files: the first file's). */
  keys: Map<string, { file: YamlFile; pair: Pair }>;
  /** For each list section, the file and node of every item, in merged order. */
  items: Map<string, Array<{ file: YamlFile; node: unknown }>>;
}

export interface Location extends Position {
  file: string;
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value ?? "");
  return String(key ?? "");
}

/** The last pair for `key` in a map node: the one whose value the parsed data holds. */
export function findPair(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  let found: Pair | undefined;
  for (const pair of map.items) if (keyText(pair.key) === key) found = pair;
  return found;
}

function nodeStart(file: YamlFile, node: unknown): Position | undefined {
  const range = (resolveNode(file, node) as { range?: [number, number, number] } | undefined)?.range;
  const aliasRange = (node as { range?: [number, number, number] } | undefined)?.range;
  const offset = aliasRange?.[0] ?? range?.[0];
  return offset === undefined ? undefined : positionAt(file, offset);
}

/**
 * Walks `path` down from `node`, stopping at the deepest node that exists. Inside an alias (`*a`) the problem
 * is reported at the alias, not at its anchor, so each use of a shared node shows up where it is used.
 */
function walk(file: YamlFile, start: unknown, path: ProblemPath, at: ProblemDraft["at"]): Position {
  let node: unknown = start;
  let parent: unknown = start;
  let key: unknown;
  let alias: unknown = isAlias(start) ? start : undefined;
  const result = (target: unknown) =>
    nodeStart(file, alias ?? target) ?? nodeStart(file, node) ?? positionAt(file, 0);
  for (const segment of path) {
    const current = resolveNode(file, node);
    if (alias === undefined && isAlias(node)) alias = node;
    if (isMap(current)) {
      const pair = findPair(current, String(segment));
      if (pair === undefined) return result(node);
      parent = node;
      key = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(current) && typeof segment === "number" && current.items[segment] !== undefined) {
      parent = node;
      key = undefined;
      node = current.items[segment];
    } else {
      return result(node);
    }
  }
  if (alias === undefined && isAlias(node) && at !== "key") alias = node;
  return result(at === "key" && key !== undefined ? key : at === "parent" ? parent : node);
}

/** Finds the file, line and column of the node at `path` in the merged case. */
export function locate(origins: CaseOrigins, path: ProblemPath, at: ProblemDraft["at"]): Location {
  const [section, index, ...rest] = path;
  const items = typeof section === "string" ? origins.items.get(section) : undefined;
  const item = typeof index === "number" ? items?.[index] : undefined;
  if (item !== undefined) {
    return { file: item.file.name, ...walk(item.file, item.node, rest, at) };
  }
  const origin = typeof section === "string" ? origins.keys.get(section) : undefined;
  if (origin !== undefined) {
    if (path.length === 1 && at !== "value") {
      const node = at === "key" ? origin.pair.key : origin.file.doc?.contents;
      return { file: origin.file.name, ...(nodeStart(origin.file, node) ?? positionAt(origin.file, 0)) };
    }
    return {
      file: origin.file.name,
      ...walk(origin.file, origin.pair.value ?? origin.pair.key, path.slice(1), at),
    };
  }
  const root = origins.root;
  if (root === undefined) return { file: "", line: 1, column: 1 };
  return { file: root.name, ...(nodeStart(root, root.doc?.contents) ?? positionAt(root, 0)) };
}
