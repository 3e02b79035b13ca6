import { z } from "zod";
import { CaseFile } from "../case-file.ts";

export const caseSchemaId = "https://github.com/entente/entente/schema/case.schema.json";

/**
 * The JSON Schema of a case file as written (defaults optional), for editors running the YAML language
 * server. Generated from the zod schema, so it cannot drift from what `parseCase` accepts.
 */
export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseFile, { io: "input", unrepresentable: "any", reused: "ref" }) as Record<
    string,
    unknown
  >;
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
