import { z } from "zod";
import { Actor } from "../actor.ts";
import { CaseFile } from "../case-file.ts";
import { DatePrecision, IsoDate } from "../date.ts";
import { Estimate, ProbabilityEstimate } from "../estimate.ts";
import { CaseEvent } from "../event.ts";
import { Citation, Confidence, Evidence } from "../evidence.ts";
import { Fact } from "../fact.ts";
import { Id } from "../id.ts";
import { Issue } from "../issue.ts";
import { Judgment } from "../judgment.ts";
import { MediationFormat } from "../mediation.ts";
import { Meta } from "../meta.ts";
import { Proposal } from "../proposal.ts";
import { Recommendation } from "../recommendation.ts";
import { Relation } from "../relation.ts";
import { Patch, Scenario } from "../scenario.ts";
import { Source } from "../source.ts";
import { Stance } from "../stance.ts";

const caseSchemaId = "urn:entente:schema:case";

/** Names and hover texts for the shared parts of a case, kept out of the global zod registry. */
function definitions(): z.core.$ZodRegistry<{ id: string; description: string }> {
  const registry = z.registry<{ id: string; description: string }>();
  const add = (schema: z.ZodType, id: string, description: string) =>
    registry.add(schema, { id, description });
  add(Id, "Id", "A kebab-case id: lower-case letters, digits and hyphens.");
  add(IsoDate, "Date", "A calendar date, YYYY-MM-DD.");
  add(DatePrecision, "DatePrecision", "How exactly a date is known.");
  add(Estimate, "Estimate", "A point on the 0–100 scale, or { value, low, high } with low ≤ value ≤ high.");
  add(
    ProbabilityEstimate,
    "Probability",
    "A probability in [0, 1], or { value, low, high } with low ≤ value ≤ high.",
  );
  add(
    Citation,
    "Citation",
    "One source cited: its id, a locator, and the credibility (1–6) of this information.",
  );
  add(Evidence, "Evidence", 'A list of citations, or "analyst-estimate" for the analyst\'s own judgment.');
  add(Confidence, "Confidence", "The analyst's confidence: low, moderate or high.");
  add(Meta, "Meta", "What the case is, as of when, by whom, under which licence. Exactly once per case.");
  add(Source, "Source", "A bibliographic record with its Admiralty reliability grade (A–F).");
  add(Actor, "Actor", "A state, organisation, de facto authority, armed force, faction, person or group.");
  add(Relation, "Relation", "A directed tie between two actors (from is the ally, patron, … of to).");
  add(
    Issue,
    "Issue",
    "A bargaining dimension: a 0–100 scale with labelled ends, a status quo and veto players.",
  );
  add(Stance, "Stance", "Where one actor stands on one issue (position) and how much it cares (salience).");
  add(Proposal, "Proposal", "A named package of positions, one per issue it settles.");
  add(MediationFormat, "MediationFormat", "A negotiation track: conveners, participants, status.");
  add(Fact, "Fact", "A dated or quantitative fact about an actor or issue.");
  add(
    CaseEvent,
    "Event",
    "An incident: dates, place, actors, type, fatalities per side (null is unknown, not 0).",
  );
  add(
    Judgment,
    "Judgment",
    "A key judgment: statement, probability, horizon, confidence, and what it rests on.",
  );
  add(Recommendation, "Recommendation", "Who should do what, why, and the lever it pulls as patches.");
  add(Patch, "Patch", "One change a scenario or lever makes to the case.");
  add(Scenario, "Scenario", "A named overlay that patches the case, with its probability.");
  return registry;
}

/**
 * The JSON Schema of a case file as written (defaults optional), for editors running the YAML language
 * server. Generated from the zod schema, so it cannot drift from what `parseCase` accepts.
 */
export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseFile, {
    target: "draft-7",
    io: "input",
    unrepresentable: "any",
    reused: "ref",
    metadata: definitions(),
  }) as Record<string, unknown>;
  // A case may be split over several files, each pointing at this schema; only the merged case must have
  // `meta` (parseCase checks that), so no top-level key is required here.
  const { $schema, required: _required, ...rest } = schema;
  return {
    $schema,
    $id: caseSchemaId,
    title: "Entente case file",
    description:
      "A conflict case for Entente, or one file of a case split over several: meta (exactly once per case), sources, actors, relations, issues, stances, proposals, mediation formats, facts, events, judgments, recommendations and scenarios. `entente validate` checks what a schema cannot: references, duplicate ids, ranges and dates.",
    ...rest,
  };
}
