import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { caseArgument, casePath } from "../case-argument.ts";
import { CliError } from "../cli-error.ts";
import { collect } from "../collect-option.ts";
import { processTerminal, type Terminal } from "../terminal.ts";

export interface ExportOptions {
  to?: string;
  issue?: string[];
  out?: string;
}

const formats = ["bdm", "ktab-csv", "ktab-xml"] as const;

/**
 * `entente export`: a case's bargaining inputs (central values) in the peers' formats — a BDM CSV table of
 * one issue, or a KTAB scenario (CSV or XML, KTAB's default parameters) with one dimension per issue.
 */
export async function runExport(
  argument: string | undefined,
  options: ExportOptions,
  terminal: Terminal,
): Promise<number> {
  const to = options.to;
  if (to === undefined || !(formats as readonly string[]).includes(to)) {
    throw new CliError(
      `--to must be one of ${formats.join(", ")}${to === undefined ? "" : `, got "${to}"`}`,
      2,
    );
  }
  // The engines' formats and the case loader load here, not at start-up (`entente --help`).
  const [{ caseToBdmInput, caseToSmpScenario }, { formatBdmCsv }, ktab, { smpDefaults }, { loadValidCase }] =
    await Promise.all([
      import("../../core/analysis/index.ts"),
      import("../../core/models/bargaining/bdm/index.ts"),
      import("../../core/models/bargaining/ktab-format/index.ts"),
      import("../../core/models/bargaining/smp/index.ts"),
      import("../load-case.ts"),
    ]);
  const loaded = await loadValidCase(casePath(argument), terminal);
  if (loaded === null) return 1;
  const caseFile = loaded.case;
  const issues = options.issue?.length ? options.issue : undefined;
  let text: string;
  try {
    if (to === "bdm") {
      if (issues?.length !== 1) {
        throw new CliError(
          `a BDM table holds one issue: pass --issue (one of ${caseFile.issues.map((i) => i.id).join(", ")})`,
          2,
        );
      }
      text = formatBdmCsv(caseToBdmInput(caseFile, issues[0] as string).actors);
    } else {
      const scenario = caseToSmpScenario(caseFile, issues);
      const description = `${caseFile.meta.title} (as of ${caseFile.meta.asOf}), exported by Entente`;
      text =
        to === "ktab-csv"
          ? ktab.formatKtabCsv(scenario, description)
          : ktab.formatKtabXml(scenario, smpDefaults, { description });
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message, 1);
  }
  if (options.out === undefined) terminal.out(text);
  else {
    await writeFile(options.out, text, "utf8");
    terminal.err(`wrote ${options.out}\n`);
  }
  return 0;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write a case's bargaining inputs as a BDM CSV table or a KTAB CSV/XML scenario")
    .argument(caseArgument.name, caseArgument.description)
    .requiredOption("--to <format>", `bdm, ktab-csv or ktab-xml`)
    .option("--issue <id>", "only this issue (repeatable; BDM takes exactly one)", collect)
    .option("--out <file>", "write to this file instead of standard output")
    .addHelpText("after", "\nExit status: 0 written, 1 invalid case, 2 usage error.")
    .action(async (argument: string | undefined, options: ExportOptions) => {
      process.exitCode = await runExport(argument, options, processTerminal());
    });
}
