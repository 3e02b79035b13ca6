import { type GeoProjection, geoMercator, geoPath } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };
import { escapeHtml } from "../escape.ts";
import { type ChartOptions, clip, n, palette, svgFrame, text } from "./frame.ts";

export interface IncidentMapEvent {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO date (`YYYY-MM-DD`), shown in the tooltip. */
  readonly date: string;
  /** Event type (or initiator): the marker's colour and legend entry. */
  readonly type: string;
  /** Best estimate of deaths; null = unknown (a hollow marker), which is not the same as 0. */
  readonly fatalities: number | null;
  /** How approximate the point is: drawn as a faint dashed ring of this radius. */
  readonly precisionKm?: number;
}

export interface IncidentMapData {
  readonly title: string;
  readonly events: ReadonlyArray<IncidentMapEvent>;
  /** [west, south, east, north] in degrees to show instead of the fitted one. */
  readonly region?: readonly [number, number, number, number];
}

type CountryProps = { name: string };
type Countries = Topology<{ countries: GeometryCollection<CountryProps>; land: GeometryCollection }>;

// Natural Earth 1:50m admin-0 countries (public domain) as TopoJSON from world-atlas 2.0.2 (ISC).
const topology = countries50m as unknown as Countries;
// Names as the case's sources write them; Natural Earth 5.x still has the pre-2022 English name.
const renamed: Record<string, string> = { Turkey: "Türkiye" };

type Box = readonly [number, number, number, number];
interface Geodata {
  /** Every country split into its polygons, so exclaves (Nakhchivan) get a label of their own. */
  readonly polygons: ReadonlyArray<{
    readonly feature: Feature<Polygon, CountryProps>;
    readonly bounds: Box;
  }>;
  readonly borders: ReadonlyArray<{ readonly line: Position[]; readonly bounds: Box }>;
  readonly coasts: ReadonlyArray<{ readonly line: Position[]; readonly bounds: Box }>;
}

/** Longitude/latitude extent of some points (Natural Earth splits shapes at the antimeridian, so min/max suffices). */
function extent(points: readonly Position[]): Box {
  let [w, s, e, nn] = [180, 90, -180, -90];
  for (const [lon = 0, lat = 0] of points) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    nn = Math.max(nn, lat);
  }
  return [w, s, e, nn];
}

let geodataCache: Geodata | undefined;
/** Converted once per process: topojson decoding and meshing take far longer than drawing one region. */
function geodata(): Geodata {
  if (geodataCache !== undefined) return geodataCache;
  const all = feature(topology, topology.objects.countries).features as Array<
    Feature<Polygon | MultiPolygon, CountryProps>
  >;
  const polygons = all.flatMap((f) => {
    const name = renamed[f.properties.name] ?? f.properties.name;
    const shapes = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    return shapes.map((coordinates) => ({
      feature: {
        type: "Feature" as const,
        properties: { name },
        geometry: { type: "Polygon" as const, coordinates },
      },
      bounds: extent(coordinates[0] ?? []),
    }));
  });
  const lines = (filter: (a: unknown, b: unknown) => boolean) =>
    mesh(topology, topology.objects.countries, filter).coordinates.map((line) => ({
      line,
      bounds: extent(line),
    }));
  geodataCache = { polygons, borders: lines((a, b) => a !== b), coasts: lines((a, b) => a === b) };
  return geodataCache;
}

function overlaps(a: Box, b: Box): boolean {
  return a[2] >= b[0] && a[0] <= b[2] && a[3] >= b[1] && a[1] <= b[3];
}

/** Degrees of longitude and latitude the map spans at least, so the neighbouring countries give context. */
const minSpan = { lon: 6.5, lat: 4.4 };
const layout = { marginTop: 26, footer: 44, legendWidth: 170 };

/** The region shown: the incidents' extent widened by 30 % of its span on each side, and to at least `minSpan`. */
export function incidentMapRegion(data: IncidentMapData): readonly [number, number, number, number] {
  if (data.region !== undefined) return data.region;
  if (data.events.length === 0) throw new Error("incidentMapRegion: no events and no region");
  const lons = data.events.map((e) => e.lon);
  const lats = data.events.map((e) => e.lat);
  const widen = (lo: number, hi: number, min: number): [number, number] => {
    const pad = 0.3 * (hi - lo);
    const half = Math.max((hi - lo) / 2 + pad, min / 2);
    const mid = (lo + hi) / 2;
    return [mid - half, mid + half];
  };
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), minSpan.lon);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), minSpan.lat);
  return [west, Math.max(-84, south), east, Math.min(84, north)];
}

/** The map's projection (Mercator fitted to the region, clipped to the map area); the web app reuses it for hit tests. */
export function incidentMapProjection(data: IncidentMapData, options: ChartOptions): GeoProjection {
  const { width, height } = size(options);
  const [west, south, east, north] = incidentMapRegion(data);
  const corners = {
    type: "MultiPoint" as const,
    coordinates: [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
    ],
  };
  const box = mapBox(width, height);
  return geoMercator()
    .fitExtent(
      [
        [box.x0 + 4, box.y0 + 4],
        [box.x1 - 4, box.y1 - 4],
      ],
      corners,
    )
    .clipExtent([
      [box.x0, box.y0],
      [box.x1, box.y1],
    ]);
}

/** The longitude/latitude box the map area shows (Mercator: its corners are enough), widened a little. */
function visibleBounds(projection: GeoProjection, box: ReturnType<typeof mapBox>): Box {
  const nw = projection.invert?.([box.x0, box.y0]);
  const se = projection.invert?.([box.x1, box.y1]);
  if (nw === undefined || se === undefined || nw === null || se === null) return [-180, -90, 180, 90];
  return [nw[0] - 1, se[1] - 1, se[0] + 1, nw[1] + 1];
}

function size(options: ChartOptions): { width: number; height: number } {
  return { width: options.width ?? 720, height: options.height ?? 520 };
}

function mapBox(width: number, height: number) {
  return { x0: 8, y0: layout.marginTop, x1: width - layout.legendWidth, y1: height - layout.footer };
}

// Ten types fit before colours repeat: the frame's series plus three.
const typeColours = [...palette.series, "#5c6bc0", "#ad1457", "#7cb342"];

/**
 * Incidents over country borders drawn offline (Natural Earth via world-atlas and d3-geo): circle area ∝ deaths
 * (best estimate), hollow when unknown, colour by type, faint rings for the stated location precision.
 */
export function incidentMapChart(data: IncidentMapData, options: ChartOptions): string {
  const { width, height } = size(options);
  const title = `${data.title}: map of ${data.events.length} incidents`;
  const head = text(8, 16, data.title, `font-weight="600" font-size="12" fill="${palette.ink}"`);
  if (data.events.length === 0 && data.region === undefined)
    return svgFrame(
      width,
      height,
      title,
      head +
        text(width / 2, height / 2, "No located incidents", `text-anchor="middle" fill="${palette.muted}"`),
      options.stamp,
    );
  const projection = incidentMapProjection(data, options);
  const path = geoPath(projection).digits(1);
  const box = mapBox(width, height);
  const id = escapeHtml(options.id ?? "incident-map");
  const parts: string[] = [head];
  parts.push(
    `<clipPath id="${id}-clip"><rect x="${n(box.x0)}" y="${n(box.y0)}" width="${n(box.x1 - box.x0)}" height="${n(box.y1 - box.y0)}"/></clipPath>`,
    `<rect x="${n(box.x0)}" y="${n(box.y0)}" width="${n(box.x1 - box.x0)}" height="${n(box.y1 - box.y0)}" fill="#e3edf6"/>`,
    `<g clip-path="url(#${id}-clip)">`,
  );

  // Countries: fills per polygon, then shared borders and coasts once each (topojson mesh).
  const labels: Array<{ name: string; x: number; y: number; area: number }> = [];
  const geo = geodata();
  const visible = visibleBounds(projection, box);
  for (const { feature: polygon, bounds } of geo.polygons) {
    if (!overlaps(bounds, visible)) continue;
    const d = path(polygon);
    if (d === null || d === "") continue;
    parts.push(
      `<path class="country" d="${d}" fill="#faf8f3"><title>${escapeHtml(polygon.properties.name)}</title></path>`,
    );
    const area = path.area(polygon);
    const [x, y] = path.centroid(polygon);
    if (Number.isFinite(x) && Number.isFinite(y)) labels.push({ name: polygon.properties.name, x, y, area });
  }
  const lines = (all: Geodata["borders"]): MultiLineString => ({
    type: "MultiLineString",
    coordinates: all.filter((l) => overlaps(l.bounds, visible)).map((l) => l.line),
  });
  const borders = lines(geo.borders);
  const coasts = lines(geo.coasts);
  parts.push(
    `<path d="${path(coasts) ?? ""}" fill="none" stroke="#7d97b3" stroke-width="0.6"/>`,
    `<path d="${path(borders) ?? ""}" fill="none" stroke="#8a8f98" stroke-width="0.9" stroke-dasharray="3 1.5"/>`,
  );

  // Incidents: colour by type (most frequent first), area ∝ deaths, biggest drawn first so small ones stay visible.
  const counts = new Map<string, number>();
  for (const e of data.events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const types = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
  );
  const colour = (type: string) => typeColours[types.indexOf(type) % typeColours.length] ?? palette.muted;
  const maxDeaths = Math.max(1, ...data.events.map((e) => e.fatalities ?? 0));
  const r = scaleSqrt().domain([0, maxDeaths]).range([2.5, 16]);
  const unknownRadius = 5;
  const ordered = [...data.events].sort(
    (a, b) =>
      (b.fatalities ?? -1) - (a.fatalities ?? -1) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  // Country labels: the largest visible part of each country, and exclaves big enough to read in parentheses,
  // nudged up or down off the incident markers (dropped when an exclave label finds no free spot).
  const mapArea = (box.x1 - box.x0) * (box.y1 - box.y0);
  const largest = new Map<string, number>();
  for (const l of labels) largest.set(l.name, Math.max(largest.get(l.name) ?? 0, l.area));
  const markers = data.events.flatMap((e) => {
    const p = projection([e.lon, e.lat]);
    return p === null
      ? []
      : [{ x: p[0], y: p[1], r: e.fatalities === null ? unknownRadius : r(e.fatalities) }];
  });
  for (const l of labels) {
    if (l.area < 0.004 * mapArea) continue;
    const main = l.area === largest.get(l.name);
    const label = main ? clip(l.name, 22) : `(${clip(l.name, 20)})`;
    const half = (label.length * (main ? 6.6 : 5.4)) / 2;
    const free = (dy: number) =>
      l.y + dy - 10 >= box.y0 &&
      l.y + dy + 2 <= box.y1 &&
      markers.every(
        (m) =>
          m.x + m.r < l.x - half ||
          m.x - m.r > l.x + half ||
          m.y + m.r < l.y + dy - 10 ||
          m.y - m.r > l.y + dy + 2,
      );
    const dy = [0, -14, 14, -28, 28, -42, 42].find(free);
    if (dy === undefined && !main) continue;
    parts.push(
      text(
        l.x,
        l.y + (dy ?? 0),
        label,
        `text-anchor="middle" font-size="${main ? 11 : 9}" letter-spacing="0.5" fill="#6f7680" stroke="#faf8f3" stroke-width="3" paint-order="stroke"`,
      ),
    );
  }

  for (const e of ordered) {
    const p = projection([e.lon, e.lat]);
    if (p === null || e.precisionKm === undefined) continue;
    // Radius in pixels: the projected distance to a point precisionKm due north (1° of latitude ≈ 111.2 km).
    const q = projection([e.lon, e.lat + e.precisionKm / 111.2]);
    if (q === null) continue;
    parts.push(
      `<circle cx="${n(p[0])}" cy="${n(p[1])}" r="${n(Math.abs(p[1] - q[1]))}" fill="none" stroke="${colour(e.type)}" stroke-opacity="0.35" stroke-width="0.7" stroke-dasharray="2 2"/>`,
    );
  }
  parts.push("</g>");
  for (const e of ordered) {
    const p = projection([e.lon, e.lat]);
    if (p === null) continue;
    const deaths =
      e.fatalities === null ? "deaths unknown" : `${e.fatalities} ${e.fatalities === 1 ? "death" : "deaths"}`;
    const where =
      e.precisionKm === undefined ? "approximate location" : `location ±${e.precisionKm} km, approximate`;
    const tip = `${e.name} · ${e.date} · ${e.type} · ${deaths} · ${where}`;
    const c = colour(e.type);
    const style =
      e.fatalities === null
        ? `r="${unknownRadius}" fill="#ffffff" fill-opacity="0.6" stroke="${c}" stroke-width="1.8"`
        : `r="${n(r(e.fatalities))}" fill="${c}" fill-opacity="0.72" stroke="#ffffff" stroke-width="0.8"`;
    parts.push(
      `<circle class="incident" data-event-id="${escapeHtml(e.id)}" cx="${n(p[0])}" cy="${n(p[1])}" ${style}><title>${escapeHtml(tip)}</title></circle>`,
    );
  }
  parts.push(
    `<rect x="${n(box.x0)}" y="${n(box.y0)}" width="${n(box.x1 - box.x0)}" height="${n(box.y1 - box.y0)}" fill="none" stroke="${palette.grid}"/>`,
  );

  parts.push(legend(types, colour, r, maxDeaths, unknownRadius, box.x1 + 14, box.y0 + 4));
  const muted = `font-size="9.5" fill="${palette.muted}"`;
  parts.push(
    text(
      box.x0,
      box.y1 + 14,
      "Locations are approximate and unsourced (placed from background knowledge); dashed rings: stated precision.",
      muted,
    ),
    text(
      box.x0,
      box.y1 + 26,
      "Borders: Natural Earth 1:50m (internationally recognised; lines of contact not shown), via world-atlas.",
      muted,
    ),
  );
  return svgFrame(width, height, title, parts.join(""), options.stamp);
}

function legend(
  types: readonly string[],
  colour: (type: string) => string,
  r: (deaths: number) => number,
  maxDeaths: number,
  unknownRadius: number,
  x: number,
  y0: number,
): string {
  const parts: string[] = [text(x, y0 + 8, "Incident type", `font-weight="600" fill="${palette.ink}"`)];
  let y = y0 + 24;
  for (const type of types.slice(0, 12)) {
    parts.push(
      `<circle cx="${n(x + 5)}" cy="${n(y - 4)}" r="5" fill="${colour(type)}" fill-opacity="0.72"/>`,
      text(x + 15, y, clip(type, 22), `fill="${palette.ink}"`),
    );
    y += 16;
  }
  if (types.length > 12) {
    parts.push(text(x, y, `+${types.length - 12} more types`, `fill="${palette.muted}"`));
    y += 16;
  }
  y += 10;
  parts.push(text(x, y, "Deaths (best estimate)", `font-weight="600" fill="${palette.ink}"`));
  const samples = [...new Set([1, Math.round(maxDeaths / 4), maxDeaths])].filter(
    (v) => v >= 1 && v <= maxDeaths,
  );
  y += 8;
  for (const v of samples) {
    const radius = r(v);
    y += radius + 2;
    parts.push(
      `<circle cx="${n(x + 17)}" cy="${n(y)}" r="${n(radius)}" fill="${palette.muted}" fill-opacity="0.5" stroke="#ffffff" stroke-width="0.8"/>`,
      text(x + 40, y + 4, String(v), `fill="${palette.ink}"`),
    );
    y += radius + 4;
  }
  y += unknownRadius + 2;
  parts.push(
    `<circle cx="${n(x + 17)}" cy="${n(y)}" r="${unknownRadius}" fill="#ffffff" stroke="${palette.muted}" stroke-width="1.8"/>`,
    text(x + 40, y + 4, "unknown (not 0)", `fill="${palette.ink}"`),
  );
  return parts.join("");
}
