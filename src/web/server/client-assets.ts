import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
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

/** Builds the client with Vite when it has not been built yet (a fresh clone), once. */
export async function ensureClientBuilt(): Promise<void> {
  if (existsSync(join(clientDir, "index.html"))) return;
  const { build } = await import("vite");
  await build({
    configFile: resolve(import.meta.dirname, "..", "..", "..", "vite.config.ts"),
    logLevel: "warn",
  });
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
