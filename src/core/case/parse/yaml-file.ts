import {
  type Document,
  isAlias,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
  type YAMLError,
} from "yaml";
import type { Problem } from "./problem.ts";

/** One YAML file of a case, parsed with its positions kept so every problem can name a line and column. */
export interface YamlFile {
  name: string;
  text: string;
  /** The file's document; `undefined` when the file holds no document at all (empty or comments only). */
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  /** The document as plain data; `undefined` when it could not be built (e.g. an unresolved alias). */
  data: unknown;
  /**
   * The YAML is malformed (beyond duplicate keys), so its data is a guess: schema problems located in this
   * file would mostly echo the syntax error and are left out until it is fixed.
   */
  broken: boolean;
}

export interface Position {
  line: number;
  column: number;
}

export function positionAt(file: YamlFile, offset: number): Position {
  const { line, col } = file.lineCounter.linePos(Math.max(0, Math.min(offset, file.text.length)));
  return { line: Math.max(1, line), column: Math.max(1, col) };
}

/** Enough aliases for any honest case; more is an alias bomb, reported instead of expanded. */
const maxAliasCount = 1000;

/** The yaml library's messages, reworded to start lower-case and say what to do where that helps. */
function describeYamlError(error: YAMLError, text: string): { code: string; message: string } {
  const detail = error.message.replace(/\s+at line \d+, column \d+[\s\S]*$/, "");
  const plain = detail.charAt(0).toLowerCase() + detail.slice(1);
  if (error.code === "DUPLICATE_KEY") {
    const key = (/^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2");
    return { code: "duplicate-key", message: `duplicate key "${key}" (each key may appear once in a map)` };
  }
  return { code: "yaml-syntax", message: plain };
}

/** Parses one file; YAML errors and warnings come back as problems, never as exceptions. */
export function parseYamlFile(name: string, text: string): { file: YamlFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const file: YamlFile = { name, text, doc: undefined, lineCounter, data: undefined, broken: false };
  const at = (offset: number) => positionAt(file, offset);
  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    logLevel: "silent",
    uniqueKeys: true,
  });
  const doc = docs[0];
  file.doc = doc;
  for (const extra of docs.slice(1)) {
    const offset = extra.range[0];
    problems.push({
      severity: "error",
      code: "multiple-documents",
      file: name,
      ...at(offset),
      path: [],
      message:
        "a case file holds one YAML document; remove the second one (after ---) or move it to its own file",
    });
  }
  if (doc === undefined) return { file, problems };
  for (const error of [...doc.errors, ...doc.warnings]) {
    const { code, message } = describeYamlError(error, text);
    if (error.name === "YAMLParseError" && error.code !== "DUPLICATE_KEY") file.broken = true;
    problems.push({
      severity: error.name === "YAMLWarning" ? "warning" : "error",
      code,
      file: name,
      ...at(error.pos[0]),
      path: [],
      message,
    });
  }
  let unresolved = false;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return;
      unresolved = true;
      file.broken = true;
      problems.push({
        severity: "error",
        code: "yaml-syntax",
        file: name,
        ...at(alias.range?.[0] ?? 0),
        path: [],
        message: `unresolved alias *${alias.source} (the anchor &${alias.source} must be set before it is used)`,
      });
    },
  });
  if (!unresolved) {
    try {
      file.data = doc.toJS({ maxAliasCount });
    } catch (error) {
      file.broken = true;
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        severity: "error",
        code: "yaml-syntax",
        file: name,
        ...at(0),
        path: [],
        message: `the YAML could not be read as data: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
      });
    }
  }
  return { file, problems };
}

/** Follows an alias to the node it stands for (once; the yaml library rejects alias cycles). */
export function resolveNode(file: YamlFile, node: unknown): Node | undefined {
  if (isAlias(node)) return file.doc === undefined ? undefined : (node.resolve(file.doc) ?? undefined);
  return (node as Node | null | undefined) ?? undefined;
}
