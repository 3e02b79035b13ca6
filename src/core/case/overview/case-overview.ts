import type { CaseFile } from "../case-file.ts";
import type { Estimate, ProbabilityEstimate } from "../estimate.ts";

export interface MonthOfEvents {
  /** `YYYY-MM` of the event's start. */
  month: string;
  events: number;
  /**
   * Deaths summed over the month's fatality records: `best` sums known best figures, `low`/`high` use the
   * record's bound or else its best. `unknown` counts records whose best is null — never read as 0.
   */
  fatalities: { low: number; best: number; high: number; unknown: number };
}

/** What `entente show` shows of a case: the parts an analyst scans first. */
export interface CaseOverview {
  meta: CaseFile["meta"];
  counts: Record<Exclude<keyof CaseFile, "meta">, number>;
  actors: Array<{
    id: string;
    name: string;
    kind: string;
    parent: string | null;
    capability: Estimate | null;
    principal: boolean;
  }>;
  issues: Array<{
    id: string;
    name: string;
    low: string;
    high: string;
    statusQuo: Estimate;
    vetoPlayers: string[];
  }>;
  /** Position and salience of each actor with stances (rows) on each issue (columns); null where none. */
  matrix: {
    issues: string[];
    rows: Array<{ actor: string; cells: Array<{ position: Estimate; salience: Estimate } | null> }>;
  };
  eventsByMonth: MonthOfEvents[];
  judgments: Array<{
    id: string;
    statement: string;
    probability: ProbabilityEstimate | null;
    horizonMonths: number | null;
    confidence: string;
  }>;
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** Every month from the first event's to the last's, quiet months included: a gap is information too. */
function withEmptyMonths(months: ReadonlyMap<string, MonthOfEvents>): MonthOfEvents[] {
  const keys = [...months.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return [];
  const all: MonthOfEvents[] = [];
  for (let month = first; month <= last; month = nextMonth(month))
    all.push(months.get(month) ?? { month, events: 0, fatalities: { low: 0, best: 0, high: 0, unknown: 0 } });
  return all;
}

export function caseOverview(c: CaseFile): CaseOverview {
  const { meta, ...sections } = c;
  const counts = Object.fromEntries(
    Object.entries(sections).map(([key, list]) => [key, list.length]),
  ) as CaseOverview["counts"];
  const stanceOf = new Map(c.stances.map((s) => [`${s.actor}\u0000${s.issue}`, s]));
  const withStances = new Set(c.stances.map((s) => s.actor));
  const months = new Map<string, MonthOfEvents>();
  for (const event of c.events) {
    const month = event.start.slice(0, 7);
    const entry = months.get(month) ?? {
      month,
      events: 0,
      fatalities: { low: 0, best: 0, high: 0, unknown: 0 },
    };
    entry.events += 1;
    for (const f of event.fatalities) {
      if (f.best === null) {
        entry.fatalities.unknown += 1;
        continue;
      }
      entry.fatalities.best += f.best;
      entry.fatalities.low += f.low ?? f.best;
      entry.fatalities.high += f.high ?? f.best;
    }
    months.set(month, entry);
  }
  return {
    meta,
    counts,
    actors: c.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      parent: a.parent ?? null,
      capability: a.capability ?? null,
      principal: a.principal,
    })),
    issues: c.issues.map((i) => ({
      id: i.id,
      name: i.name,
      low: i.scale.low,
      high: i.scale.high,
      statusQuo: i.statusQuo,
      vetoPlayers: i.vetoPlayers,
    })),
    matrix: {
      issues: c.issues.map((i) => i.id),
      rows: c.actors
        .filter((a) => withStances.has(a.id))
        .map((a) => ({
          actor: a.id,
          cells: c.issues.map((i) => {
            const stance = stanceOf.get(`${a.id}\u0000${i.id}`);
            return stance === undefined ? null : { position: stance.position, salience: stance.salience };
          }),
        })),
    },
    eventsByMonth: withEmptyMonths(months),
    judgments: c.judgments.map((j) => ({
      id: j.id,
      statement: j.statement,
      probability: j.probability ?? null,
      horizonMonths: j.horizonMonths ?? null,
      confidence: j.confidence,
    })),
  };
}
