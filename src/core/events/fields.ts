import { RowProblem } from "./mapping.ts";

/** Source fields as text: blank, "NA" (R exports) and "NULL" count as missing. */
export function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  return s === "" || s === "NA" || s === "NULL" ? null : s;
}

export function required(value: unknown, column: string): string {
  const s = text(value);
  if (s === null) throw new RowProblem(`${column} is empty`);
  return s;
}

/** A non-negative whole number (counts, fatalities); missing stays null, never 0. */
export function count(value: unknown, column: string): number | null {
  const s = text(value);
  if (s === null) return null;
  if (!/^\d+(\.0+)?$/.test(s)) throw new RowProblem(`${column} "${s}" is not a non-negative whole number`);
  return Number.parseInt(s, 10);
}

export function integer(value: unknown, column: string): number | null {
  const s = text(value);
  if (s === null) return null;
  if (!/^-?\d+$/.test(s)) throw new RowProblem(`${column} "${s}" is not an integer`);
  return Number.parseInt(s, 10);
}

export function decimal(value: unknown, column: string): number | null {
  const s = text(value);
  if (s === null) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new RowProblem(`${column} "${s}" is not a number`);
  return n;
}

/** Latitude and longitude in WGS84 degrees; both or neither. */
export function coordinates(
  latValue: unknown,
  lonValue: unknown,
): { lat: number | null; lon: number | null } {
  const lat = decimal(latValue, "latitude");
  const lon = decimal(lonValue, "longitude");
  if (lat !== null && (lat < -90 || lat > 90)) throw new RowProblem(`latitude ${lat} is outside −90…90`);
  if (lon !== null && (lon < -180 || lon > 180)) throw new RowProblem(`longitude ${lon} is outside −180…180`);
  if ((lat === null) !== (lon === null)) throw new RowProblem("only one of latitude/longitude is given");
  return { lat, lon };
}

/** A `;`-separated list (ACLED sources, tags, associated actors), trimmed, without empty items. */
export function list(value: unknown, separator = ";"): string[] {
  const s = text(value);
  if (s === null) return [];
  return s
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
