import { Composer, CST, Document, isScalar, isSeq, Parser } from "yaml";
import { editYaml, type YamlEdit } from "../../core/case/edit/edit-yaml.ts";

/** Values written as plain scalars exactly as they read: numbers, booleans and bare words such as `moderate`. */
function plainText(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  if (
    typeof value === "string" &&
    /^[a-z][a-z0-9-]*$/.test(value) &&
    !["true", "false", "null", "yes", "no", "on", "off"].includes(value)
  )
    return value;
  return undefined;
}

/**
 * Applies edits that only replace scalars (a stance's value, low, high, confidence) in the source text
 * itself, through the yaml library's CST: every other byte of the file — comments, folded `>-` paragraphs,
 * flow maps, blank lines — stays as the analyst wrote it. Any other edit goes through `editYaml` (document
 * model: comments kept, layout re-rendered).
 */
export function editYamlInPlace(text: string, edits: readonly YamlEdit[]): string {
  const tokens = [...new Parser().parse(text)];
  const documents = [...new Composer({ keepSourceTokens: true }).compose(tokens, true)];
  const document = documents[0];
  if (documents.length !== 1 || document === undefined || document.errors.length > 0)
    return editYaml(text, edits);
  if (edits.length === 1 && edits[0]?.op === "append")
    return appendAtEnd(text, document, edits[0]) ?? editYaml(text, edits);
  const replacements: Array<{ token: CST.Token; text: string }> = [];
  for (const edit of edits) {
    if (edit.op !== "set") return editYaml(text, edits);
    const value = plainText(edit.value);
    const node = document.getIn(edit.path, true);
    if (
      value === undefined ||
      !isScalar(node) ||
      node.srcToken === undefined ||
      !CST.isScalar(node.srcToken)
    ) {
      return editYaml(text, edits);
    }
    replacements.push({ token: node.srcToken, text: value });
  }
  for (const { token, text: value } of replacements) CST.setScalarValue(token, value, { type: "PLAIN" });
  return tokens.map((token) => CST.stringify(token)).join("");
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
  const column = start - (text.lastIndexOf("\n", start - 1) + 1);
  const rendered = new Document([edit.value]).toString({ lineWidth: 100 });
  const indented = rendered
    .trimEnd()
    .split("\n")
    .map((line) => (line === "" ? line : " ".repeat(column) + line))
    .join("\n");
  return `${text.replace(/\s*$/, "\n")}${indented}\n`;
}
