import type { SmpScenario } from "../smp/scenario.ts";
import { type KtabDocument, stripBom } from "./document.ts";

/**
 * KTAB CSV scenarios (shared/negotiation/README.md, "KTAB CSV"): line 1
 * `scenarioName, description, numActors, numDims,`; line 2 a header
 * `Actor, Description, Power|Influence, <dim> Position, <dim> Salience, …`; then one row per actor,
 * positions and saliences on 0–100. Fields may be padded and quoted, lines may end with a trailing comma,
 * and the file may start with a byte-order mark.
 */

/** Splits one CSV line, honouring double quotes; trims fields; drops trailing empty fields. */
function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k]!;
    if (quoted) {
      if (ch === '"' && line[k + 1] === '"') {
        field += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field.trim());
      field = "";
    } else field += ch;
  }
  fields.push(field.trim());
  while (fields.length > 0 && fields[fields.length - 1] === "") fields.pop();
  return fields;
}

function number(text: string | undefined, what: string, line: number): number {
  if (text === undefined || text === "") throw new Error(`parseKtabCsv: line ${line}: ${what} is missing`);
  const x = Number(text);
  if (!Number.isFinite(x)) throw new Error(`parseKtabCsv: line ${line}: ${what} is not a number: "${text}"`);
  return x;
}

export function parseKtabCsv(text: string): KtabDocument {
  const lines = stripBom(text)
    .split(/\r\n|\n|\r/)
    .map((raw, k) => ({ fields: splitLine(raw), line: k + 1 }))
    .filter((l) => l.fields.length > 0);
  const head = lines[0];
  const header = lines[1];
  if (head === undefined || header === undefined) {
    throw new Error("parseKtabCsv: expected a scenario line and a header line");
  }
  const [name = "", description = ""] = head.fields;
  const numActors = number(head.fields[2], "number of actors", head.line);
  const numDims = number(head.fields[3], "number of dimensions", head.line);
  if (!Number.isInteger(numActors) || numActors < 1 || !Number.isInteger(numDims) || numDims < 1) {
    throw new Error(
      `parseKtabCsv: line ${head.line}: numbers of actors and dimensions must be positive integers`,
    );
  }
  if (header.fields.length < 3 + 2 * numDims) {
    throw new Error(
      `parseKtabCsv: line ${header.line}: header has ${header.fields.length} fields, expected ${3 + 2 * numDims}`,
    );
  }
  // KTAB names each dimension after its position column.
  const dimensions = Array.from({ length: numDims }, (_, d) => header.fields[3 + 2 * d]!);
  const rows = lines.slice(2);
  if (rows.length !== numActors) {
    throw new Error(
      `parseKtabCsv: line ${head.line} announces ${numActors} actors, the file has ${rows.length}`,
    );
  }
  const actors: SmpScenario["actors"] = rows.map(({ fields, line }) => {
    const id = fields[0] ?? "";
    if (id === "") throw new Error(`parseKtabCsv: line ${line}: actor name is missing`);
    const who = `actor ${id}`;
    const capability = number(fields[2], `${who}: capability`, line);
    const positions: number[] = [];
    const saliences: number[] = [];
    let total = 0;
    for (let d = 0; d < numDims; d++) {
      const dim = dimensions[d];
      const x = number(fields[3 + 2 * d], `${who}, dimension ${dim}: position`, line);
      const s = number(fields[4 + 2 * d], `${who}, dimension ${dim}: salience`, line);
      if (x < 0 || x > 100)
        throw new Error(
          `parseKtabCsv: line ${line}: ${who}, dimension ${dim}: position ${x} outside [0, 100]`,
        );
      if (s < 0 || s > 100)
        throw new Error(
          `parseKtabCsv: line ${line}: ${who}, dimension ${dim}: salience ${s} outside [0, 100]`,
        );
      positions.push(x);
      saliences.push(s / 100);
      total += s;
    }
    if (total > 100 + 1e-7)
      throw new Error(`parseKtabCsv: line ${line}: ${who}: saliences sum to ${total}, more than 100`);
    const desc = fields[1];
    return desc
      ? { id, name: desc, capability, positions, saliences }
      : { id, capability, positions, saliences };
  });
  return { scenario: { name, dimensions, actors }, description };
}

function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes a scenario as KTAB CSV (saliences ×100); the ideal-adjustment matrix has no place in this format. */
export function formatKtabCsv(scenario: SmpScenario, description = ""): string {
  const m = scenario.dimensions.length;
  const lines = [
    [field(scenario.name), field(description), scenario.actors.length, m].join(","),
    [
      "Actor",
      "Description",
      "Power",
      ...scenario.dimensions.flatMap((d) => [field(d), field(`${d} Salience`)]),
    ].join(","),
    ...scenario.actors.map((a) =>
      [
        field(a.id),
        field(a.name ?? ""),
        a.capability,
        ...a.positions.flatMap((x, d) => [x, round12((a.saliences[d] ?? 0) * 100)]),
      ].join(","),
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/** Removes binary noise from ×100 (0.4953·100 = 49.53000000000001). */
function round12(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}
