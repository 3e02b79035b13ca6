import { z } from "zod";
import { Actor } from "./actor.ts";
import { CaseEvent } from "./event.ts";
import { Fact } from "./fact.ts";
import { Issue } from "./issue.ts";
import { Judgment } from "./judgment.ts";
import { MediationFormat } from "./mediation.ts";
import { Meta } from "./meta.ts";
import { Proposal } from "./proposal.ts";
import { Recommendation } from "./recommendation.ts";
import { Relation } from "./relation.ts";
import { Scenario } from "./scenario.ts";
import { Source } from "./source.ts";
import { Stance } from "./stance.ts";

/** The sections a case may spread over several YAML files; each list section is concatenated on load. */
export const listSections = [
  "sources",
  "actors",
  "relations",
  "issues",
  "stances",
  "proposals",
  "mediation",
  "facts",
  "events",
  "judgments",
  "recommendations",
  "scenarios",
] as const;
export type ListSection = (typeof listSections)[number];

/** A whole case, every default filled in: what the rest of Entente works on. */
export const CaseFile = z.strictObject({
  meta: Meta,
  sources: z.array(Source).default([]),
  actors: z.array(Actor).default([]),
  relations: z.array(Relation).default([]),
  issues: z.array(Issue).default([]),
  stances: z.array(Stance).default([]),
  proposals: z.array(Proposal).default([]),
  mediation: z.array(MediationFormat).default([]),
  facts: z.array(Fact).default([]),
  events: z.array(CaseEvent).default([]),
  judgments: z.array(Judgment).default([]),
  recommendations: z.array(Recommendation).default([]),
  scenarios: z.array(Scenario).default([]),
});
export type CaseFile = z.output<typeof CaseFile>;
/** A case as written in YAML, before defaults: what editors and the JSON Schema describe. */
export type CaseFileInput = z.input<typeof CaseFile>;
