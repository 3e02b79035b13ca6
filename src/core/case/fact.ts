import { z } from "zod";
import { IsoDate } from "./date.ts";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

/** A dated or quantitative fact about an actor or issue (share of territory, contingent size, mandate end). */
export const Fact = z.strictObject({
  id: Id,
  subject: Id,
  statement: z.string().min(1),
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string().optional(),
  /** When the fact held or happened. */
  date: IsoDate.optional(),
  /** A date the fact points to, such as the end of a mandate (may lie after the case's as-of date). */
  until: IsoDate.optional(),
  evidence: Evidence,
});
export type Fact = z.output<typeof Fact>;
