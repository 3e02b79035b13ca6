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
  /** Alignment or bloc (e.g. the parent state): a group's actors sit together on the ellipse. */
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
/** Loose ties are drawn first, so hostile and strong ties lie on top. */
const drawOrder: readonly RelationKind[] = [
  "member-of",
  "mediator",
  "guarantor",
  "patron",
  "ally",
  "rival",
  "adversary",
];
const labelRoom = 142;
const nodeColour = "#4a5d73";
const unknownRadius = 5;

const groupOf = (a: NetworkActor) => a.group ?? a.id;

/**
 * Actors in ellipse order: groups chained greedily so that strongly tied groups are neighbours (start with the
 * strongest group, then always the unplaced group with the most tie strength to the last placed one; ties by
 * capability, then name), members by capability then id. Deterministic and cheap; it shortens most edges.
 */
function ellipseOrder(data: RelationsNetworkData): NetworkActor[] {
  const groupTop = new Map<string, number>();
  for (const a of data.actors)
    groupTop.set(groupOf(a), Math.max(groupTop.get(groupOf(a)) ?? -1, a.capability ?? -1));
  const byId = new Map(data.actors.map((a) => [a.id, a]));
  const pair = (g: string, h: string) => (g < h ? `${g}\u0000${h}` : `${h}\u0000${g}`);
  const weight = new Map<string, number>();
  for (const e of data.relations) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (from === undefined || to === undefined || groupOf(from) === groupOf(to)) continue;
    const key = pair(groupOf(from), groupOf(to));
    weight.set(key, (weight.get(key) ?? 0) + e.strength);
  }
  const left = [...groupTop.keys()].sort(
    (g, h) => (groupTop.get(h) ?? 0) - (groupTop.get(g) ?? 0) || g.localeCompare(h),
  );
  const chain: string[] = [];
  while (left.length > 0) {
    const last = chain.at(-1);
    const tie = (g: string | undefined) =>
      last === undefined || g === undefined ? 0 : (weight.get(pair(last, g)) ?? 0);
    let best = 0;
    for (let i = 1; i < left.length; i++) if (tie(left[i]) > tie(left[best])) best = i;
    chain.push(...left.splice(best, 1));
  }
  return [...data.actors].sort(
    (a, b) =>
      chain.indexOf(groupOf(a)) - chain.indexOf(groupOf(b)) ||
      (b.capability ?? -1) - (a.capability ?? -1) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Actors and their directed relations: nodes on an ellipse with each group on one arc (no force simulation and
 * no random numbers, so the same case always draws the same picture), circle area ∝ capability (hollow when
 * unknown), edges coloured and dashed by kind with width ∝ strength. Edges bow to their right, so A→B and B→A
 * stay apart, and parallel ties between the same pair bow further out.
 */
export function relationsNetworkChart(data: RelationsNetworkData, options: ChartOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 560;
  const id = escapeHtml(options.id ?? "relations");
  const top = 28;
  const key = legend(data, width, id);
  const bottom = height - key.height;
  const cx = width / 2;
  const cy = (top + bottom) / 2;
  const rx = Math.max(40, width / 2 - labelRoom);
  const ry = Math.max(40, (bottom - top) / 2 - 26);

  const ordered = ellipseOrder(data);
  const groupCount = new Set(ordered.map(groupOf)).size;
  const r = scaleSqrt().domain([0, 100]).range([3, 20]).clamp(true);
  // One empty slot between groups makes the blocs visible (only when there are groups of more than one).
  const gaps = groupCount > 1 && groupCount < ordered.length ? groupCount : 0;
  const slots = Math.max(1, ordered.length + gaps);
  let slot = 0;
  let previous: string | undefined;
  const nodes = new Map(
    ordered.map((a) => {
      if (gaps > 0 && previous !== undefined && previous !== groupOf(a)) slot++;
      previous = groupOf(a);
      const angle = (2 * Math.PI * slot++) / slots - Math.PI / 2;
      const radius = a.capability === null ? unknownRadius : r(a.capability);
      return [a.id, { a, angle, x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), r: radius }];
    }),
  );

  const parts: string[] = [
    text(12, 16, data.title, `font-weight="600" font-size="12" fill="${palette.ink}"`),
  ];
  parts.push(
    `<defs>${kinds
      .map(
        (kind) =>
          `<marker id="${id}-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1L10,5L0,9z" fill="${edgeStyle(kind).colour}"/></marker>`,
      )
      .join("")}</defs>`,
  );

  const seen = new Map<string, number>();
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
    const dash = style.dash === null ? "" : ` stroke-dasharray="${style.dash}"`;
    const stroke = `fill="none" stroke="${style.colour}" stroke-width="${n(strokeWidth(e.strength))}" stroke-opacity="0.85"${dash} marker-end="url(#${id}-arrow-${e.kind})"`;
    const attrs = `class="relation" data-from="${escapeHtml(e.from)}" data-to="${escapeHtml(e.to)}" data-kind="${e.kind}"`;
    let d: string;
    if (a === b) {
      // A tie to itself: a small loop just outside the node.
      const ox = a.x + Math.cos(a.angle) * (a.r + 8 + 4 * k);
      const oy = a.y + Math.sin(a.angle) * (a.r + 8 + 4 * k);
      d = `M${n(ox - 6)},${n(oy)}a6,6 0 1,0 12,0a6,6 0 1,0 -12,0`;
    } else {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = Math.hypot(dx, dy);
      // A quadratic Bézier bowing to the right of travel by 12 % of the chord, 10 % more per parallel tie.
      const bow = length * (0.12 + 0.1 * k);
      const qx = (a.x + b.x) / 2 - (dy / length) * bow;
      const qy = (a.y + b.y) / 2 + (dx / length) * bow;
      const from = towards(a, qx, qy, a.r + 1);
      const to = towards(b, qx, qy, b.r + 2);
      d = `M${n(from.x)},${n(from.y)}Q${n(qx)},${n(qy)} ${n(to.x)},${n(to.y)}`;
    }
    parts.push(`<path ${attrs} d="${d}" ${stroke}><title>${escapeHtml(tip)}</title></path>`);
  }
  parts.push("</g>");

  for (const { a, angle, x, y, r: radius } of nodes.values()) {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    // Labels point away from the centre; near the top and bottom they sit centred above or below the node.
    const side = Math.abs(cos) < 0.25;
    const anchor = side ? "middle" : cos > 0 ? "start" : "end";
    const lx = side ? x : x + cos * (radius + 6);
    const ly = side ? y + (sin < 0 ? -(radius + 5) : radius + 13) : y + sin * (radius + 4) + 4;
    const capability = a.capability === null ? "capability unknown" : `capability ${a.capability}`;
    const circle =
      a.capability === null
        ? `<circle cx="${n(x)}" cy="${n(y)}" r="${unknownRadius}" fill="#ffffff" stroke="${nodeColour}" stroke-width="1.6" stroke-dasharray="2 1.5"/>`
        : `<circle cx="${n(x)}" cy="${n(y)}" r="${n(radius)}" fill="${nodeColour}" fill-opacity="0.9" stroke="#ffffff" stroke-width="1"/>`;
    parts.push(
      `<g class="actor" data-actor-id="${escapeHtml(a.id)}"><title>${escapeHtml(`${a.name} · ${capability}`)}</title>${circle}`,
      text(
        lx,
        ly,
        clip(a.name, 20),
        `text-anchor="${anchor}" fill="${palette.ink}" stroke="#ffffff" stroke-width="3" paint-order="stroke"`,
      ),
      "</g>",
    );
  }

  parts.push(key.at(bottom + 10));
  const title = `${data.title}: ${data.actors.length} actors and ${data.relations.length} relations`;
  return svgFrame(width, height, title, parts.join(""), options.stamp);
}

function strokeWidth(strength: number): number {
  return 0.8 + 3.2 * Math.min(1, Math.max(0, strength));
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

/**
 * The legend as items flowing left to right and wrapping at the chart's width: the kinds present, the strength
 * scale, and the capability note. Returns its height so the ellipse can leave room for it.
 */
function legend(
  data: RelationsNetworkData,
  width: number,
  id: string,
): { height: number; at: (y0: number) => string } {
  const present = kinds.filter((kind) => data.relations.some((e) => e.kind === kind));
  type Item = { width: number; draw: (x: number, y: number) => string };
  const items: Item[] = [
    {
      width: 134,
      draw: (x, y) => text(x, y + 4, "Relation, from → to:", `font-weight="600" fill="${palette.ink}"`),
    },
    ...present.map((kind): Item => {
      const style = edgeStyle(kind);
      const dash = style.dash === null ? "" : ` stroke-dasharray="${style.dash}"`;
      return {
        width: 37 + kind.length * 6,
        draw: (x, y) =>
          `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 26)}" y2="${n(y)}" stroke="${style.colour}" stroke-width="2"${dash} marker-end="url(#${id}-arrow-${kind})"/>${text(x + 31, y + 4, kind, `fill="${palette.ink}"`)}`,
      };
    }),
    {
      width: 290,
      draw: (x, y) =>
        text(x, y + 4, "line width = strength (0–1):", `fill="${palette.muted}"`) +
        [0.25, 0.5, 1]
          .map(
            (s, i) =>
              `<line x1="${n(x + 160 + i * 38)}" y1="${n(y)}" x2="${n(x + 190 + i * 38)}" y2="${n(y)}" stroke="${palette.muted}" stroke-width="${n(strokeWidth(s))}"/>`,
          )
          .join(""),
    },
    {
      width: 260,
      draw: (x, y) =>
        text(x, y + 4, "circle area = capability (0–100);", `fill="${palette.muted}"`) +
        `<circle cx="${n(x + 190)}" cy="${n(y)}" r="${unknownRadius}" fill="#ffffff" stroke="${nodeColour}" stroke-width="1.6" stroke-dasharray="2 1.5"/>` +
        text(x + 200, y + 4, "unknown", `fill="${palette.muted}"`),
    },
  ];
  const placed: Array<{ item: Item; x: number; row: number }> = [];
  let x = 12;
  let row = 0;
  for (const item of items) {
    // The scale items start a new row, so the kinds read as one group.
    const newRow = item === items[present.length + 1] || (x > 12 && x + item.width > width - 8);
    if (newRow && x > 12) {
      row++;
      x = 12;
    }
    placed.push({ item, x, row });
    x += item.width;
  }
  const rowHeight = 20;
  return {
    height: (row + 1) * rowHeight + 22,
    at: (y0) => placed.map((p) => p.item.draw(p.x, y0 + p.row * rowHeight)).join(""),
  };
}
