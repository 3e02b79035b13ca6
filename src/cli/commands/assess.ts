import { relative } from "node:path";
import type { Command } from "commander";
import { DEFAULT_RUNS, DEFAULT_SEED } from "../../core/assessment/defaults.ts";
import type { ReportFormat } from "../../io/report/index.ts";
import { caseArgument, casePath } from "../case-argument.ts";
import { CliError } from "../cli-error.ts";
import { processTerminal, type Terminal } from "../terminal.ts";

export interface AssessOptions {
  out?: string;
  format?: string;
  yardstick?: string;
  runs?: string;
  seed?: string;
}

function wholeNumber(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text) || Number(text) < min)
    throw new CliError(`--${name} expects a whole number ≥ ${min}, got "${text}"`, 2);
  return Number(text);
}

/** `entente assess`: runs the assessment on a case, writes the report, prints a short summary with its path. */
export async function runAssess(
  argument: string | undefined,
  options: AssessOptions,
  terminal: Terminal,
): Promise<number> {
  // The assessment, the case loader and the report writer load here, not at start-up (`entente --help`).
  const [{ assess }, { loadCaseAt }, { reportFormats, writeReport }, { problemLine }] = await Promise.all([
    import("../../core/assessment/index.ts"),
    import("../load-case.ts"),
    import("../../io/report/index.ts"),
    import("../problem-report.ts"),
  ]);
  const format = (options.format ?? "html") as ReportFormat;
  if (!reportFormats.includes(format))
    throw new CliError(`--format expects one of ${reportFormats.join(", ")}, got "${options.format}"`, 2);
  const yardstick = options.yardstick ?? "icd203";
  if (yardstick !== "icd203" && yardstick !== "phia")
    throw new CliError(`--yardstick expects icd203 or phia, got "${yardstick}"`, 2);
  const runs = wholeNumber("runs", options.runs, DEFAULT_RUNS, 1);
  const seed = wholeNumber("seed", options.seed, DEFAULT_SEED, -2147483648);
  const path = casePath(argument);
  const loaded = await loadCaseAt(path);
  const { colors } = terminal;
  if (loaded.case === undefined) {
    for (const problem of loaded.problems) terminal.err(`${problemLine(problem, colors)}\n`);
    throw new CliError(`${path}: the case is invalid; run "entente validate ${path}" for details`);
  }
  const caseFile = loaded.case;
  const assessment = assess(caseFile, { runs, seed, yardstick });
  const written = await writeReport(caseFile, assessment, { format, outDir: options.out ?? "out" });
  const a = assessment;
  terminal.out(
    `${colors.bold(a.case.title)} (as of ${a.case.asOf}; seed ${a.run.seed}, ${a.run.runs} runs, ${a.run.yardstick})\n`,
  );
  // ICD 203: a likelihood and a confidence level never share a sentence, so confidence gets its own line.
  for (const k of a.keyJudgments)
    terminal.out(`  • ${k.statement}\n    ${colors.dim(k.confidenceStatement)}\n`);
  const disagreements = a.analystChecks.filter((c) => c.verdict === "disagrees").length;
  const errors = a.lint.filter((f) => f.severity === "error").length;
  terminal.out(
    `  checks: ${disagreements} of ${a.analystChecks.length} case judgments disagree with the models; lint: ${errors} errors, ${a.lint.length - errors} warnings\n`,
  );
  const shown = relative(process.cwd(), written.path) || written.path;
  terminal.out(`${colors.green("wrote")} ${shown} (${(written.bytes / 1024).toFixed(0)} KiB)\n`);
  return 0;
}

export function registerAssess(program: Command): void {
  program
    .command("assess")
    .description(
      "assess a case: perspectives, settlement, bargaining, escalation, scenarios, levers, key judgments",
    )
    .argument(caseArgument.name, caseArgument.description)
    .option("--out <dir>", "folder for the report", "out")
    .option("--format <format>", "html, md, pdf or json", "html")
    .option("--yardstick <name>", "probability words: icd203 (US) or phia (UK)", "icd203")
    .option("--runs <n>", `Monte Carlo runs per ensemble (default ${DEFAULT_RUNS})`)
    .option("--seed <s>", `seed of the run (default ${DEFAULT_SEED})`)
    .action(async (argument: string | undefined, options: AssessOptions) => {
      process.exitCode = await runAssess(argument, options, processTerminal());
    });
}
