import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { type PeerForecast, runBdmTable, runKtabScenario } from "../../core/analysis/index.ts";
import { parseBdmCsv } from "../../core/models/bargaining/bdm/index.ts";
import { parseKtabCsv, parseKtabXml } from "../../core/models/bargaining/ktab-format/index.ts";
import { createRandom } from "../../core/stats/random.ts";

export type PeerFormat = "bdm-csv" | "ktab-csv" | "ktab-xml";

/**
 * Which peer format a file is in: `.xml` is a KTAB scenario; a CSV whose first line names the columns
 * Actor, Capability, Position and Salience is a BDM table; any other CSV is a KTAB CSV scenario (its first
 * line is `name, description, actors, dimensions`).
 */
export function detectPeerFormat(path: string, text: string): PeerFormat {
  if (extname(path).toLowerCase() === ".xml" || text.trimStart().startsWith("<")) return "ktab-xml";
  const first = (text.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "")
    .toLowerCase()
    .split(",")
    .map((c) => c.trim());
  return ["actor", "capability", "position", "salience"].every((c) => first.includes(c))
    ? "bdm-csv"
    : "ktab-csv";
}

export interface PeerRun {
  readonly format: PeerFormat;
  readonly name: string;
  readonly dimensions: readonly string[];
  readonly actors: number;
  readonly forecasts: readonly PeerForecast[];
}

export async function runPeerFile(path: string, model: string | undefined, seed: number): Promise<PeerRun> {
  const text = await readFile(path, "utf8");
  const format = detectPeerFormat(path, text);
  const keep = (forecasts: PeerForecast[]) =>
    model === undefined
      ? forecasts
      : forecasts.filter((f) => f.setting === model || f.setting.startsWith(`${model}:`));
  if (format === "bdm-csv") {
    const input = parseBdmCsv(text);
    if (model === "smp")
      throw new Error("a BDM table is one issue for the BDM model; run KTAB files with --model smp");
    return {
      format,
      name: path,
      dimensions: ["position"],
      actors: input.actors.length,
      forecasts: keep(runBdmTable(input)),
    };
  }
  const document = format === "ktab-xml" ? parseKtabXml(text) : parseKtabCsv(text);
  if (model === "bdm") throw new Error("a KTAB scenario is run with the SMP model; BDM reads BDM CSV tables");
  return {
    format,
    name: document.scenario.name,
    dimensions: document.scenario.dimensions,
    actors: document.scenario.actors.length,
    forecasts: keep(runKtabScenario(document.scenario, document.params ?? {}, createRandom(seed))),
  };
}
