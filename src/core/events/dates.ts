import { RowProblem } from "./mapping.ts";

/** The date forms met in event data: ISO (ACLED API, UCDP, ICEWS, PLOVER; UCDP may add a time part),
 *  `16 May 2025` (ACLED export tool), `dd/mm/yyyy` (old ACLED files), `YYYYMMDD` (GDELT SQLDATE). */
export type DateForm = "iso" | "day-month-year" | "dd/mm/yyyy" | "yyyymmdd";

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The form a date text is written in, by its shape alone (for layout reports; parsing checks validity). */
export function dateShape(value: string): DateForm {
  const s = value.trim();
  if (/^\d{4}-/.test(s)) return "iso";
  if (s.includes("/")) return "dd/mm/yyyy";
  if (/^\d{8}$/.test(s)) return "yyyymmdd";
  return "day-month-year";
}

/** Event years accepted: ACLED once exported year 0025 by mistake (formats.md §1.1), so years are checked. */
export const minYear = 1900;
export const maxYear = 2100;

/** Parses one of the known date forms to `YYYY-MM-DD`, rejecting impossible dates and out-of-range years. */
export function parseEventDate(value: string, column: string): { date: string; form: DateForm } {
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(s);
  if (m) return { date: checked(+m[1]!, +m[2]!, +m[3]!, s, column), form: "iso" };
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{4})$/.exec(s);
  if (m) {
    const month = months[m[2]!.slice(0, m[2]!.toLowerCase().startsWith("sept") ? 4 : 3).toLowerCase()];
    if (month === undefined) throw new RowProblem(`${column} "${s}": unknown month name`);
    return { date: checked(+m[3]!, month, +m[1]!, s, column), form: "day-month-year" };
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return { date: checked(+m[3]!, +m[2]!, +m[1]!, s, column), form: "dd/mm/yyyy" };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return { date: checked(+m[1]!, +m[2]!, +m[3]!, s, column), form: "yyyymmdd" };
  throw new RowProblem(`${column} "${s}" is not a date (expected YYYY-MM-DD, "16 May 2025" or dd/mm/yyyy)`);
}

function checked(year: number, month: number, day: number, source: string, column: string): string {
  if (year < minYear || year > maxYear) {
    throw new RowProblem(`${column} "${source}": year ${year} is outside ${minYear}–${maxYear}`);
  }
  const daysInMonth = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > (daysInMonth[month - 1] ?? 0)) {
    throw new RowProblem(`${column} "${source}" is not a calendar date`);
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
