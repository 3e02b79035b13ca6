import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// `entente --help` and every command load src/cli/main.ts and all it imports statically. The heavy modules
// (the models, DuckDB, the web server, the report, the case schemas) must load only inside a command's action,
// through `await import()`, so that start-up stays fast (1.8 s → 0.3–0.5 s when this was introduced).
const repo = join(import.meta.dirname, "..", "..");

/** Static value imports of a module (type-only imports and `import()` do not load anything at start-up). */
function staticImports(text: string): string[] {
  const pattern = /^(?:import|export)\s+(?!type\s)[^"';]*?from\s+["']([^"']+)["']/gm;
  return [...text.matchAll(pattern)].map((m) => m[1] as string);
}

/** Every module main.ts loads before a command runs: repository files relative to the repo, packages by name. */
function startupGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const key = relative(repo, file);
    if (seen.has(key)) return;
    seen.add(key);
    for (const specifier of staticImports(readFileSync(file, "utf8"))) {
      if (!specifier.startsWith(".")) {
        seen.add(specifier);
        continue;
      }
      const target = join(dirname(file), specifier);
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return seen;
}

describe("CLI start-up", () => {
  it("startupGraph(src/cli/main.ts) reaches no model, store, server, report or case schema module", () => {
    const loaded = [...startupGraph(join(repo, "src", "cli", "main.ts"))];
    const heavy = loaded.filter((m) =>
      /^(@duckdb\/|hono|zod|yaml|d3-)|^src\/(core\/(analysis\/(?!model-setting\.ts)|assessment\/assess|models|case\/parse)|io\/(events\/store|report|case\/load)|web\/server|report)/.test(
        m,
      ),
    );
    expect(heavy).toEqual([]);
    expect(loaded).toContain("src/cli/commands/assess.ts");
  });
});
