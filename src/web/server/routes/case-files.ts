import { type Context, Hono } from "hono";
import { z } from "zod";
import { locateItems, YamlEdit } from "../../../core/case/edit/index.ts";
import { parseCase } from "../../../core/case/parse/index.ts";
import type { CaseFolder } from "../../../io/files/case-folder.ts";
import { editYamlInPlace } from "../../shared/edit-in-place.ts";
import { apiError, readBody } from "../problem-response.ts";

const ValidateBody = z.strictObject({
  files: z.array(z.strictObject({ name: z.string(), text: z.string() })),
});
const PutBody = z.strictObject({ text: z.string() });
const PatchBody = z.strictObject({ edits: z.array(YamlEdit).min(1).max(500) });

const versionRequired = (c: Context) =>
  apiError(c, 428, "precondition-required", "a save must say which version it replaces (If-Match)");

/** Read, validate and save the YAML files of the served case. */
export function caseFileRoutes(folder: CaseFolder): Hono {
  const app = new Hono();

  // The parse of the files as they were last read, reused while no file has changed (same names, same ETags).
  let last: { key: string; body: string } | undefined;
  app.get("/case", async (c) => {
    const files = await folder.list();
    const key = files.map((f) => `${f.name}\0${f.etag}`).join("\n");
    if (last?.key !== key) {
      const { case: parsed, problems } = parseCase(files);
      const body = JSON.stringify({
        files: files.map(({ name, text, etag }) => ({ name, text, etag })),
        case: parsed ?? null,
        problems,
        locations: locateItems(files),
      });
      last = { key, body };
    }
    c.header("Content-Type", "application/json; charset=utf-8");
    return c.body(last.body);
  });

  app.get("/case/files/:name", async (c) => {
    const file = await folder.read(c.req.param("name"));
    if (file === undefined) return apiError(c, 404, "not-found", `no case file "${c.req.param("name")}"`);
    c.header("ETag", file.etag);
    return c.json(file);
  });

  app.post("/validate", async (c) => {
    const body = await readBody(c, ValidateBody);
    if (!body.ok) return body.response;
    const { case: result, problems } = parseCase(body.value.files);
    return c.json({ valid: result !== undefined && !problems.some((p) => p.severity === "error"), problems });
  });

  app.put("/case/files/:name", async (c) => {
    const body = await readBody(c, PutBody);
    if (!body.ok) return body.response;
    const ifMatch = c.req.header("if-match") ?? (c.req.header("if-none-match") === "*" ? null : undefined);
    if (ifMatch === undefined) return versionRequired(c);
    return save(c, folder, c.req.param("name"), body.value.text, ifMatch);
  });

  app.patch("/case/files/:name", async (c) => {
    const body = await readBody(c, PatchBody);
    if (!body.ok) return body.response;
    const ifMatch = c.req.header("if-match");
    if (ifMatch === undefined) return versionRequired(c);
    const current = await folder.read(c.req.param("name"));
    if (current === undefined) return apiError(c, 404, "not-found", `no case file "${c.req.param("name")}"`);
    if (current.etag !== ifMatch) {
      return apiError(
        c,
        412,
        "stale-version",
        "the file changed since you loaded it; reload and reapply your edit",
        {
          currentEtag: current.etag,
        },
      );
    }
    let text: string;
    try {
      text = editYamlInPlace(current.text, body.value.edits);
    } catch (error) {
      return apiError(c, 422, "bad-edit", (error as Error).message);
    }
    return save(c, folder, current.name, text, ifMatch);
  });

  return app;
}

async function save(
  c: Context,
  folder: CaseFolder,
  name: string,
  text: string,
  ifMatch: string | null,
): Promise<Response> {
  const result = await folder.save(name, text, ifMatch);
  switch (result.status) {
    case "invalid-name":
      return apiError(c, 400, "bad-file-name", result.reason);
    case "conflict":
      return apiError(
        c,
        412,
        "stale-version",
        "the file changed since you loaded it; reload and reapply your edit",
        {
          currentEtag: result.currentEtag ?? null,
        },
      );
    case "saved": {
      const { case: parsed, problems } = parseCase(await folder.list());
      c.header("ETag", result.etag);
      return c.json({
        name,
        etag: result.etag,
        valid: parsed !== undefined && !problems.some((p) => p.severity === "error"),
        problems,
      });
    }
    default:
      return result satisfies never;
  }
}
