import { scaleSqrt } from "d3-scale";
import { assertNever } from "../../core/assert-never.ts";
import type { RelationKind } from "../../core/case/relation.ts";
import { escapeHtml } from "../escape.ts";
import { type ChartOptions, clip, n, palette, svgFrame, text } from "./frame.ts";

export interface NetworkActor {
  readonly id: string;
  readonly name: string;
  /** 0–100; null when the case gives none (drawn hollow, not as a zero). */
  readonly capability: number | null;
  /** Alignment or bloc: actors of one group sit together on the circle and share a colour. */
  readonly group?: string;
}

export interface NetworkRelation {
  readonly from: string;
  readonly to: string;
  readonly kind: RelationKind;
  /** 0–1: how committed the tie is; the stroke width. */
  readonly strength: number;
}

export interface RelationsNetworkData {
  readonly title: string;
  readonly actors: ReadonlyArray<NetworkActor>;
  readonly relations: ReadonlyArray<NetworkRelation>;
}
/** The name `charts/index.ts` exports. */
export type NetworkData = RelationsNetworkData;

interface EdgeStyle {
  readonly colour: string;
  readonly dash: string | null;
  readonly label: string;
}

function edgeStyle(kind: RelationKind): EdgeStyle {
  switch (kind) {
    case "ally":
      return { colour: "#2e7d32", dash: null, label: "ally of" };
    case "patron":
      return { colour: "#1f4e8c", dash: null, label: "patron of" };
    case "guarantor":
      return { colour: "#00838f", dash: "7 3", label: "guarantor of" };
    case "mediator":
      return { colour: "#8e5bb5", dash: "2 3", label: "mediator for" };
    case "rival":
      return { colour: "#c77c02", dash: "5 3", label: "rival of" };
    case "adversary":
      return { colour: "#b3261e", dash: null, label: "adversary of" };
    case "member-of":
      return { colour: "#8a96a3", dash: "1 2", label: "member of" };
    default:
      return assertNever(kind);
  }
}

const kinds: readonly RelationKind[] = [
  "ally",
  "patron",
  "guarantor",
  "mediator",
  "rival",
  "adversary",
  "member-of",
];
const legendWidth = 160;

/**
 * Actors and their directed relations. The layout is a circle with each group on one arc (groups by their
 * strongest member, then members by capability and id), so the same case always draws the same picture and no
 * force simulation or random numbers are needed. Edges bow to their right, so A→B and B→A stay apart.
 */
export function relationsNetworkChart(data: RelationsNetworkData, options: ChartOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 560;
  const id = escapeHtml(options.id ?? "relations");
  const cx = (width - legendWidth) / 2;
  const cy = height / 2 + 8;
  const radius = Math.max(40, Math.min(width - legendWidth, height - 40) / 2 - 78);

  const groupOf = (a: NetworkActor) => a.group ?? a.id;
  const groupTop = new Map<string, number>();
  for (const a of data.actors)
    groupTop.set(groupOf(a), Math.max(groupTop.get(groupOf(a)) ?? -1, a.capability ?? -1));
  const groups = [...groupTop.keys()].sort(
    (a, b) => (groupTop.get(b) ?? 0) - (groupTop.get(a) ?? 0) || a.localeCompare(b),
  );
  const ordered = [...data.actors].sort(
    (a, b) =>
      groups.indexOf(groupOf(a)) - groups.indexOf(groupOf(b)) ||
      (b.capability ?? -1) - (a.capability ?? -1) ||
      a.id.localeCompare(b.id),
  );
  const groupColour = (g: string) =>
    palette.series[groups.indexOf(g) % palette.series.length] ?? palette.muted;
  const r = scaleSqrt().domain([0, 100]).range([3, 20]).clamp(true);
  const unknownRadius = 5;
  // A gap between groups the width of one node slot makes the blocs visible on the circle.
  const slots = ordered.length + (groups.length > 1 && groups.length < ordered.length ? groups.length : 0);
  let slot = 0;
  let previous: string | undefined;
  const nodes = new Map(
    ordered.map((a) => {
      if (previous !== undefined && previous !== groupOf(a) && slots > ordered.length) slot++;
      previous = groupOf(a);
      const angle = (2 * Math.PI * slot++) / Math.max(1, slots) - Math.PI / 2;
      const nodeRadius = a.capability === null ? unknownRadius : r(a.capability);
      return [
        a.id,
        { a, angle, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), r: nodeRadius },
      ];
    }),
  );

  const parts: string[] = [
    text(12, 16, data.title, `font-weight="600" font-size="12" fill="${palette.ink}"`),
  ];
  parts.push(
    `<defs>${kinds
      .map(
        (kind) =>
          `<marker id="${id}-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1L10,5L0,9z" fill="${edgeStyle(kind).colour}"/></marker>`,
      )
      .join("")}</defs>`,
  );

  // Edges: the k-th relation between the same ordered pair bows further out, so parallel ties stay distinct.
  const seen = new Map<string, number>();
  // Loose ties first, so hostile and strong ties are drawn on top (a stable sort keeps the case's order within a kind).
  const drawOrder: readonly RelationKind[] = [
    "member-of",
    "mediator",
    "guarantor",
    "patron",
    "ally",
    "rival",
    "adversary",
  ];
  const edges = [...data.relations].sort((a, b) => drawOrder.indexOf(a.kind) - drawOrder.indexOf(b.kind));
  parts.push('<g class="relations">');
  for (const e of edges) {
    const a = nodes.get(e.from);
    const b = nodes.get(e.to);
    if (a === undefined || b === undefined)
      throw new Error(`relationsNetworkChart: relation ${e.from} → ${e.to} names an actor not in the chart`);
    const key = `${e.from}\u0000${e.to}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const style = edgeStyle(e.kind);
    const tip = `${a.a.name} ${style.label} ${b.a.name} (strength ${e.strength})`;
    const strokeWidth = 0.8 + 3.2 * Math.min(1, Math.max(0, e.strength));
    const dash = style.dash === null ? "" : ` stroke-dasharray="${style.dash}"`;
    const common = `fill="none" stroke="${style.colour}" stroke-width="${n(strokeWidth)}" stroke-opacity="0.85"${dash} marker-end="url(#${id}-arrow-${e.kind})"`;
    const attrs = `class="relation" data-from="${escapeHtml(e.from)}" data-to="${escapeHtml(e.to)}" data-kind="${e.kind}"`;
    if (a === b) {
      // A tie to itself: a small loop outside the node.
      const ox = a.x + Math.cos(a.angle) * (a.r + 8);
      const oy = a.y + Math.sin(a.angle) * (a.r + 8);
      parts.push(
        `<path ${attrs} d="M${n(ox)},${n(oy)}m-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0" ${common}><title>${escapeHtml(tip)}</title></path>`,
      );
      continue;
    }
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    // Quadratic Bézier bowing to the right of the direction of travel by 12 % of the chord, more per parallel tie.
    const bow = length * (0.12 + 0.1 * k);
    const qx = (a.x + b.x) / 2 - (dy / length) * bow;
    const qy = (a.y + b.y) / 2 + (dx / length) * bow;
    const from = towards(a, qx, qy, a.r + 1);
    const to = towards(b, qx, qy, b.r + 2);
    parts.push(
      `<path ${attrs} d="M${n(from.x)},${n(from.y)}Q${n(qx)},${n(qy)} ${n(to.x)},${n(to.y)}" ${common}><title>${escapeHtml(tip)}</title></path>`,
    );
  }
  parts.push("</g>");

  for (const { a, angle, x, y, r: nodeRadius } of nodes.values()) {
    const colour = groupColour(groupOf(a));
    const right = Math.cos(angle) >= -1e-9;
    const lx = x + Math.cos(angle) * (nodeRadius + 6);
    const ly = y + Math.sin(angle) * (nodeRadius + 6) + 4;
    const capability = a.capability === null ? "capability unknown" : `capability ${a.capability}`;
    const circle =
      a.capability === null
        ? `<circle cx="${n(x)}" cy="${n(y)}" r="${unknownRadius}" fill="#ffffff" stroke="${colour}" stroke-width="1.6" stroke-dasharray="2 1.5"/>`
        : `<circle cx="${n(x)}" cy="${n(y)}" r="${n(nodeRadius)}" fill="${colour}" fill-opacity="0.85" stroke="#ffffff" stroke-width="1"/>`;
    parts.push(
      `<g class="actor" data-actor-id="${escapeHtml(a.id)}"><title>${escapeHtml(`${a.name} · ${capability}`)}</title>${circle}`,
      text(
        lx,
        ly,
        clip(a.name, 24),
        `text-anchor="${right ? "start" : "end"}" fill="${palette.ink}" stroke="#ffffff" stroke-width="3" paint-order="stroke"`,
      ),
      "</g>",
    );
  }

  parts.push(legend(data, width - legendWidth + 8, 40, id));
  return svgFrame(
    width,
    height,
    `${data.title}: ${data.actors.length} actors and ${data.relations.length} relations`,
    parts.join(""),
    options.stamp,
  );
}

/** The point `distance` from a node's centre towards (x, y): where an edge meets the node's rim. */
function towards(
  node: { x: number; y: number },
  x: number,
  y: number,
  distance: number,
): { x: number; y: number } {
  const length = Math.hypot(x - node.x, y - node.y) || 1;
  return { x: node.x + ((x - node.x) / length) * distance, y: node.y + ((y - node.y) / length) * distance };
}

function legend(data: RelationsNetworkData, x: number, y0: number, id: string): string {
  const present = kinds.filter((kind) => data.relations.some((e) => e.kind === kind));
  const parts: string[] = [text(x, y0, "Relation (from → to)", `font-weight="600" fill="${palette.ink}"`)];
  let y = y0 + 18;
  for (const kind of present) {
    const style = edgeStyle(kind);
    const dash = style.dash === null ? "" : ` stroke-dasharray="${style.dash}"`;
    parts.push(
      `<line x1="${n(x)}" y1="${n(y - 4)}" x2="${n(x + 30)}" y2="${n(y - 4)}" stroke="${style.colour}" stroke-width="2"${dash} marker-end="url(#${id}-arrow-${kind})"/>`,
      text(x + 38, y, kind, `fill="${palette.ink}"`),
    );
    y += 17;
  }
  y += 8;
  parts.push(text(x, y, "Width = strength (0–1)", `fill="${palette.muted}"`));
  for (const [i, s] of [0.25, 0.5, 1].entries())
    parts.push(
      `<line x1="${n(x + i * 42)}" y1="${n(y + 12)}" x2="${n(x + i * 42 + 34)}" y2="${n(y + 12)}" stroke="${palette.muted}" stroke-width="${n(0.8 + 3.2 * s)}"/>`,
    );
  y += 36;
  parts.push(text(x, y, "Circle area = capability", `fill="${palette.muted}"`));
  y += 14;
  parts.push(
    `<circle cx="${n(x + 6)}" cy="${n(y)}" r="5" fill="#ffffff" stroke="${palette.muted}" stroke-width="1.6" stroke-dasharray="2 1.5"/>`,
    text(x + 16, y + 4, "capability unknown", `fill="${palette.muted}"`),
  );
  return parts.join("");
}
