import { z } from "zod";
import { Estimate } from "./estimate.ts";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

const ScaleValue = z
  .number()
  .min(0, { error: "expected a point on the 0–100 scale" })
  .max(100, { error: "expected a point on the 0–100 scale" });

/** A bargaining dimension: a 0–100 line whose endpoints and anchors say what each point means. */
export const Issue = z.strictObject({
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  scale: z.strictObject({
    low: z.string().min(1),
    high: z.string().min(1),
    anchors: z.array(z.strictObject({ value: ScaleValue, label: z.string().min(1) })).default([]),
  }),
  statusQuo: Estimate,
  statusQuoNote: z.string().optional(),
  /** Actors whose consent any settlement on this issue needs. */
  vetoPlayers: z.array(Id).default([]),
  evidence: Evidence,
});
export type Issue = z.output<typeof Issue>;
