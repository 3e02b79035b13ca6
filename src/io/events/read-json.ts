import { readFile } from "node:fs/promises";

export type JsonItem = { value: unknown; line: number } | { error: string; line: number };

/**
 * Reads a JSON array file or newline-delimited JSON, giving each top-level item with the line it starts on.
 * A malformed NDJSON line is an item with an error (the rest of the file is still read); a malformed JSON
 * array fails as a whole, since no item boundaries can be trusted then.
 */
export async function readJsonItems(
  path: string,
  /** Read the array under this key of a top-level object (an ACLED API response's `data`). */
  options: { arrayKey?: string } = {},
): Promise<{ ok: true; items: JsonItem[] } | { ok: false; message: string }> {
  const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  if (text.trimStart().startsWith("{") && options.arrayKey !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
    }
    const array = (parsed as Record<string, unknown> | null)?.[options.arrayKey];
    if (!Array.isArray(array)) return { ok: false, message: `expected an array under "${options.arrayKey}"` };
    const at = text.search(new RegExp(`"${options.arrayKey}"\\s*:\\s*\\[`));
    const lines = itemStartLines(text, text.indexOf("[", at));
    return { ok: true, items: array.map((value, i) => ({ value, line: lines[i] ?? 1 })) };
  }
  if (text.trimStart().startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
    }
    if (!Array.isArray(parsed)) return { ok: false, message: "expected a JSON array" };
    const lines = itemStartLines(text);
    return { ok: true, items: parsed.map((value, i) => ({ value, line: lines[i] ?? 1 })) };
  }
  const items: JsonItem[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    if (lineText.trim() === "") return;
    try {
      items.push({ value: JSON.parse(lineText), line: i + 1 });
    } catch (error) {
      items.push({ error: `not valid JSON: ${(error as Error).message}`, line: i + 1 });
    }
  });
  return { ok: true, items };
}

/** Start lines of the items of the JSON array opening at `from` (default: the top-level array), by a scan
 *  that skips strings. */
function itemStartLines(text: string, from = 0): number[] {
  const starts: number[] = [];
  let depth = 0;
  let line = 1;
  for (let i = 0; i < from; i++) if (text[i] === "\n") line++;
  let inString = false;
  let expectItem = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectItem && ch !== undefined && !/\s/.test(ch) && ch !== "]") {
      starts.push(line);
      expectItem = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) expectItem = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expectItem = true;
  }
  return starts;
}
