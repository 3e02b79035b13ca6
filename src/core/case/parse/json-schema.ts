import { z } from "zod";
import { CaseFile } from "../case-file.ts";

export const caseSchemaId = "https://github.com/entente/entente/schema/case.schema.json";

/**
 * The JSON Schema of a case file as written (defaults optional), for editors running the YAML language
 * server. Generated from the zod schema, so it cannot drift from what `parseCase` accepts.
 */
export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseFile, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: caseSchemaId,
    title: "Entente case file",
    description:
      "A conflict case for Entente: meta, sources, actors, relations, issues, stances, proposals, mediation formats, facts, events, judgments, recommendations and scenarios.",
    ...rest,
  };
}
