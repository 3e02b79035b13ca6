import { Document, isCollection, isScalar, isSeq, parseDocument, Scalar } from "yaml";
import { editYaml, type YamlEdit } from "../../core/case/edit/edit-yaml.ts";

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A value as YAML on one line (`38`, `moderate`, `{ source: s, locator: "x" }`, `[]`). */
function inline(value: unknown): string {
  return new Document(value).toString({ collectionStyle: "flow", lineWidth: 0 }).trimEnd();
}

/** The column a node starts at, for lining up a block list's items. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/**
 * Applies edits in the source text itself: each `set` replaces only the characters of the value it changes
 * (a number in a `{ value, low, high }` map, a confidence word, a stance's evidence list, rendered as one
 * flow map per citation like the analyst's), and an `append` to a list that ends the file writes after the
 * last byte. Comments, folded `>-` paragraphs, flow maps and blank lines elsewhere stay as written. The
 * result is parsed again and must hold exactly the edited values; otherwise — and for any edit this cannot
 * place — the edits go through `editYaml` (document model: comments kept, layout re-rendered).
 */
export function editYamlInPlace(text: string, edits: readonly YamlEdit[]): string {
  const document = parseDocument(text);
  if (document.errors.length > 0) return editYaml(text, edits);
  if (edits.length === 1 && edits[0]?.op === "append")
    return appendAtEnd(text, document, edits[0]) ?? editYaml(text, edits);
  const replacements: Replacement[] = [];
  for (const edit of edits) {
    const replacement = edit.op === "set" ? replacementFor(text, document, edit.path, edit.value) : undefined;
    if (replacement === undefined) return editYaml(text, edits);
    replacements.push(replacement);
  }
  replacements.sort((a, b) => b.start - a.start);
  for (let i = 1; i < replacements.length; i++) {
    if ((replacements[i] as Replacement).end > (replacements[i - 1] as Replacement).start)
      return editYaml(text, edits);
  }
  let result = text;
  for (const r of replacements) result = result.slice(0, r.start) + r.text + result.slice(r.end);
  const check = parseDocument(result);
  const holds =
    check.errors.length === 0 &&
    edits.every(
      (e) => e.op === "set" && JSON.stringify(check.getIn(e.path)) === JSON.stringify(toJson(e.value)),
    );
  return holds ? result : editYaml(text, edits);
}

function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function replacementFor(
  text: string,
  document: Document.Parsed,
  path: ReadonlyArray<string | number>,
  value: unknown,
): Replacement | undefined {
  const node = document.getIn(path, true);
  if (!isScalar(node) && !isCollection(node)) return undefined;
  if (node.range == null) return undefined;
  const [start, end] = node.range;
  if (isScalar(node)) {
    // Only plain and quoted scalars: a block scalar's range spans its header and lines.
    if (node.type !== Scalar.PLAIN && node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE)
      return undefined;
    return { start, end, text: inline(value) };
  }
  if (node.flow) return { start, end, text: inline(value) };
  // A block collection starts on its own line: a block list stays one, anything else goes there inline.
  if (!isSeq(node) || !Array.isArray(value) || value.length === 0) {
    return { start, end: trimmedEnd(text, start, end), text: inline(value) };
  }
  // Items that did not change keep their own text (quotes, comments inside flow maps).
  const unchanged = node.items.flatMap((item) =>
    (isScalar(item) || isCollection(item)) && item.range != null
      ? [{ json: JSON.stringify(item.toJSON()), range: item.range }]
      : [],
  );
  const items = value.map((item) => {
    const json = JSON.stringify(toJson(item));
    const at = unchanged.findIndex((u) => u.json === json);
    const kept = at < 0 ? undefined : unchanged.splice(at, 1)[0];
    return kept === undefined ? inline(item) : text.slice(kept.range[0], kept.range[1]);
  });
  const indent = " ".repeat(columnOf(text, start));
  return {
    start,
    end: trimmedEnd(text, start, end),
    text: items.map((item) => `- ${item}`).join(`\n${indent}`),
  };
}

/** A block collection's range runs to the next key's line; keep the newline and indentation after it. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}

/**
 * Appends an item to a block list that ends the file (a new scenario in scenarios.yaml) by writing it after
 * the last byte: nothing before it is touched. Undefined when the list is elsewhere or absent.
 */
function appendAtEnd(
  text: string,
  document: Document.Parsed,
  edit: Extract<YamlEdit, { op: "append" }>,
): string | undefined {
  const list = document.getIn(edit.path, true);
  if (!isSeq(list) || list.flow || list.range == null || list.items.length === 0) return undefined;
  const [start, , end] = list.range;
  if (text.slice(end).trim() !== "") return undefined;
  const column = columnOf(text, start);
  const rendered = new Document([edit.value]).toString({ lineWidth: 100 });
  const indented = rendered
    .trimEnd()
    .split("\n")
    .map((line) => (line === "" ? line : " ".repeat(column) + line))
    .join("\n");
  return `${text.replace(/\s*$/, "\n")}${indented}\n`;
}
