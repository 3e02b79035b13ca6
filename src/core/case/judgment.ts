import { z } from "zod";
import { ProbabilityEstimate } from "./estimate.ts";
import { Confidence, Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

const Months = z
  .int()
  .min(1, { error: "expected a horizon of 1 to 120 months" })
  .max(120, { error: "expected a horizon of 1 to 120 months" });

/**
 * What a judgment claims, in a form the models can check: the probability it states is compared with the
 * probability the models give for the same event.
 */
export const JudgmentClaim = z.discriminatedUnion(
  "kind",
  [
    /** A settlement accepted by every veto player within the horizon. */
    z.strictObject({ kind: z.literal("agreement"), months: Months }),
    /** At least `atLeast` conflict deaths within the horizon. */
    z.strictObject({ kind: z.literal("fatalities"), atLeast: z.int().min(1), months: Months }),
    /** The bargaining outcome on an issue lands inside [atLeast, atMost] on its scale. */
    z.strictObject({
      kind: z.literal("outcome"),
      issue: Id,
      atLeast: z.number().min(0).max(100).default(0),
      atMost: z.number().min(0).max(100).default(100),
    }),
  ],
  { error: "expected a claim with kind agreement, fatalities or outcome" },
);
export type JudgmentClaim = z.output<typeof JudgmentClaim>;

/** One of the analyst's key judgments, with the probability its words imply and the analyst's confidence. */
export const Judgment = z.strictObject({
  id: Id,
  statement: z.string().min(1),
  probability: ProbabilityEstimate.optional(),
  horizonMonths: Months.optional(),
  confidence: Confidence,
  claim: JudgmentClaim.optional(),
  /** Ids of the facts, events, stances' issues, relations or scenarios the judgment rests on. */
  restsOn: z.array(Id).default([]),
  reasoning: z.string().optional(),
  evidence: Evidence,
});
export type Judgment = z.output<typeof Judgment>;
