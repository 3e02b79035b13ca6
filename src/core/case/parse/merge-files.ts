import { isMap, isSeq } from "yaml";
import { type ListSection, listSections } from "../case-file.ts";
import { type CaseOrigins, findPair, locate } from "./case-origins.ts";
import { describeValue } from "./describe-value.ts";
import type { Problem } from "./problem.ts";
import { isRecord } from "./raw-case.ts";
import { positionAt, resolveNode, type YamlFile } from "./yaml-file.ts";

function isListSection(key: string): key is ListSection {
  return (listSections as readonly string[]).includes(key);
}

/**
 * Merges the files of one case: list sections concatenate in file order; any other key (`meta`, or a key
 * the schema does not know) may appear in one file only.
 */
export function mergeFiles(files: readonly YamlFile[]): {
  data: Record<string, unknown>;
  origins: CaseOrigins;
  problems: Problem[];
} {
  const data: Record<string, unknown> = {};
  const origins: CaseOrigins = { root: files[0], keys: new Map(), items: new Map() };
  const problems: Problem[] = [];
  const filesWith = new Map<string, number>();
  for (const file of files)
    if (isRecord(file.data))
      for (const key of Object.keys(file.data)) filesWith.set(key, (filesWith.get(key) ?? 0) + 1);

  for (const file of files) {
    const contents = file.doc?.contents;
    if (file.data === undefined && file.broken) continue; // already reported as a YAML problem
    if (file.data === undefined || file.data === null) {
      problems.push({
        severity: "warning",
        code: "empty-file",
        file: file.name,
        ...positionAt(file, 0),
        path: [],
        message: "the file holds no case sections",
      });
      continue;
    }
    if (!isRecord(file.data)) {
      file.broken = true;
      problems.push({
        severity: "error",
        code: "wrong-type",
        file: file.name,
        ...positionAt(file, (contents as { range?: number[] } | null)?.range?.[0] ?? 0),
        path: [],
        message: `expected a map of case sections (meta, sources, actors, …) at the top of the file, got ${describeValue(file.data)}`,
        expected: "a map of case sections",
      });
      continue;
    }
    for (const [key, value] of Object.entries(file.data)) {
      const pair = findPair(contents, key);
      if (pair === undefined || !isMap(contents)) continue;
      const seen = origins.keys.get(key);
      if (isListSection(key) && (filesWith.get(key) ?? 0) > 1) {
        const node = resolveNode(file, pair.value);
        if (!Array.isArray(value) || !isSeq(node)) {
          problems.push({
            severity: "error",
            code: "wrong-type",
            file: file.name,
            ...positionAt(file, (pair.value as { range?: number[] } | null)?.range?.[0] ?? 0),
            path: [key],
            message: `expected a list, got ${describeValue(value)}`,
            expected: "a list",
          });
          continue;
        }
        const merged = (data[key] as unknown[] | undefined) ?? [];
        const items = origins.items.get(key) ?? [];
        value.forEach((item, index) => {
          merged.push(item);
          items.push({ file, node: node.items[index] });
        });
        data[key] = merged;
        origins.items.set(key, items);
        if (seen === undefined) origins.keys.set(key, { file, pair });
        continue;
      }
      if (seen !== undefined) {
        const first = locate(origins, [key], "key");
        problems.push({
          severity: "error",
          code: "duplicate-section",
          file: file.name,
          ...positionAt(file, (pair.key as { range?: number[] } | null)?.range?.[0] ?? 0),
          path: [key],
          message: `"${key}" is already given in ${first.file} line ${first.line} (only list sections may be split over several files)`,
        });
        continue;
      }
      data[key] = value;
      origins.keys.set(key, { file, pair });
      const node = resolveNode(file, pair.value);
      if (isListSection(key) && Array.isArray(value) && isSeq(node))
        origins.items.set(
          key,
          value.map((_, index) => ({ file, node: node.items[index] })),
        );
    }
  }
  return { data, origins, problems };
}
