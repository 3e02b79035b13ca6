import { z } from "zod";
import { Estimate } from "./estimate.ts";
import { Confidence, Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

/** Where one actor stands on one issue (0–100) and how much it cares (salience, 0–100). */
export const Stance = z.strictObject({
  actor: Id,
  issue: Id,
  position: Estimate,
  salience: Estimate,
  confidence: Confidence,
  reasoning: z.string().optional(),
  evidence: Evidence,
});
export type Stance = z.output<typeof Stance>;
