import { existsSync, statSync } from "node:fs";
import { SingleBar } from "cli-progress";
import Table from "cli-table3";
import type { Command } from "commander";
import type { ColumnMapping } from "../../core/events/generic-csv.ts";
import type { ImportProgress, ImportReport } from "../../io/events/import-file.ts";
import type { openEventStore } from "../../io/events/store.ts";
import { CliError } from "../cli-error.ts";
import { processTerminal, type Terminal } from "../terminal.ts";
import { type StoreOptions, storeOptions, storePathOf } from "./events-store-path.ts";

export interface EventsImportOptions extends StoreOptions {
  format?: string;
  map?: string;
  dataset?: string;
  raw?: boolean;
  json?: boolean;
  /** Problems listed in the table output (all are in --json). */
  showProblems?: string;
}

/** Whether a path is a case (a folder or a .yaml file) rather than a data file. */
function isCase(path: string): boolean {
  return statSync(path).isDirectory() || /\.ya?ml$/i.test(path);
}

/**
 * `entente events import <file>`: detects the layout, imports into the store, reports what it detected and
 * every skipped row with file:line and reason. A case folder or .yaml file loads the case's events as
 * dataset `case` (replacing the previous load). Exit 0 imported (skipped rows included), 1 unreadable or
 * unrecognised file, 2 usage error.
 */
export async function runEventsImport(
  file: string,
  options: EventsImportOptions,
  terminal: Terminal,
): Promise<number> {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`, 2);
  // The importers and DuckDB load when the command runs, not at start-up (`entente --help`).
  const [{ EventFormat }, { parseColumnMapping }, { ImportError }, { openEventStore }] = await Promise.all([
    import("../../core/events/mapping.ts"),
    import("../../core/events/generic-csv.ts"),
    import("../../io/events/import-file.ts"),
    import("../../io/events/store.ts"),
  ]);
  const format = EventFormat.safeParse(options.format);
  if (options.format !== undefined && options.format !== "auto" && !format.success) {
    throw new CliError(`--format must be auto or one of ${EventFormat.options.join(", ")}`, 2);
  }
  let mapping: ColumnMapping | undefined;
  if (options.map !== undefined) {
    const parsed = parseColumnMapping(options.map);
    if (!parsed.ok) throw new CliError(`--map: ${parsed.message}`, 2);
    mapping = parsed.mapping;
  }
  const requested = format.success ? format.data : "auto";
  if (mapping !== undefined && requested !== "csv" && requested !== "auto") {
    throw new CliError("--map applies to --format csv only", 2);
  }

  const storePath = await storePathOf(options);
  const store = await openEventStore(storePath);
  try {
    if (isCase(file)) return await importCase(file, store, options, terminal);
    const bar = progressBar(terminal);
    let report: ImportReport;
    try {
      report = await store.importFile(file, {
        format: mapping !== undefined && requested === "auto" ? "csv" : requested,
        ...(mapping !== undefined ? { mapping } : {}),
        ...(options.dataset !== undefined ? { dataset: options.dataset } : {}),
        ...(options.raw === false ? { keepRaw: false } : {}),
        onProgress: bar.update,
      });
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(error.message, 1);
      throw error;
    } finally {
      bar.stop();
    }
    if (options.json) terminal.out(`${JSON.stringify({ store: storePath, ...report }, null, 2)}\n`);
    else terminal.out(importText(report, storePath, terminal, Number(options.showProblems ?? 20)));
    return 0;
  } finally {
    await store.close();
  }
}

async function importCase(
  path: string,
  store: Awaited<ReturnType<typeof openEventStore>>,
  options: EventsImportOptions,
  terminal: Terminal,
): Promise<number> {
  const [{ loadCaseAt }, { caseEventsToRecords }] = await Promise.all([
    import("../load-case.ts"),
    import("../../core/models/escalation/case-event-records.ts"),
  ]);
  const loaded = await loadCaseAt(path);
  if (loaded.case === undefined)
    throw new CliError(`${path}: the case is invalid; run entente validate ${path}`);
  const records = caseEventsToRecords(loaded.case.events);
  const result = await store.replaceDataset("case", records, { sourceFile: path });
  if (options.json)
    terminal.out(
      `${JSON.stringify({ store: store.path, case: path, dataset: "case", ...result }, null, 2)}\n`,
    );
  else {
    terminal.out(
      `${path}: ${records.length} case events → dataset case in ${store.path}\n` +
        `imported ${result.imported}, updated ${result.updated}, unchanged ${result.unchanged}, removed ${result.deleted}\n`,
    );
  }
  return 0;
}

function importText(report: ImportReport, storePath: string, terminal: Terminal, limit: number): string {
  const { colors } = terminal;
  const table = new Table({ style: { head: [], border: [] } });
  table.push(
    { file: report.file },
    { "detected format": `${report.format} (${report.layout})` },
    { dataset: report.dataset },
    { "rows read": String(report.rows) },
    { imported: colors.green(String(report.imported)) },
    { updated: String(report.updated) },
    { unchanged: String(report.unchanged) },
    { skipped: report.skipped > 0 ? colors.yellow(String(report.skipped)) : "0" },
    ...(report.deleted > 0 ? [{ deleted: String(report.deleted) }] : []),
    { store: storePath },
    { vintage: `${report.importedAt}, sha256 ${report.fileHash.slice(0, 12)}…` },
  );
  const lines = [table.toString()];
  if (report.notes.length > 0) lines.push(colors.bold("Detected:"), ...report.notes.map((n) => `  - ${n}`));
  if (report.problems.length > 0) {
    lines.push(colors.bold(`Skipped rows (${report.problems.length}):`));
    for (const p of report.problems.slice(0, limit)) {
      lines.push(`  ${p.file}:${p.line ?? "?"}: ${colors.yellow("skipped")}: ${p.reason}`);
    }
    if (report.problems.length > limit)
      lines.push(`  … ${report.problems.length - limit} more (use --json for all)`);
  }
  return `${lines.join("\n")}\n`;
}

/** A cli-progress bar on a TTY; plain progress lines on stderr otherwise (one per phase and every 10 %). */
function progressBar(terminal: Terminal): { update: (p: ImportProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ format: "{phase} [{bar}] {percentage}% | {rows} rows", hideCursor: true });
    let started = false;
    return {
      update: (p) => {
        const value = Math.round((100 * p.bytes) / Math.max(p.totalBytes, 1));
        if (!started) {
          bar.start(100, value, { phase: p.phase, rows: p.rows });
          started = true;
        } else bar.update(p.phase === "done" ? 100 : value, { phase: p.phase, rows: p.rows });
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  let lastPhase = "";
  let lastDecile = -1;
  return {
    update: (p) => {
      const decile = Math.floor((10 * p.bytes) / Math.max(p.totalBytes, 1));
      if (p.totalBytes < 5_000_000) return; // small files: no chatter
      if (p.phase !== lastPhase || decile !== lastDecile) {
        terminal.err(`${p.phase}: ${Math.min(decile * 10, 100)}% (${p.rows} rows)\n`);
        lastPhase = p.phase;
        lastDecile = decile;
      }
    },
    stop: () => {},
  };
}

export function registerEventsImport(events: Command): void {
  storeOptions(
    events
      .command("import")
      .description(
        "import an event file (or a case's events) into the DuckDB event store, reporting every skipped row",
      )
      .argument(
        "<file>",
        "ACLED/UCDP/ICEWS/GDELT/POLECAT CSV or TSV, PLOVER JSON, a mapped CSV, or a case folder/.yaml",
      )
      .option("--format <format>", "auto (default), acled, ucdp, icews, gdelt, plover, polecat or csv")
      .option(
        "--map <mapping>",
        "column mapping for csv, e.g. date=Date,lat=Lat,lon=Lon,country=Country,fatalities=Killed",
      )
      .option("--dataset <key>", "dataset key for a mapped csv (default csv)"),
  )
    .option("--no-raw", "do not keep each source row as JSON (faster; loses the audit copy)")
    .option("--show-problems <n>", "skipped rows to list in the table output (default 20)")
    .option("--json", "print the full import report as JSON")
    .addHelpText(
      "after",
      "\nExit status: 0 imported (skipped rows are reported, not fatal), 1 unreadable file, 2 usage error.",
    )
    .action(async (file: string, options: EventsImportOptions) => {
      process.exitCode = await runEventsImport(file, options, processTerminal());
    });
}
