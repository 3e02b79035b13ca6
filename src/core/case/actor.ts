import { z } from "zod";
import { Estimate } from "./estimate.ts";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

export const ActorKind = z.enum(
  ["state", "organisation", "de-facto-authority", "armed-force", "faction", "person", "group"],
  { error: "expected state, organisation, de-facto-authority, armed-force, faction, person or group" },
);
export type ActorKind = z.output<typeof ActorKind>;

/** A name used for an actor or place by one side (names are politically loaded and differ by side). */
export const Alias = z.strictObject({
  name: z.string().min(1),
  usedBy: z.array(Id).default([]),
  language: z.string().optional(),
});
export type Alias = z.output<typeof Alias>;

export const Actor = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: ActorKind,
  /** The actor this one belongs to: a faction's state, a contingent's state, a person's office. */
  parent: Id.optional(),
  /** For persons: the role they hold in the parent actor. */
  role: z.string().optional(),
  aliases: z.array(Alias).default([]),
  /** Relative ability to shape the outcome, 0–100; needed for any actor that takes part in bargaining. */
  capability: Estimate.optional(),
  capabilityEvidence: Evidence.optional(),
  /** A principal actor gets its own perspective profile in the assessment. */
  principal: z.boolean().default(false),
  description: z.string().optional(),
  evidence: Evidence,
});
export type Actor = z.output<typeof Actor>;
