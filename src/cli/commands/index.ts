import type { Command } from "commander";
import { registerExport } from "./export.ts";
import { registerSchema } from "./schema.ts";
import { registerShow } from "./show.ts";
import { registerSimulate } from "./simulate.ts";
import { registerValidate } from "./validate.ts";

/** Every subcommand registers itself on the root program; add one line per command module. */
export const commands: Array<(program: Command) => void> = [
  registerValidate,
  registerShow,
  registerSchema,
  registerSimulate,
  registerExport,
];
