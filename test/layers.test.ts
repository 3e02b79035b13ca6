import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The layers of docs/DEVELOPING.md: each may import only itself and the layers listed for it.
const allowed: Record<string, string[]> = {
  core: ["core"],
  report: ["core", "report"],
  io: ["core", "report", "io"],
  // `entente serve` starts the workbench, so the CLI shell may reach the web server's entry point.
  cli: ["core", "report", "io", "cli", "web"],
  web: ["core", "report", "io", "web"],
};
const root = join(import.meta.dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  const pattern = /(?:import|export)\s[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => (m[1] ?? m[2]) as string);
}

describe("layers", () => {
  for (const layer of Object.keys(allowed)) {
    it(`src/${layer} imports only ${allowed[layer]?.join(", ")}`, () => {
      const offences: string[] = [];
      for (const file of sourceFiles(join(root, layer))) {
        for (const specifier of importsOf(readFileSync(file, "utf8"))) {
          const rel = relative(root, file);
          if (specifier.startsWith(".")) {
            const target = relative(root, join(file, "..", specifier)).split(/[\\/]/)[0] ?? "";
            // Tests may also reach their fixtures and shared assertions under test/.
            const testHelpers = file.endsWith(".test.ts") && target === "..";
            if (!allowed[layer]?.includes(target) && !testHelpers)
              offences.push(`${rel} imports ${specifier}`);
          } else if (
            (layer === "core" || layer === "report") &&
            !file.endsWith(".test.ts") && // tests may read their fixtures from disk
            (specifier.startsWith("node:") ||
              ["fs", "path", "child_process", "worker_threads"].includes(specifier))
          ) {
            offences.push(`${rel} imports ${specifier}`);
          }
        }
      }
      expect(offences).toEqual([]);
    });
  }

  it("src/core never reads the clock or global randomness", () => {
    const offences = sourceFiles(join(root, "core"))
      .filter((f) => !f.endsWith(".test.ts"))
      .filter((f) => /Math\.random\(|Date\.now\(|new Date\(\)/.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f));
    expect(offences).toEqual([]);
  });
});
