import { z } from "zod";
import { Actor } from "./actor.ts";
import { Estimate, ProbabilityEstimate } from "./estimate.ts";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

const Factor = z.number().min(0, { error: "expected a factor of 0 or more" });

/** A stance for an actor a scenario adds: the actor is implied. */
const AddedStance = z.strictObject({ issue: Id, position: Estimate, salience: Estimate });

/** One change a scenario or lever makes to the case. */
export const Patch = z.discriminatedUnion(
  "op",
  [
    z.strictObject({ op: z.literal("set-capability"), actor: Id, value: Estimate }),
    z.strictObject({ op: z.literal("scale-capability"), actor: Id, factor: Factor }),
    z.strictObject({ op: z.literal("set-position"), actor: Id, issue: Id, value: Estimate }),
    z.strictObject({ op: z.literal("set-salience"), actor: Id, issue: Id, value: Estimate }),
    /** Scales the actor's salience on one issue, or on every issue when `issue` is left out. */
    z.strictObject({ op: z.literal("scale-salience"), actor: Id, issue: Id.optional(), factor: Factor }),
    z.strictObject({ op: z.literal("set-status-quo"), issue: Id, value: Estimate }),
    z.strictObject({ op: z.literal("remove-actor"), actor: Id }),
    z.strictObject({ op: z.literal("add-actor"), actor: Actor, stances: z.array(AddedStance).default([]) }),
  ],
  {
    error:
      "expected a patch with op set-capability, scale-capability, set-position, set-salience, scale-salience, set-status-quo, remove-actor or add-actor",
  },
);
export type Patch = z.output<typeof Patch>;

/** A named overlay on the case, compared with and mixed into the baseline by its probability. */
export const Scenario = z.strictObject({
  id: Id,
  name: z.string().min(1),
  description: z.string().min(1),
  /** The chance, as of the case's date, that this development happens within the horizon. */
  probability: ProbabilityEstimate.optional(),
  horizonMonths: z.int().min(1).max(120).optional(),
  reasoning: z.string().optional(),
  patches: z.array(Patch).min(1, { error: "expected at least one patch" }),
  evidence: Evidence,
});
export type Scenario = z.output<typeof Scenario>;
