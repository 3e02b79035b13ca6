import type { BdmActor } from "./bdm/input.ts";

/**
 * The BDM CSV table used by the public replications and `shared/negotiation/data/bdm/`:
 * header `Actor,Capability,Position,Salience` (any order, any case, extra columns ignored), one row per
 * actor, salience in [0, 1]. RFC 4180 quoting, CRLF or LF, an optional byte-order mark.
 */
const columns = ["actor", "capability", "position", "salience"] as const;

/** Parses a BDM CSV table; throws an Error naming the row (1 = header) and column on bad data. */
export function parseBdmCsv(text: string): { actors: BdmActor[] } {
  const rows = csvRows(text.replace(/^\uFEFF/, ""));
  const header = rows[0];
  if (header === undefined) throw new Error("parseBdmCsv: empty input");
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const index = Object.fromEntries(
    columns.map((column) => {
      const at = names.indexOf(column);
      if (at < 0)
        throw new Error(
          `parseBdmCsv: row 1: missing column "${column}" (need Actor,Capability,Position,Salience)`,
        );
      return [column, at];
    }),
  ) as Record<(typeof columns)[number], number>;

  const seen = new Set<string>();
  const actors = rows.slice(1).flatMap(({ line, cells }): BdmActor[] => {
    if (cells.every((cell) => cell.trim() === "")) return [];
    const cell = (column: (typeof columns)[number]) => (cells[index[column]] ?? "").trim();
    const id = cell("actor");
    if (id === "") throw new Error(`parseBdmCsv: row ${line}: empty Actor`);
    if (seen.has(id)) throw new Error(`parseBdmCsv: row ${line}: actor "${id}" appears twice`);
    seen.add(id);
    const number = (column: "capability" | "position" | "salience") => {
      const raw = cell(column);
      const value = raw === "" ? Number.NaN : Number(raw);
      if (!Number.isFinite(value))
        throw new Error(`parseBdmCsv: row ${line}: ${column} "${raw}" is not a number`);
      return value;
    };
    const capability = number("capability");
    const position = number("position");
    const salience = number("salience");
    if (capability <= 0) throw new Error(`parseBdmCsv: row ${line}: capability ${capability} must be > 0`);
    if (salience < 0 || salience > 1) {
      throw new Error(
        `parseBdmCsv: row ${line}: salience ${salience} outside [0, 1] (divide 0–100 saliences by 100)`,
      );
    }
    return [{ id, capability, position, salience }];
  });
  return { actors };
}

/** Writes actors as a BDM CSV table (LF line ends); the Actor column holds `id`, or `name` when asked. */
export function formatBdmCsv(
  actors: readonly BdmActor[],
  options: { readonly label?: "id" | "name" } = {},
): string {
  const lines = actors.map((actor) => {
    const label = options.label === "name" ? (actor.name ?? actor.id) : actor.id;
    return [quote(label), String(actor.capability), String(actor.position), String(actor.salience)].join(",");
  });
  return `${["Actor,Capability,Position,Salience", ...lines].join("\n")}\n`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Splits RFC 4180 text into rows of cells, each with the line number it starts on. */
function csvRows(text: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new Error(`parseBdmCsv: row ${rowLine}: unterminated quote`);
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
