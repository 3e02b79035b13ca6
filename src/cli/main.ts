import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error.ts";
import { commands } from "./commands/index.ts";

const program = new Command("entente")
  .description("Structured, sourced, reproducible assessment of a conflict.")
  .showHelpAfterError()
  .exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end through exitOverride too; they are not errors.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof CliError) {
    process.stderr.write(`entente: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
