import { z } from "zod";
import { Id } from "./id.ts";

/**
 * A citation of one source. Credibility is the information grade of the NATO/Admiralty system (1 confirmed …
 * 6 cannot be judged); the source's own reliability (A–F) sits on the source.
 */
export const Citation = z.strictObject(
  {
    source: Id,
    locator: z.string().min(1).optional(),
    credibility: z
      .int()
      .min(1, { error: "expected a credibility grade from 1 to 6" })
      .max(6, { error: "expected a credibility grade from 1 to 6" })
      .optional(),
    note: z.string().optional(),
  },
  {
    // Only the wrong-type message: other issues (unknown keys) keep the default wording.
    error: (issue) =>
      issue.code === "invalid_type" ? "expected a citation { source, locator, credibility }" : undefined,
  },
);
export type Citation = z.output<typeof Citation>;

/** Every claim cites at least one source, or says plainly that it is the analyst's own estimate. */
export const Evidence = z.union(
  [z.literal("analyst-estimate"), z.array(Citation).min(1, { error: "expected at least one citation" })],
  { error: 'expected a list of citations ({ source, locator, credibility }) or "analyst-estimate"' },
);
export type Evidence = z.output<typeof Evidence>;

export const Confidence = z.enum(["low", "moderate", "high"], {
  error: 'expected "low", "moderate" or "high"',
});
export type Confidence = z.output<typeof Confidence>;
