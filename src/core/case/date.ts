import { z } from "zod";

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return true; // the format check has already said so
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written `YYYY-MM-DD` (ISO 8601). YAML 1.2 keeps it a string, so comparison is textual. */
export const IsoDate = z
  .string({ error: "expected a date written YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date written YYYY-MM-DD" })
  .refine(isCalendarDate, { error: "expected a real calendar date", params: { problem: "invalid-format" } });
export type IsoDate = z.output<typeof IsoDate>;

/** How exactly a date is known; a month-precise date is written as the first of that month. */
export const DatePrecision = z.enum(["day", "week", "month", "quarter", "year"]);
export type DatePrecision = z.output<typeof DatePrecision>;
