import { mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { clientRoutes } from "./client-assets.ts";
import { allowedHostsFor } from "./guards.ts";

const token = "test-token";
const host = "127.0.0.1:4321";
const caseText = `# yaml-language-server: $schema=../../schema/case.schema.json
# The analyst's own comment must survive every save.
meta:
  id: tiny
  title: Tiny case
  asOf: 2022-08-31
  summary: A case for server tests.
  authors: [Tester]
  licence: CC-BY-4.0
sources:
  - { id: s, title: A source, reliability: B }
actors:
  - id: a
    name: A
    kind: state
    capability: 60 # A is stronger
    evidence: analyst-estimate
`;

let dir: string;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "entente-server-"));
  await writeFile(join(dir, "case.yaml"), caseText);
  app = createApp({
    caseDir: dir,
    token,
    allowedHosts: allowedHostsFor("127.0.0.1", 4321),
    maxBodyBytes: 64 * 1024,
  });
});

function request(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return app.request(path, { ...init, headers: { host, ...init.headers } });
}

function write(path: string, method: string, body: unknown, headers: Record<string, string> = {}) {
  return request(path, {
    method,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", "x-entente-token": token, ...headers },
  });
}

describe("workbench server security", () => {
  it("refuses a Host it does not serve (DNS rebinding)", async () => {
    const response = await app.request("/api/case", { headers: { host: "evil.example:4321" } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: "bad-host", message: 'host "evil.example:4321" is not served here' },
    });
  });

  it("refuses a foreign Origin, even with the token", async () => {
    const response = await write("/api/validate", "POST", { files: [] }, { origin: "http://evil.example" });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("bad-origin");
  });

  it.each(["cross-site", "same-site"])(
    "refuses an API read a browser labels Sec-Fetch-Site: %s",
    async (site) => {
      const response = await request("/api/case", { headers: { "sec-fetch-site": site } });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("cross-site");
    },
  );

  it.each(["same-origin", "none"])("answers an API read labelled Sec-Fetch-Site: %s", async (site) => {
    expect((await request("/api/case", { headers: { "sec-fetch-site": site } })).status).toBe(200);
  });

  it("accepts its own Origin", async () => {
    const response = await write("/api/validate", "POST", { files: [] }, { origin: `http://${host}` });
    expect(response.status).toBe(200);
  });

  it("refuses a write without the session token", async () => {
    const response = await request("/api/case/files/case.yaml", {
      method: "PUT",
      body: JSON.stringify({ text: "x" }),
      headers: { "content-type": "application/json", "if-match": "*" },
    });
    expect(response.status).toBe(401);
    expect(await readFile(join(dir, "case.yaml"), "utf8")).toBe(caseText);
  });

  it.each([
    "../outside.yaml",
    "..%2Foutside.yaml",
    "%2e%2e%2fpasswd.yaml",
    "sub%2Fcase.yaml",
    ".hidden.yaml",
    "case.txt",
  ])("refuses the file name %s", async (name) => {
    const response = await write(
      `/api/case/files/${name}`,
      "PUT",
      { text: "a: 1" },
      { "if-none-match": "*" },
    );
    expect([400, 404]).toContain(response.status);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
  });

  it("refuses a symbolic link that leads out of the case folder", async () => {
    const outside = await mkdtemp(join(tmpdir(), "entente-outside-"));
    await writeFile(join(outside, "secret.yaml"), "secret: 1\n");
    await symlink(join(outside, "secret.yaml"), join(dir, "link.yaml"));
    const response = await write(
      "/api/case/files/link.yaml",
      "PUT",
      { text: "secret: 2" },
      { "if-match": "*" },
    );
    expect(response.status).toBe(400);
    expect(await readFile(join(outside, "secret.yaml"), "utf8")).toBe("secret: 1\n");
  });

  it("refuses an oversized body with 413", async () => {
    const response = await write("/api/validate", "POST", {
      files: [{ name: "case.yaml", text: "x".repeat(100_000) }],
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("body-too-large");
  });

  it("answers malformed JSON with 400 and a JSON error", async () => {
    const response = await write("/api/validate", "POST", "{ not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "bad-json", message: "the request body is not valid JSON" },
    });
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const response = await request("/api/nothing");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not-found");
  });
});

describe("workbench server saves", () => {
  it("GET /api/case returns the files with their versions and the parsed case", async () => {
    const response = await request("/api/case");
    const body = (await response.json()) as {
      files: Array<{ name: string; etag: string }>;
      case: { meta: { id: string } };
    };
    expect(body.files.map((f) => f.name)).toEqual(["case.yaml"]);
    expect(body.case.meta.id).toBe("tiny");
  });

  it("PATCH with the current ETag edits through the document model, keeping comments", async () => {
    const { etag } = (await (await request("/api/case/files/case.yaml")).json()) as { etag: string };
    const response = await write(
      "/api/case/files/case.yaml",
      "PATCH",
      { edits: [{ op: "set", path: ["actors", 0, "capability"], value: 70 }] },
      { "if-match": etag },
    );
    expect(response.status).toBe(200);
    const text = await readFile(join(dir, "case.yaml"), "utf8");
    expect(text).toContain("capability: 70 # A is stronger");
    expect(text).toContain("# The analyst's own comment must survive every save.");
    expect(response.headers.get("etag")).not.toBe(etag);
  });

  it("a save based on a stale version is refused with 412 and the file is left alone", async () => {
    const { etag } = (await (await request("/api/case/files/case.yaml")).json()) as { etag: string };
    const first = await write(
      "/api/case/files/case.yaml",
      "PATCH",
      { edits: [{ op: "set", path: ["meta", "title"], value: "One" }] },
      { "if-match": etag },
    );
    expect(first.status).toBe(200);
    const afterFirst = await readFile(join(dir, "case.yaml"), "utf8");
    const second = await write(
      "/api/case/files/case.yaml",
      "PATCH",
      { edits: [{ op: "set", path: ["meta", "title"], value: "Two" }] },
      { "if-match": etag },
    );
    expect(second.status).toBe(412);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe("stale-version");
    expect(await readFile(join(dir, "case.yaml"), "utf8")).toBe(afterFirst);
  });

  it("a PUT without If-Match is refused with 428", async () => {
    const response = await write("/api/case/files/case.yaml", "PUT", { text: "meta: {}\n" });
    expect(response.status).toBe(428);
  });

  it("a PATCH whose path does not exist is refused with 422", async () => {
    const { etag } = (await (await request("/api/case/files/case.yaml")).json()) as { etag: string };
    const response = await write(
      "/api/case/files/case.yaml",
      "PATCH",
      { edits: [{ op: "delete", path: ["actors", 5] }] },
      { "if-match": etag },
    );
    expect(response.status).toBe(422);
    expect(await readFile(join(dir, "case.yaml"), "utf8")).toBe(caseText);
  });

  it("concurrent saves on one version: exactly one wins", async () => {
    const { etag } = (await (await request("/api/case/files/case.yaml")).json()) as { etag: string };
    const results = await Promise.all(
      ["X", "Y", "Z"].map((title) =>
        write(
          "/api/case/files/case.yaml",
          "PATCH",
          { edits: [{ op: "set", path: ["meta", "title"], value: title }] },
          { "if-match": etag },
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
  });
});

describe("workbench client assets", () => {
  it("serves the page with the token and a strict CSP, and nothing outside the client folder", async () => {
    const root = await mkdtemp(join(tmpdir(), "entente-client-"));
    const client = join(root, "client");
    await mkdir(join(client, "assets"), { recursive: true });
    await writeFile(join(client, "index.html"), '<meta name="entente-token" content="%ENTENTE_TOKEN%">');
    await writeFile(join(client, "assets", "app.js"), "console.log(1)");
    await writeFile(join(root, "secret.txt"), "secret");
    const served = createApp({
      caseDir: dir,
      token,
      allowedHosts: allowedHostsFor("127.0.0.1", 4321),
      client: clientRoutes(token, client),
    });
    const page = await served.request("/", { headers: { host } });
    expect(await page.text()).toBe(`<meta name="entente-token" content="${token}">`);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect((await served.request("/assets/app.js", { headers: { host } })).status).toBe(200);
    for (const path of [
      "/..%2fsecret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/%2e%2e/secret.txt",
      "/assets/..%5c..%5csecret.txt",
    ]) {
      const response = await served.request(path, { headers: { host } });
      expect(await response.text()).not.toBe("secret");
    }
    expect((await served.request("/", { headers: { host: "evil.example:4321" } })).status).toBe(403);
  });
});
