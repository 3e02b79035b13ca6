import type { Command } from "commander";
import { registerAssess } from "./assess.ts";
import { registerEvents } from "./events.ts";
import { registerExport } from "./export.ts";
import { registerSchema } from "./schema.ts";
import { registerServe } from "./serve.ts";
import { registerShow } from "./show.ts";
import { registerSimulate } from "./simulate-command.ts";
import { registerValidate } from "./validate.ts";

/**
 * Every subcommand registers itself on the root program; add one line per command module. Every module
 * imported here loads at start-up (`entente --help`, every command), so it must stay light: options and help
 * only, with the implementation's heavy modules (the models, DuckDB, the web server, the report) loaded by
 * `await import()` when the command runs (see assess.ts, simulate-command.ts).
 */
export const commands: Array<(program: Command) => void> = [
  registerAssess,
  registerValidate,
  registerShow,
  registerSchema,
  registerServe,
  registerSimulate,
  registerExport,
  registerEvents,
];
