import { type ListSection, listSections } from "../case-file.ts";
import { type RawRecord, sectionItems, text } from "./raw-case.ts";

/** The sections whose items carry an `id` others may refer to: every list section but the stances. */
export type IdSection = Exclude<ListSection, "stances">;
export const idSections: readonly IdSection[] = listSections.filter(
  (section): section is IdSection => section !== "stances",
);

/** Every id defined in each section of a (possibly invalid) case. */
export type CaseIndex = Record<IdSection, Set<string>>;

export function indexCase(data: RawRecord): CaseIndex {
  const index = Object.fromEntries(idSections.map((section) => [section, new Set<string>()])) as CaseIndex;
  for (const section of idSections)
    for (const { item } of sectionItems(data, section)) {
      const id = text(item, "id");
      if (id !== undefined) index[section].add(id);
    }
  return index;
}
