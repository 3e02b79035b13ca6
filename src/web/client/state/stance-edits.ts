import { parse } from "yaml";
import type { YamlEdit } from "../../../core/case/edit/edit-yaml.ts";
import type { ItemLocation } from "../../../core/case/edit/locate-items.ts";
import type { CaseFile, Confidence, Estimate, Evidence, Patch, Stance } from "../../../core/case/index.ts";

/** The analyst's unsaved values for one stance. */
export interface StanceDraft {
  readonly position: Estimate;
  readonly salience: Estimate;
  readonly confidence: Confidence;
  /** Present once the analyst has changed the stance's citations. */
  readonly evidence?: Evidence;
}

/** Unsaved stance edits by `actor/issue`. */
export type StanceEdits = ReadonlyMap<string, StanceDraft>;

export const stanceKey = (actor: string, issue: string) => `${actor}/${issue}`;

export function draftOf(stance: Stance): StanceDraft {
  return { position: stance.position, salience: stance.salience, confidence: stance.confidence };
}

/**
 * A range that contains its value: a typed value outside its range is reported by validation (as the CLI
 * would), while the forecast goes on with the range stretched to the value.
 */
function containing(estimate: Estimate): Estimate {
  return {
    value: estimate.value,
    low: Math.min(estimate.low, estimate.value),
    high: Math.max(estimate.high, estimate.value),
  };
}

/** The edits as scenario patches: what the live forecast applies and what a new scenario records. */
export function editPatches(edits: StanceEdits): Patch[] {
  return [...edits].flatMap(([key, draft]) => {
    const [actor = "", issue = ""] = key.split("/");
    return [
      { op: "set-position", actor, issue, value: containing(draft.position) },
      { op: "set-salience", actor, issue, value: containing(draft.salience) },
    ] satisfies Patch[];
  });
}

/** The case with the edits applied, stance by stance (confidence included, unlike patches). */
export function editedCase(caseFile: CaseFile, edits: StanceEdits): CaseFile {
  if (edits.size === 0) return caseFile;
  return {
    ...caseFile,
    stances: caseFile.stances.map((s) => {
      const draft = edits.get(stanceKey(s.actor, s.issue));
      return draft === undefined ? s : { ...s, ...draft };
    }),
  };
}

const parsedFiles = new Map<string, unknown>();
function rawOf(text: string): unknown {
  let value = parsedFiles.get(text);
  if (value === undefined) {
    value = parse(text);
    parsedFiles.clear();
    parsedFiles.set(text, value);
  }
  return value;
}

/**
 * YAML edits per file for the stance edits, addressed through the item locations. A value written as a map
 * keeps its form (only the changed keys are set, so `{ value, low, high }` stays on one line); a plain number
 * stays a number unless the analyst gave it a range.
 */
export function yamlEdits(
  files: ReadonlyArray<{ name: string; text: string }>,
  locations: readonly ItemLocation[],
  edits: StanceEdits,
): Map<string, YamlEdit[]> {
  const result = new Map<string, YamlEdit[]>();
  for (const [key, draft] of edits) {
    const location = locations.find((l) => l.section === "stances" && l.key === key);
    const file = files.find((f) => f.name === location?.file);
    if (location === undefined || file === undefined)
      throw new Error(`yamlEdits: no stance ${key} in the case files`);
    const raw = ((rawOf(file.text) as { stances?: unknown[] })?.stances?.[location.path[1]] ?? {}) as Record<
      string,
      unknown
    >;
    const list = result.get(file.name) ?? [];
    for (const field of ["position", "salience"] as const) {
      list.push(...estimateEdits([...location.path, field], raw[field], draft[field]));
    }
    if (raw.confidence !== draft.confidence)
      list.push({ op: "set", path: [...location.path, "confidence"], value: draft.confidence });
    if (draft.evidence !== undefined)
      list.push({ op: "set", path: [...location.path, "evidence"], value: draft.evidence });
    if (list.length > 0) result.set(file.name, list);
  }
  return result;
}

function estimateEdits(path: Array<string | number>, raw: unknown, next: Estimate): YamlEdit[] {
  if (typeof raw === "object" && raw !== null) {
    const old = raw as Partial<Record<keyof Estimate, number>>;
    return (["value", "low", "high"] as const).flatMap((k): YamlEdit[] => {
      const current = old[k] ?? old.value;
      return current === next[k] ? [] : [{ op: "set", path: [...path, k], value: next[k] }];
    });
  }
  if (next.low === next.value && next.high === next.value) {
    return raw === next.value ? [] : [{ op: "set", path, value: next.value }];
  }
  return [{ op: "set", path, value: { value: next.value, low: next.low, high: next.high } }];
}
