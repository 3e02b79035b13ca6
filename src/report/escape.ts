/**
 * Escaping for untrusted case text. Every string that comes from a case goes through one of these before it
 * reaches HTML, SVG or Markdown (OWASP XSS Prevention Cheat Sheet, rules 1–2 and 5).
 */

const htmlEntities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Text for an HTML or SVG element body or a quoted attribute value. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"'`]/g, (c) => htmlEntities[c] ?? c);
}

/** A URL safe to put in `href`: only http(s) with a host; anything else (javascript:, data:, relative) → null. */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    if (parsed.hostname === "") return null;
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * Markdown text: backslash-escapes the CommonMark punctuation that can open inline markup anywhere (CommonMark
 * 0.31 §2.4 allows any ASCII punctuation to be escaped), and the characters that open a block at the start of
 * the text (heading, list, quote, thematic break); `<`, `>` and `&` become entities so no raw HTML can pass.
 * Newlines become spaces, so case text cannot start a block of its own mid-paragraph.
 */
export function escapeMarkdown(text: string | number): string {
  return String(text)
    .replace(/\r?\n/g, " ")
    .replace(/[\\`*_[\]|~!]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^(\s*)([#+=-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** A URL inside a Markdown link target `<…>`: only safe URLs, with the few characters that could end it encoded. */
export function markdownUrl(url: string | undefined): string | null {
  const safe = safeUrl(url);
  return safe === null ? null : safe.replace(/[<>\s()]/g, (c) => encodeURIComponent(c));
}
