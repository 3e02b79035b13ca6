import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

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

/** Reads a JSON body, turning malformed JSON into a 400 instead of an exception. */
export async function readJson(
  c: Context,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
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
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false, response: apiError(c, 400, "bad-json", "the request body is not valid JSON") };
  }
}
