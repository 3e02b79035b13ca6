import type { ListSection } from "../case-file.ts";
import type { ProblemDraft } from "./problem.ts";
import { isRecord, type RawRecord, sectionItems, text } from "./raw-case.ts";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Dated fields that record what had happened by the case's date (`fact.until` points forward on purpose). */
const datedFields: Array<{ section: ListSection; key: string; noun: string }> = [
  { section: "sources", key: "date", noun: "source" },
  { section: "facts", key: "date", noun: "fact" },
  { section: "events", key: "start", noun: "event" },
  { section: "events", key: "end", noun: "event end" },
  { section: "proposals", key: "date", noun: "proposal" },
  { section: "mediation", key: "start", noun: "mediation start" },
  { section: "relations", key: "since", noun: "relation" },
];

function dateAt(item: RawRecord, key: string): string | undefined {
  const value = text(item, key);
  return value !== undefined && isoDate.test(value) ? value : undefined;
}

/**
 * Hindsight check: anything dated after `meta.asOf` could not have informed the case (a warning, since an
 * analyst may keep it on purpose); and nothing ends before it starts (an error).
 */
export function checkDates(data: RawRecord): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const asOf = isRecord(data.meta) ? dateAt(data.meta, "asOf") : undefined;
  if (asOf !== undefined)
    for (const { section, key, noun } of datedFields)
      for (const { item, path } of sectionItems(data, section)) {
        const date = dateAt(item, key);
        if (date === undefined || date <= asOf) continue;
        problems.push({
          severity: "warning",
          code: "after-as-of",
          path: [...path, key],
          message: `${noun} dated ${date}, after the case's as-of date ${asOf}`,
          expected: `a date on or before ${asOf}`,
        });
      }
  for (const section of ["events", "mediation"] as const)
    for (const { item, path } of sectionItems(data, section)) {
      const start = dateAt(item, "start");
      const end = dateAt(item, "end");
      if (start === undefined || end === undefined || end >= start) continue;
      problems.push({
        severity: "error",
        code: "end-before-start",
        path: [...path, "end"],
        message: `end ${end} is before start ${start}`,
        expected: `a date on or after ${start}`,
      });
    }
  return problems;
}
