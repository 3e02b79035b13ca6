import { isMap, isSeq, parseDocument } from "yaml";
import { type ListSection, listSections } from "../case-file.ts";

/** Where one list item of the merged case lives: which file and which path inside it. */
export interface ItemLocation {
  section: ListSection;
  /** Position in the merged list, the order the loader concatenates files in. */
  index: number;
  file: string;
  path: [ListSection, number];
  /** The item's id, or for stances its `actor/issue` pair. */
  key: string | undefined;
}

/** Maps every list item of a multi-file case to its file and path, so an edit can be addressed to it. */
export function locateItems(files: ReadonlyArray<{ name: string; text: string }>): ItemLocation[] {
  const locations: ItemLocation[] = [];
  const counts = new Map<ListSection, number>();
  for (const file of files) {
    const document = parseDocument(file.text);
    if (!isMap(document.contents)) continue;
    for (const section of listSections) {
      const list = document.get(section, true);
      if (!isSeq(list)) continue;
      list.items.forEach((item, localIndex) => {
        const index = counts.get(section) ?? 0;
        counts.set(section, index + 1);
        locations.push({ section, index, file: file.name, path: [section, localIndex], key: keyOf(item) });
      });
    }
  }
  return locations;
}

function keyOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const id = item.get("id");
  if (typeof id === "string") return id;
  const actor = item.get("actor");
  const issue = item.get("issue");
  return typeof actor === "string" && typeof issue === "string" ? `${actor}/${issue}` : undefined;
}
