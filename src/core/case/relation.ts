import { z } from "zod";
import { IsoDate } from "./date.ts";
import { Evidence } from "./evidence.ts";
import { Id } from "./id.ts";

export const RelationKind = z.enum(
  ["ally", "patron", "guarantor", "mediator", "rival", "adversary", "member-of"],
  {
    error: "expected ally, patron, guarantor, mediator, rival, adversary or member-of",
  },
);
export type RelationKind = z.output<typeof RelationKind>;

/** A directed tie: `from` is the ally / patron / guarantor / mediator / member of `to`. */
export const Relation = z.strictObject({
  id: Id.optional(),
  from: Id,
  to: Id,
  kind: RelationKind,
  /** 0–1: how strong or committed the tie is. */
  strength: z
    .number()
    .min(0, { error: "expected a strength from 0 to 1" })
    .max(1, { error: "expected a strength from 0 to 1" }),
  since: IsoDate.optional(),
  note: z.string().optional(),
  evidence: Evidence,
});
export type Relation = z.output<typeof Relation>;
