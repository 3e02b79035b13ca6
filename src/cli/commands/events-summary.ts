import { existsSync } from "node:fs";
import Table from "cli-table3";
import type { Command } from "commander";
import type { StoreSummary } from "../../io/events/summary.ts";
import { CliError } from "../cli-error.ts";
import { processTerminal, type Terminal } from "../terminal.ts";
import { type StoreOptions, storeOptions, storePathOf } from "./events-store-path.ts";

export interface EventsSummaryOptions extends StoreOptions {
  json?: boolean;
}

/** `entente events summary`: what the store holds per dataset, and its import log (the data vintages). */
export async function runEventsSummary(options: EventsSummaryOptions, terminal: Terminal): Promise<number> {
  const path = await storePathOf(options);
  if (!existsSync(path))
    throw new CliError(`${path}: no event store yet; run entente events import <file>`, 1);
  const { openEventStore } = await import("../../io/events/store.ts");
  const store = await openEventStore(path);
  try {
    const summary = await store.summary();
    if (options.json) terminal.out(`${JSON.stringify({ store: path, ...summary }, null, 2)}\n`);
    else terminal.out(summaryText(summary, path, terminal));
    return 0;
  } finally {
    await store.close();
  }
}

function summaryText(summary: StoreSummary, path: string, terminal: Terminal): string {
  const { colors } = terminal;
  const datasets = new Table({
    head: [
      "dataset",
      "events",
      "first",
      "last",
      "countries",
      "fatalities (best)",
      "unknown fatalities",
      "classes",
    ],
    style: { head: [], border: [] },
  });
  for (const d of summary.datasets) {
    const classes = Object.entries(d.byClass)
      .map(([c, n]) => `${c} ${n}`)
      .join(", ");
    datasets.push([
      d.dataset,
      d.events,
      d.firstDate ?? "",
      d.lastDate ?? "",
      d.countries,
      d.fatalitiesBest,
      d.fatalitiesUnknown,
      classes,
    ]);
  }
  const imports = new Table({
    head: [
      "imported at",
      "dataset",
      "file",
      "layout",
      "rows",
      "new",
      "updated",
      "unchanged",
      "skipped",
      "deleted",
    ],
    style: { head: [], border: [] },
  });
  for (const i of summary.imports) {
    imports.push([
      i.importedAt,
      i.dataset,
      i.file ?? "",
      i.layout ?? "",
      i.rows,
      i.imported,
      i.updated,
      i.unchanged,
      i.skipped,
      i.deleted,
    ]);
  }
  return [
    `${colors.bold("Event store")} ${path}: ${summary.events} events`,
    datasets.toString(),
    colors.bold("Imports (data vintages)"),
    imports.toString(),
    "",
  ].join("\n");
}

export function registerEventsSummary(events: Command): void {
  storeOptions(
    events
      .command("summary")
      .description("events per dataset (dates, countries, fatalities, classes) and the import log"),
  )
    .option("--json", "print the summary as JSON")
    .addHelpText("after", "\nExit status: 0 done, 1 no store, 2 usage error.")
    .action(async (options: EventsSummaryOptions) => {
      process.exitCode = await runEventsSummary(options, processTerminal());
    });
}
