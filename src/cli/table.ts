import Table from "cli-table3";
import type { Colors } from "./terminal.ts";

/** No rule between body rows, so long tables keep to one line per row in a terminal. */
const compact = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };

/**
 * A terminal table with a bold cyan header (none when `head` is empty). Columns given a width in
 * `colWidths` wrap on word boundaries; `null` or no `colWidths` fits the content.
 */
export function table(
  head: readonly string[],
  colors: Colors,
  colWidths?: Array<number | null>,
): Table.Table {
  return new Table({
    head: head.map((h) => colors.bold(colors.cyan(h))),
    style: { head: [], border: [] },
    chars: compact,
    wordWrap: true,
    wrapOnWordBoundary: true,
    ...(colWidths === undefined ? {} : { colWidths }),
  });
}

/** A heading printed above a table. */
export function title(text: string, colors: Colors): string {
  return `\n${colors.bold(text)}\n`;
}
