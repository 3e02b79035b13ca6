import { z } from "zod";
import type { EventRecord } from "./record.ts";

/** The import formats Entente reads (shared/events/formats.md §1). */
export const EventFormat = z.enum(["acled", "ucdp", "icews", "gdelt", "plover", "polecat", "csv"]);
export type EventFormat = z.output<typeof EventFormat>;

/** One source row mapped: a record, or the reason it cannot be one (reported with file and line by io). */
export type RowOutcome = { ok: true; record: EventRecord } | { ok: false; reason: string };

/** A pure, per-file row mapper. It may keep counts of what it saw, which `notes()` reports at the end. */
export type RowMapper<Row> = { map(row: Row): RowOutcome; notes(): string[] };

/** A reason for rejecting a row, thrown inside mappers and caught once by `guarded`. */
export class RowProblem extends Error {}

/** Runs a mapping body, turning a RowProblem into a rejected outcome (anything else is a bug and rethrows). */
export function guarded(body: () => EventRecord): RowOutcome {
  try {
    return { ok: true, record: body() };
  } catch (error) {
    if (error instanceof RowProblem) return { ok: false, reason: error.message };
    throw error;
  }
}
