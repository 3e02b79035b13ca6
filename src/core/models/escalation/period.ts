import { z } from "zod";
import { assertNever } from "../../assert-never.ts";

/** Aggregation period of a series. Weeks are ISO 8601 weeks (Monday start, week 1 holds the first Thursday). */
export const PeriodUnit = z.enum(["day", "week", "month"]);
export type PeriodUnit = z.output<typeof PeriodUnit>;

const DAY_MS = 86_400_000;

function parseIsoDate(date: string, caller: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`${caller}: expected YYYY-MM-DD, got "${date}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`${caller}: no such date "${date}"`);
  return ms;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday of the ISO week holding `ms`. */
function mondayOf(ms: number): number {
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return ms - weekday * DAY_MS;
}

/** ISO 8601 week label `YYYY-Www`: the week belongs to the year of its Thursday. */
function isoWeekLabel(ms: number): string {
  const thursday = mondayOf(ms) + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The period holding an ISO date: `2022-08-03` (day), `2022-W31` (week), `2022-08` (month). */
export function periodKey(date: string, unit: PeriodUnit): string {
  const ms = parseIsoDate(date, "periodKey");
  switch (unit) {
    case "day":
      return date;
    case "week":
      return isoWeekLabel(ms);
    case "month":
      return date.slice(0, 7);
    default:
      return assertNever(unit);
  }
}

/** First and last calendar day of the period holding `date`. */
export function periodBounds(date: string, unit: PeriodUnit): { start: string; end: string } {
  const ms = parseIsoDate(date, "periodBounds");
  switch (unit) {
    case "day":
      return { start: date, end: date };
    case "week": {
      const monday = mondayOf(ms);
      return { start: isoDay(monday), end: isoDay(monday + 6 * DAY_MS) };
    }
    case "month": {
      const d = new Date(ms);
      const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
      return { start: isoDay(start), end: isoDay(end) };
    }
    default:
      return assertNever(unit);
  }
}

/** Every period from the one holding `from` to the one holding `to`, inclusive, with its first day. */
export function periodRange(from: string, to: string, unit: PeriodUnit): { key: string; start: string }[] {
  const end = parseIsoDate(to, "periodRange");
  if (parseIsoDate(from, "periodRange") > end) throw new Error(`periodRange: ${from} is after ${to}`);
  const out: { key: string; start: string }[] = [];
  let start = periodBounds(from, unit).start;
  while (parseIsoDate(start, "periodRange") <= end) {
    out.push({ key: periodKey(start, unit), start });
    start = isoDay(parseIsoDate(periodBounds(start, unit).end, "periodRange") + DAY_MS);
  }
  return out;
}

/** The day after `date`, and the day `n` days later (n may be negative). */
export function addDays(date: string, n: number): string {
  return isoDay(parseIsoDate(date, "addDays") + n * DAY_MS);
}

/** VIEWS `month_id` of a date: January 1980 = 1, January 2024 = 529 (formats.md §2.1). */
export function viewsMonthId(date: string): number {
  parseIsoDate(date, "viewsMonthId");
  return (Number(date.slice(0, 4)) - 1980) * 12 + Number(date.slice(5, 7));
}
