import type { Command } from "commander";
import { registerEventsBacktest } from "./events-backtest.ts";
import { registerEventsForecast } from "./events-forecast.ts";
import { registerEventsImport } from "./events-import.ts";
import { registerEventsSummary } from "./events-summary.ts";

/**
 * The single `events` command, created on first call and returned on every later one, so that each module
 * can attach its subcommands (`import`, `summary`, `forecast`, `backtest`) to the same parent.
 */
export function eventsCommand(program: Command): Command {
  const existing = program.commands.find((command) => command.name() === "events");
  if (existing) return existing;
  return program
    .command("events")
    .description(
      "event data: import ACLED/UCDP/ICEWS/GDELT/PLOVER/CSV into the DuckDB store, summarise, forecast",
    );
}

/** Registers `entente events …`: import and summary here, forecast and backtest from their own modules. */
export function registerEvents(program: Command): void {
  const events = eventsCommand(program);
  const has = (name: string) => events.commands.some((command) => command.name() === name);
  registerEventsImport(events);
  registerEventsSummary(events);
  // Guarded so that registering forecast/backtest elsewhere too cannot add them twice.
  if (!has("forecast")) registerEventsForecast(events);
  if (!has("backtest")) registerEventsBacktest(events);
}
