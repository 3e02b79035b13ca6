import type { Estimate } from "../../core/case/estimate.ts";
import type { CaseOverview } from "../../core/case/overview/case-overview.ts";
import { table, title } from "../table.ts";
import type { Colors } from "../terminal.ts";

/** `60 (50–70)`, or `60` when the range is a point. */
function formatEstimate(e: Estimate, scale = 1, unit = ""): string {
  const f = (x: number) => `${Number((x * scale).toFixed(1))}${unit}`;
  return e.low === e.value && e.high === e.value ? f(e.value) : `${f(e.value)} (${f(e.low)}–${f(e.high)})`;
}

/** No rule between rows: long lists stay one line per item. */

/** Wide enough for the longest id (ids never wrap well), within reason. */
function idColumn(ids: readonly string[]): number {
  return Math.min(36, Math.max(4, ...ids.map((id) => id.length)) + 2);
}

function metaTable(o: CaseOverview, colors: Colors, width: number): string {
  const t = table([], colors, [12, Math.max(40, width - 16)]);
  const counts = Object.entries(o.counts)
    .filter(([, n]) => n > 0)
    .map(([section, n]) => `${n} ${section}`)
    .join(", ");
  const rows: Array<[string, string]> = [
    ["title", o.meta.title],
    ["id", o.meta.id],
    ["as of", o.meta.asOf],
    ["version", o.meta.version],
    ["authors", o.meta.authors.join("; ")],
    ["licence", o.meta.licence],
    ["contents", counts],
    ["summary", o.meta.summary],
  ];
  for (const [key, value] of rows) t.push([colors.cyan(key), value]);
  return `${title(o.meta.title, colors)}${t.toString()}\n`;
}

function actorsTable(o: CaseOverview, colors: Colors): string {
  const t = table(["id", "name", "kind", "parent", "capability", "principal"], colors);
  for (const a of o.actors)
    t.push([
      a.id,
      a.name,
      a.kind,
      a.parent ?? "",
      a.capability === null ? colors.dim("–") : formatEstimate(a.capability),
      a.principal ? "yes" : "",
    ]);
  return `${title(`Actors (${o.actors.length})`, colors)}${t.toString()}\n`;
}

function issuesTable(o: CaseOverview, colors: Colors, width: number): string {
  const idWidth = idColumn(o.issues.map((i) => i.id));
  const label = Math.max(16, Math.floor((width - idWidth - 62) / 2));
  const t = table(["id", "name", "0 =", "100 =", "status quo", "veto players"], colors, [
    idWidth,
    22,
    label,
    label,
    14,
    20,
  ]);
  for (const i of o.issues)
    t.push([i.id, i.name, i.low, i.high, formatEstimate(i.statusQuo), i.vetoPlayers.join(", ")]);
  return `${title(`Issues (${o.issues.length}, each a 0–100 scale)`, colors)}${t.toString()}\n`;
}

/** Actor × issue, `position/salience`, split into column groups that fit the terminal. */
function matrixTable(o: CaseOverview, colors: Colors, width: number): string {
  const { issues, rows } = o.matrix;
  if (rows.length === 0) return `${title("Stances", colors)}${colors.dim("(none)")}\n`;
  const actorWidth = Math.max(7, ...rows.map((r) => r.actor.length)) + 2;
  const cellWidth = Math.max(9, ...issues.map((id) => id.length + 2));
  const perGroup = Math.max(1, Math.floor((width - actorWidth - 1) / (cellWidth + 1)));
  let text = title("Stances: position/salience (0–100) by actor and issue", colors);
  for (let start = 0; start < issues.length; start += perGroup) {
    const group = issues.slice(start, start + perGroup);
    const t = table(["actor", ...group], colors);
    for (const row of rows)
      t.push([
        row.actor,
        ...row.cells
          .slice(start, start + perGroup)
          .map((cell) => (cell === null ? colors.dim("·") : `${cell.position.value}/${cell.salience.value}`)),
      ]);
    text += `${t.toString()}\n`;
  }
  return text;
}

function eventsTable(o: CaseOverview, colors: Colors): string {
  const t = table(["month", "events", "deaths (best)", "low–high", "unknown"], colors);
  for (const m of o.eventsByMonth)
    t.push([
      m.month,
      String(m.events),
      String(m.fatalities.best),
      `${m.fatalities.low}–${m.fatalities.high}`,
      m.fatalities.unknown === 0
        ? ""
        : `${m.fatalities.unknown} record${m.fatalities.unknown === 1 ? "" : "s"}`,
    ]);
  const total = o.eventsByMonth.reduce((n, m) => n + m.events, 0);
  const note = colors.dim(
    "deaths sum the known best figures; 'unknown' counts records without one (not zero)",
  );
  return `${title(`Events by month (${total})`, colors)}${t.toString()}\n${note}\n`;
}

function judgmentsTable(o: CaseOverview, colors: Colors, width: number): string {
  const idWidth = idColumn(o.judgments.map((j) => j.id));
  const t = table(["id", "statement", "probability", "horizon", "confidence"], colors, [
    idWidth,
    Math.max(30, width - idWidth - 46),
    17,
    9,
    12,
  ]);
  for (const j of o.judgments)
    t.push([
      j.id,
      j.statement,
      j.probability === null ? colors.dim("–") : formatEstimate(j.probability, 100, "%"),
      j.horizonMonths === null ? "" : `${j.horizonMonths} mo`,
      j.confidence,
    ]);
  return `${title(`Judgments (${o.judgments.length})`, colors)}${t.toString()}\n`;
}

export function overviewText(o: CaseOverview, colors: Colors, width: number): string {
  return [
    metaTable(o, colors, width),
    actorsTable(o, colors),
    issuesTable(o, colors, width),
    matrixTable(o, colors, width),
    eventsTable(o, colors),
    judgmentsTable(o, colors, width),
  ].join("");
}
