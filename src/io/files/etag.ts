import { createHash } from "node:crypto";

/** A strong ETag for a file's text: saves must name the version they were based on (If-Match). */
export function etagOf(text: string): string {
  return `"${createHash("sha256").update(text, "utf8").digest("base64url").slice(0, 27)}"`;
}
