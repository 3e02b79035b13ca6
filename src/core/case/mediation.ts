import { z } from "zod";
import { IsoDate } from "./date.ts";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

export const MediationStatus = z.enum(["active", "stalled", "sidelined", "suspended", "ended", "proposed"]);
export type MediationStatus = z.output<typeof MediationStatus>;

/** A negotiation track: who convenes it, who takes part, since when, and how it stands. */
export const MediationFormat = z.strictObject({
  id: Id,
  name: z.string().min(1),
  conveners: z.array(Id).min(1),
  participants: z.array(Id).default([]),
  start: IsoDate.optional(),
  end: IsoDate.optional(),
  status: MediationStatus,
  /** Issues this track addresses. */
  issues: z.array(Id).default([]),
  description: z.string().optional(),
  evidence: Evidence,
});
export type MediationFormat = z.output<typeof MediationFormat>;
