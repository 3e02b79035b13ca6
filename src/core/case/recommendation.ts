import { z } from "zod";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";
import { Patch } from "./scenario.ts";

/** A recommendation, with the lever it pulls written as patches so the models can say what it is worth. */
export const Recommendation = z.strictObject({
  id: Id,
  addressees: z.array(Id).min(1),
  action: z.string().min(1),
  rationale: z.string().min(1),
  judgments: z.array(Id).default([]),
  lever: z.array(Patch).default([]),
  evidence: Evidence,
});
export type Recommendation = z.output<typeof Recommendation>;
