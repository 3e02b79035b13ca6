import type { Command } from "commander";
import { caseJsonSchema } from "../../core/case/parse/index.ts";
import { processTerminal, type Terminal } from "../terminal.ts";

/** The JSON Schema text exactly as committed at `schema/case.schema.json`. */
export function caseSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}

export function runSchema(terminal: Terminal): number {
  terminal.out(caseSchemaText());
  return 0;
}

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of case files (for editors with the YAML language server)")
    .addHelpText("after", "\nRegenerate the committed copy with: npm run schema")
    .action(() => {
      process.exitCode = runSchema(processTerminal());
    });
}
