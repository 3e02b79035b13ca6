import { XMLParser, XMLValidator } from "fast-xml-parser";
import { KTAB_DEFAULT_SEED, KTAB_PARAMETER_NAMES, SmpParams } from "../smp/params.ts";
import type { SmpScenario } from "../smp/scenario.ts";
import { type KtabDocument, lineAt, stripBom } from "./document.ts";

/**
 * KTAB XML scenarios (shared/negotiation/README.md, "KTAB XML"; KTAB `smpSchema.xsd`): `<Scenario>` with
 * `name`, `desc`, `prngSeed`, optional `<ModelParameters>`, `<Dimensions>` of `dName`, `<Actors>` of
 * `Actor` (`name`, `description`, `capability`, `<Position>` of `dCoord`, `<Salience>` of `dSal`, 0–100)
 * and `<IdealAdjustment>` of `iaPair` (`adjustingIdeal`, `referencePos`, `adjust`). As in KTAB, the
 * adjustment matrix starts as the identity and each pair overrides one entry.
 */

type Node = Record<string, unknown>;

const LISTS = new Set(["Actor", "dName", "dCoord", "dSal", "iaPair"]);

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return String((value as Node)["#text"] ?? "").trim();
  return String(value).trim();
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value];
}

/** Line of the `index`-th `<tag` after the first occurrence of `anchor` (for located errors). */
function lineOf(source: string, anchor: string, tag: string, index: number): number {
  let at = Math.max(0, source.indexOf(anchor));
  for (let k = 0; k <= index; k++) {
    const next = source.indexOf(`<${tag}`, at + (k === 0 ? 0 : 1));
    if (next < 0) break;
    at = next;
  }
  return lineAt(source, at);
}

export function parseKtabXml(input: string): KtabDocument {
  const source = stripBom(input);
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new Error(`parseKtabXml: line ${valid.err.line}: ${valid.err.msg}`);
  }
  const parser = new XMLParser({
    parseTagValue: false,
    trimValues: true,
    ignoreAttributes: true,
    isArray: (name) => LISTS.has(name),
  });
  const root = (parser.parse(source) as Node).Scenario as Node | undefined;
  if (root === undefined) throw new Error("parseKtabXml: no <Scenario> element");
  const fail = (line: number, message: string): never => {
    throw new Error(`parseKtabXml: line ${line}: ${message}`);
  };
  const number = (raw: unknown, what: string, line: number): number => {
    const t = text(raw);
    if (t === "") fail(line, `${what} is missing`);
    const x = Number(t);
    if (!Number.isFinite(x)) fail(line, `${what} is not a number: "${t}"`);
    return x;
  };

  const dimensions = list((root.Dimensions as Node | undefined)?.dName).map(text);
  if (dimensions.length === 0) fail(lineAt(source, source.indexOf("<Dimensions")), "no <dName> dimensions");
  const m = dimensions.length;

  const actorNodes = list((root.Actors as Node | undefined)?.Actor) as Node[];
  const actors: SmpScenario["actors"] = actorNodes.map((node, a) => {
    const id = text(node.name);
    const anchorLine = lineOf(source, "<Actors", "Actor", a);
    if (id === "") fail(anchorLine, `actor ${a + 1} has no name`);
    const anchor = `<name>${id}</name>`;
    const capability = number(
      node.capability,
      `actor ${id}: capability`,
      lineOf(source, anchor, "capability", 0),
    );
    const coords = list((node.Position as Node | undefined)?.dCoord);
    const sals = list((node.Salience as Node | undefined)?.dSal);
    const positions: number[] = [];
    const saliences: number[] = [];
    for (let d = 0; d < m; d++) {
      const dim = dimensions[d];
      const x = number(
        coords[d],
        `actor ${id}, dimension ${dim}: position`,
        lineOf(source, anchor, "dCoord", d),
      );
      const s = number(sals[d], `actor ${id}, dimension ${dim}: salience`, lineOf(source, anchor, "dSal", d));
      if (x < 0 || x > 100)
        fail(
          lineOf(source, anchor, "dCoord", d),
          `actor ${id}, dimension ${dim}: position ${x} outside [0, 100]`,
        );
      if (s < 0 || s > 100)
        fail(
          lineOf(source, anchor, "dSal", d),
          `actor ${id}, dimension ${dim}: salience ${s} outside [0, 100]`,
        );
      positions.push(x);
      saliences.push(s / 100);
    }
    if (coords.length > m || sals.length > m) {
      fail(lineOf(source, anchor, "Position", 0), `actor ${id}: more coordinates than the ${m} dimensions`);
    }
    const description = text(node.description);
    return description
      ? { id, name: description, capability, positions, saliences }
      : { id, capability, positions, saliences };
  });

  const scenario: SmpScenario = { name: text(root.name), dimensions, actors };
  const pairs = list((root.IdealAdjustment as Node | undefined)?.iaPair) as Node[];
  if (pairs.length > 0) {
    const n = actors.length;
    const index = new Map(actors.map((a, i) => [a.id, i]));
    const matrix: number[][] = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
    );
    pairs.forEach((pair, k) => {
      const line = lineOf(source, "<IdealAdjustment", "iaPair", k);
      const i = index.get(text(pair.adjustingIdeal));
      const j = index.get(text(pair.referencePos));
      if (i === undefined || j === undefined) {
        fail(
          line,
          `iaPair names an unknown actor: ${text(pair.adjustingIdeal)} / ${text(pair.referencePos)}`,
        );
      }
      matrix[i!]![j!] = number(pair.adjust, "iaPair adjust", line);
    });
    scenario.idealAdjustment = matrix;
  }

  const paramNode = root.ModelParameters as Node | undefined;
  const raw: Record<string, string> = {};
  if (paramNode !== undefined && typeof paramNode === "object") {
    for (const [ktab, ours] of KTAB_PARAMETER_NAMES) {
      const v = text(paramNode[ktab]);
      if (v !== "") raw[ours] = v;
    }
  }
  const parsed = SmpParams.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(
      lineAt(source, source.indexOf("<ModelParameters")),
      `model parameter ${issue.path.join(".")}: ${issue.message}`,
    );
  }
  const seed = text(root.prngSeed);
  return {
    scenario,
    description: text(root.desc),
    params: parsed.data!,
    seed: seed === "" ? KTAB_DEFAULT_SEED : seed,
  };
}

function escapeXml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Writes a scenario and parameters as KTAB XML (always with an IdealAdjustment block, which KTAB requires). */
export function formatKtabXml(
  scenario: SmpScenario,
  params: SmpParams,
  options: { description?: string; seed?: string } = {},
): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<Scenario>"];
  out.push(`  <name>${escapeXml(scenario.name)}</name>`);
  out.push(`  <desc>${escapeXml(options.description ?? "")}</desc>`);
  out.push(`  <prngSeed>${options.seed ?? KTAB_DEFAULT_SEED}</prngSeed>`);
  out.push("  <ModelParameters>");
  for (const [ktab, ours] of KTAB_PARAMETER_NAMES) out.push(`    <${ktab}>${params[ours]}</${ktab}>`);
  out.push("  </ModelParameters>", "  <Dimensions>");
  for (const d of scenario.dimensions) out.push(`    <dName>${escapeXml(d)}</dName>`);
  out.push("  </Dimensions>", "  <Actors>");
  for (const a of scenario.actors) {
    out.push("    <Actor>", `      <name>${escapeXml(a.id)}</name>`);
    out.push(`      <description>${escapeXml(a.name ?? "")}</description>`);
    out.push(`      <capability>${a.capability}</capability>`, "      <Position>");
    for (const x of a.positions) out.push(`        <dCoord>${x}</dCoord>`);
    out.push("      </Position>", "      <Salience>");
    for (const s of a.saliences)
      out.push(`        <dSal>${Number.parseFloat((s * 100).toPrecision(12))}</dSal>`);
    out.push("      </Salience>", "    </Actor>");
  }
  out.push("  </Actors>", "  <IdealAdjustment>");
  scenario.actors.forEach((ai, i) => {
    scenario.actors.forEach((aj, j) => {
      const v = scenario.idealAdjustment?.[i]?.[j] ?? (i === j ? 1 : 0);
      if (v === 0) return;
      out.push("    <iaPair>", `      <adjustingIdeal>${escapeXml(ai.id)}</adjustingIdeal>`);
      out.push(
        `      <referencePos>${escapeXml(aj.id)}</referencePos>`,
        `      <adjust>${v}</adjust>`,
        "    </iaPair>",
      );
    });
  });
  out.push("  </IdealAdjustment>", "</Scenario>");
  return `${out.join("\n")}\n`;
}
