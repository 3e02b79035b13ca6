import type { z } from "zod";
import { describeValue } from "./describe-value.ts";
import type { ProblemDraft, ProblemPath } from "./problem.ts";

type Issue = z.core.$ZodIssue;

function withGot(message: string, input: unknown): string {
  return message.startsWith("expected") && !message.includes(", got ")
    ? `${message}, got ${describeValue(input)}`
    : message;
}

function expectation(message: string): string | undefined {
  return message.startsWith("expected ") ? message.slice("expected ".length) : undefined;
}

function draft(
  code: string,
  path: ProblemPath,
  message: string,
  at: ProblemDraft["at"] = "value",
): ProblemDraft {
  const expected = expectation(message.replace(/, got [\s\S]*$/, ""));
  return { severity: "error", code, path, message, ...(expected === undefined ? {} : { expected }), at };
}

/** A missing key is reported at the map that lacks it. */
function missing(path: ProblemPath, key: unknown, message: string): ProblemDraft {
  return {
    ...draft("missing-key", path, `missing key ${JSON.stringify(String(key))} (${message})`, "parent"),
    ...(expectation(message) === undefined ? {} : { expected: expectation(message) as string }),
  };
}

/** A branch rejects the input outright when its complaint is about the input's type or literal value itself. */
function rejectsOutright(branch: readonly Issue[]): boolean {
  return branch.some(
    (issue) => issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value"),
  );
}

function toPath(path: readonly PropertyKey[]): ProblemPath {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/**
 * Turns zod issues into problems: one per unknown key, missing keys pointed at their parent, and for a union
 * the errors of the one branch whose type matches the input (not zod's generic "invalid input").
 */
export function zodProblems(issues: readonly Issue[], prefix: ProblemPath = []): ProblemDraft[] {
  return issues.flatMap((issue) => issueProblems(issue, prefix));
}

function issueProblems(issue: Issue, prefix: ProblemPath): ProblemDraft[] {
  const path = [...prefix, ...toPath(issue.path)];
  const input: unknown = issue.input;
  switch (issue.code) {
    case "invalid_type": {
      // zod reports a non-finite number (YAML `.inf`, or 1e999) with `received` and no input.
      const received = (issue as { received?: unknown }).received;
      if (input === undefined && received === undefined) return [missing(path, path.at(-1), issue.message)];
      const got = received === undefined ? input : Number.POSITIVE_INFINITY;
      return [draft("wrong-type", path, withGot(issue.message, got))];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        ...draft(
          "unknown-key",
          [...path, key],
          `unknown key ${JSON.stringify(key)} (expected ${issue.message})`,
          "key",
        ),
        expected: issue.message,
      }));
    case "invalid_union": {
      if (issue.discriminator !== undefined) {
        const value =
          typeof input === "object" && input !== null
            ? (input as Record<string, unknown>)[issue.discriminator]
            : input;
        if (value === undefined) return [missing(path, issue.discriminator, issue.message)];
        return [draft("invalid-value", path, withGot(issue.message, value))];
      }
      if (input === undefined) return [missing(path, path.at(-1), issue.message)];
      const viable = issue.errors.filter((branch) => !rejectsOutright(branch));
      if (viable.length === 1 && viable[0] !== undefined) return zodProblems(viable[0], path);
      return [draft("wrong-type", path, withGot(issue.message, input))];
    }
    case "too_small":
    case "too_big": {
      const numeric = issue.origin !== "array" && issue.origin !== "string";
      const empty = issue.code === "too_small" && !numeric && Number(issue.minimum) === 1;
      const code = numeric ? "out-of-range" : empty ? "empty" : "wrong-length";
      return [draft(code, path, withGot(issue.message, input))];
    }
    case "invalid_value":
      if (input === undefined) return [missing(path, path.at(-1), issue.message)];
      return [draft("invalid-value", path, withGot(issue.message, input))];
    case "invalid_format":
      return [draft("invalid-format", path, withGot(issue.message, input))];
    case "invalid_key": {
      const reasons = issue.issues.map((inner) => withGot(inner.message, inner.input ?? path.at(-1)));
      const first = issue.issues[0];
      const expected = first === undefined ? undefined : expectation(first.message);
      return [
        {
          ...draft(
            "invalid-key",
            path,
            `invalid key ${JSON.stringify(String(path.at(-1)))}: ${reasons.join("; ")}`,
            "key",
          ),
          ...(expected === undefined ? {} : { expected }),
        },
      ];
    }
    case "custom": {
      const code = (issue.params as { problem?: string } | undefined)?.problem ?? "invalid-value";
      return [draft(code, path, withGot(issue.message, input))];
    }
    default:
      return [draft("invalid-value", path, withGot(issue.message, input))];
  }
}
