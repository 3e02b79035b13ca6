import type { z } from "zod";

function plural(count: number | bigint, one: string, many: string): string {
  return `${count} ${count === 1 || count === 1n ? one : many}`;
}

const typeNames: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a map",
  record: "a map",
  null: "null",
};

/** The keys a strict object accepts, read from the schema that raised the issue. */
function shapeKeys(inst: unknown): string[] {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def
    ?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/**
 * Default wording for schemas that do not set their own `error`: plain, lower-case, saying what was expected.
 * For an unknown key the message is the list of keys allowed, which `zodProblems` builds on.
 */
export const caseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${typeNames[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "array") return `expected at least ${plural(issue.minimum, "item", "items")}`;
      if (issue.origin === "string")
        return issue.minimum === 1
          ? "expected a non-empty text"
          : `expected at least ${issue.minimum} characters`;
      return `expected a number ${issue.inclusive ? "of at least" : "above"} ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `expected at most ${plural(issue.maximum, "item", "items")}`;
      if (issue.origin === "string") return `expected at most ${issue.maximum} characters`;
      return `expected a number ${issue.inclusive ? "of at most" : "below"} ${issue.maximum}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of: ${issue.values.map(String).join(", ")}`;
    case "invalid_format":
      if (issue.format === "url") return "expected a URL";
      if (issue.format === "regex") return `expected text matching ${issue.pattern ?? "the pattern"}`;
      return `expected a valid ${issue.format}`;
    case "unrecognized_keys":
      return `one of: ${shapeKeys(issue.inst).join(", ")}`;
    case "invalid_union":
      return "expected one of the allowed forms";
    case "invalid_key":
      return "invalid key";
    case "not_multiple_of":
      return `expected a multiple of ${issue.divisor}`;
    default:
      return "invalid value";
  }
};
