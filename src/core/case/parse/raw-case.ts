import type { ListSection } from "../case-file.ts";
import type { ProblemPath } from "./problem.ts";

/**
 * A defensive view of case data before (or despite failing) validation, so the semantic checks can report
 * broken references in the same run as type errors. Anything of the wrong shape is simply skipped.
 */
export type RawRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface RawItem {
  item: RawRecord;
  path: ProblemPath;
}

/** The map items of one list section, each with its path. */
export function sectionItems(data: RawRecord, section: ListSection): RawItem[] {
  const list = data[section];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isRecord(item) ? [{ item, path: [section, index] }] : []));
}

/** The string at `key`, if it is one. */
export function text(record: RawRecord, key: string): string | undefined {
  const value = record[key];
  return typeof value === "string" ? value : undefined;
}

/** The strings of a list at `key` with their paths (non-strings skipped). */
export function texts(
  record: RawRecord,
  key: string,
  path: ProblemPath,
): Array<{ value: string; path: ProblemPath }> {
  const list = record[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) =>
    typeof value === "string" ? [{ value, path: [...path, key, index] }] : [],
  );
}

/** The map items of a list at `key` with their paths. */
export function records(record: RawRecord, key: string, path: ProblemPath): RawItem[] {
  const list = record[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isRecord(item) ? [{ item, path: [...path, key, index] }] : []));
}
