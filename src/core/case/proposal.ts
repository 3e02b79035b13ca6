import { z } from "zod";
import { DatePrecision, IsoDate } from "./date.ts";
import { Estimate } from "./estimate.ts";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

/** A named package of positions, one per issue it settles; issues it leaves out stay at the status quo. */
export const Proposal = z.strictObject({
  id: Id,
  name: z.string().min(1),
  by: z.array(Id).min(1),
  date: IsoDate.optional(),
  datePrecision: DatePrecision.default("day"),
  /** Unpublished texts are reconstructed: say so, and give the positions ranges. */
  published: z.boolean().default(true),
  description: z.string().optional(),
  positions: z.record(Id, Estimate),
  evidence: Evidence,
});
export type Proposal = z.output<typeof Proposal>;
