import { join } from "node:path";
import type { Actor } from "entente";
import { describe, expect, it } from "vitest";

describe('import … from "entente"', () => {
  it("exposes loadCase, validateCase, parseCase, the CaseFile schema and caseJsonSchema", async () => {
    const entente = await import("entente");
    for (const name of ["loadCase", "validateCase", "parseCase", "caseJsonSchema", "builtInCasePath"])
      expect(typeof (entente as Record<string, unknown>)[name]).toBe("function");
    expect(typeof entente.CaseFile.safeParse).toBe("function");
    const minimal = join(import.meta.dirname, "fixtures", "cases", "minimal");
    const result = await entente.validateCase(minimal);
    expect(result).toMatchObject({ valid: true, errors: 0, warnings: 0 });
    const loaded = await entente.loadCase(minimal);
    const actors: Actor[] = loaded.case?.actors ?? [];
    expect(actors.length).toBe(4);
  });
});
