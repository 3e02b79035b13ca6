import type { Command } from "commander";
import { registerSchema } from "./schema.ts";
import { registerShow } from "./show.ts";
import { registerValidate } from "./validate.ts";

/** Every subcommand registers itself on the root program; add one line per command module. */
export const commands: Array<(program: Command) => void> = [registerValidate, registerShow, registerSchema];
