import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";

/** Every error the server returns has this one JSON shape, so the client shows them all the same way. */
export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: unknown,
): Response {
  const body: ApiError = { error: details === undefined ? { code, message } : { code, message, details } };
  return c.json(body, status);
}

/**
 * Reads a JSON body and checks it against `schema`: another media type (415), malformed JSON (400) or a body the
 * schema rejects (400) become an error response instead of an exception.
 */
export async function readBody<T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<{ ok: true; value: z.output<T> } | { ok: false; response: Response }> {
  const type = c.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return {
      ok: false,
      response: apiError(
        c,
        415,
        "unsupported-media-type",
        "expected a JSON body (content-type: application/json)",
      ),
    };
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: apiError(c, 400, "bad-json", "the request body is not valid JSON") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return { ok: false, response: apiError(c, 400, "bad-request", z.prettifyError(parsed.error)) };
  return { ok: true, value: parsed.data };
}
