import type { YamlEdit } from "../../core/case/edit/edit-yaml.ts";
import type { ItemLocation } from "../../core/case/edit/locate-items.ts";
import type { CaseFile } from "../../core/case/index.ts";
import type { Problem } from "../../core/case/parse/index.ts";

/** The per-run token the server wrote into the page; every write carries it. */
function token(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="entente-token"]')?.content ?? "";
}

export interface CaseSnapshot {
  files: Array<{ name: string; text: string; etag: string }>;
  case: CaseFile | null;
  problems: Problem[];
  locations: ItemLocation[];
}

/** An error the server answered with its JSON error shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set("content-type", "application/json");
  if (init.method !== undefined && init.method !== "GET") headers.set("x-entente-token", token());
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code: string; message: string };
    } | null;
    throw new ApiError(
      response.status,
      body?.error?.code ?? "http",
      body?.error?.message ?? response.statusText,
    );
  }
  const type = response.headers.get("content-type") ?? "";
  return (type.includes("json") ? await response.json() : await response.text()) as T;
}

export const api = {
  loadCase: () => call<CaseSnapshot>("/api/case"),
  patchFile: (name: string, etag: string, edits: YamlEdit[]) =>
    call<{ name: string; etag: string; valid: boolean; problems: Problem[] }>(
      `/api/case/files/${encodeURIComponent(name)}`,
      {
        method: "PATCH",
        headers: { "if-match": etag },
        body: JSON.stringify({ edits }),
      },
    ),
  get: <T>(path: string) => call<T>(path),
  post: <T>(path: string, body: unknown) => call<T>(path, { method: "POST", body: JSON.stringify(body) }),
};
