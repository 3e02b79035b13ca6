import type { Command } from "commander";
import { processTerminal, type Terminal } from "../terminal.ts";

/** The JSON Schema text exactly as committed at `schema/case.schema.json`. */
export async function caseSchemaText(): Promise<string> {
  // The case schemas (zod) load when the command runs, not at start-up (`entente --help`).
  const { caseJsonSchema } = await import("../../core/case/parse/index.ts");
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}

export async function runSchema(terminal: Terminal): Promise<number> {
  terminal.out(await caseSchemaText());
  return 0;
}

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of case files (for editors with the YAML language server)")
    .addHelpText("after", "\nRegenerate the committed copy with: npm run schema")
    .action(async () => {
      process.exitCode = await runSchema(processTerminal());
    });
}
