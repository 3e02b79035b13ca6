import { type Document, isCollection, isDocument, isNode, isScalar, parseDocument } from "yaml";
import { z } from "zod";

const PathSegment = z.union([z.string().min(1), z.int().min(0)]);

/** One change to a case file, addressed by its path inside the YAML document. */
export const YamlEdit = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("set"), path: z.array(PathSegment).min(1), value: z.unknown() }),
  z.strictObject({ op: z.literal("delete"), path: z.array(PathSegment).min(1) }),
  z.strictObject({ op: z.literal("append"), path: z.array(PathSegment).min(1), value: z.unknown() }),
]);
export type YamlEdit = z.output<typeof YamlEdit>;

/**
 * Applies edits through the yaml library's document model, so the analyst's comments, key order and layout
 * survive everywhere the edit does not reach. Throws when the text does not parse or a path does not exist.
 */
export function editYaml(text: string, edits: readonly YamlEdit[]): string {
  const document = parseDocument(text, { keepSourceTokens: true });
  if (document.errors.length > 0) {
    throw new Error(`editYaml: the file does not parse: ${document.errors[0]?.message ?? "unknown error"}`);
  }
  for (const edit of edits) {
    const parent = edit.path.slice(0, -1);
    const container = parent.length === 0 ? document.contents : document.getIn(parent, true);
    if (!isCollection(container) && !(parent.length === 0 && isDocument(document))) {
      throw new Error(`editYaml: no collection at ${parent.join("/") || "the top level"}`);
    }
    switch (edit.op) {
      case "set":
        setKeepingComments(document, edit.path, edit.value);
        break;
      case "delete":
        if (!document.hasIn(edit.path))
          throw new Error(`editYaml: nothing to delete at ${edit.path.join("/")}`);
        document.deleteIn(edit.path);
        break;
      case "append":
        if (!document.hasIn(edit.path)) document.setIn(edit.path, document.createNode([]));
        document.addIn(edit.path, document.createNode(edit.value));
        break;
      default:
        edit satisfies never;
    }
  }
  return document.toString({ lineWidth: 0 });
}

/** Replaces a value, keeping the comments attached to the node it replaces. */
function setKeepingComments(document: Document, path: ReadonlyArray<string | number>, value: unknown): void {
  const existing = document.getIn(path, true);
  const isPrimitive = value === null || ["string", "number", "boolean"].includes(typeof value);
  if (isScalar(existing) && isPrimitive) {
    existing.value = value;
    return;
  }
  const node = document.createNode(value);
  if (isNode(existing)) {
    node.comment = existing.comment ?? null;
    node.commentBefore = existing.commentBefore ?? null;
  }
  document.setIn(path, node);
}
