import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize, relative, resolve, sep } from "node:path";
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
function clientSourceFingerprint(): string {
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

function isCurrent(dir: string, fingerprint: string): boolean {
  const stampFile = join(dir, ".source-fingerprint");
  return (
    existsSync(join(dir, "index.html")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === fingerprint
  );
}

/**
 * Builds the client with Vite when it is missing or older than its sources; returns whether it built.
 * Processes that start at once (test files, two servers) take turns through a lock folder, and the new
 * bundle replaces the old one by rename, so no server ever reads a half-written bundle.
 */
export async function ensureClientBuilt(dir = clientDir): Promise<boolean> {
  if (isCurrent(dir, clientSourceFingerprint())) return false;
  const lock = `${dir}.build-lock`;
  mkdirSync(dirname(dir), { recursive: true });
  for (const started = Date.now(); ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a build that died.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 300_000)
        throw new Error("ensureClientBuilt: timed out waiting for another build");
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    const fingerprint = clientSourceFingerprint();
    if (isCurrent(dir, fingerprint)) return false;
    const fresh = `${dir}.new-${process.pid}`;
    const old = `${dir}.old-${process.pid}`;
    const { build } = await import("vite");
    // The React plugin picks its JSX runtime from NODE_ENV (Vitest sets "test"): build as production.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({
        configFile: join(repoRoot, "vite.config.ts"),
        mode: "production",
        logLevel: "warn",
        build: { outDir: fresh },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    writeFileSync(join(fresh, ".source-fingerprint"), fingerprint);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(fresh, dir);
    rmSync(old, { recursive: true, force: true });
    return true;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
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
