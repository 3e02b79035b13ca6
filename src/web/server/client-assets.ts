import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { Hono } from "hono";

/** Where `vite build` puts the workbench client (see vite.config.ts). */
export const clientDir = resolve(import.meta.dirname, "..", "..", "..", "dist", "client");

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

const repoRoot = resolve(import.meta.dirname, "..", "..", "..");
/** What the client bundle is built from: when any of these changes, the bundle is rebuilt. */
const clientSources = [
  "src/web/client",
  "src/web/shared",
  "src/core",
  "src/report",
  "vite.config.ts",
  "package-lock.json",
];

/** A fingerprint of the client's sources (paths, sizes, modification times), cheap enough for every start. */
export function clientSourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.endsWith(".test.ts")) visit(join(path, name));
    } else {
      hash.update(`${relative(repoRoot, path)}\0${info.size}\0${info.mtimeMs}\n`);
    }
  };
  for (const source of clientSources) visit(join(repoRoot, source));
  return hash.digest("hex");
}

/** Builds the client with Vite when it is missing or older than its sources; returns whether it built. */
export async function ensureClientBuilt(dir = clientDir): Promise<boolean> {
  const stampFile = join(dir, ".source-fingerprint");
  const fingerprint = clientSourceFingerprint();
  if (
    existsSync(join(dir, "index.html")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === fingerprint
  ) {
    return false;
  }
  const { build } = await import("vite");
  await build({ configFile: join(repoRoot, "vite.config.ts"), logLevel: "warn", build: { outDir: dir } });
  writeFileSync(stampFile, fingerprint);
  return true;
}

/** Serves the built client; the page carries the session token so that only it can write. */
export function clientRoutes(token: string, dir = clientDir): Hono {
  const app = new Hono();
  app.get("*", async (c) => {
    const path = new URL(c.req.url).pathname;
    const relativePath =
      path === "/" || !extname(path) ? "index.html" : normalize(decodeURIComponent(path)).slice(1);
    const file = resolve(dir, relativePath);
    if (!file.startsWith(dir + sep)) return c.text("not found", 404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return c.text("not found", 404);
    }
    const type = types[extname(file)] ?? "application/octet-stream";
    c.header("Content-Type", type);
    c.header("X-Content-Type-Options", "nosniff");
    if (type.startsWith("text/html")) {
      c.header(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:",
      );
      return c.body(body.toString("utf8").replace("%ENTENTE_TOKEN%", token));
    }
    return c.body(new Uint8Array(body));
  });
  return app;
}
