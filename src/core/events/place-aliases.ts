import { z } from "zod";

/**
 * Toponym alias table for the Armenia–Azerbaijan conflict: ACLED, UCDP, GeoNames and Natural Earth use
 * different, politically loaded names for the same places (shared/events/formats.md §4). Every place has a
 * neutral id; every form resolves to it, and the UI picks the display convention. Coordinates are
 * approximate centroids (WGS84, to about 0.05°), for maps only, not sourced measurements. Only true
 * equivalents are aliases: Yeraskh (ARM) and Sadarak (AZE), facing each other across the border, are two
 * places.
 */
export const PlaceKind = z.enum(["settlement", "district", "region", "lake"]);
export const Place = z.object({
  id: z.string().min(1),
  kind: PlaceKind,
  /** All forms: Armenian-convention, Azerbaijani-convention, transliterations. The first is the id's label. */
  names: z.array(z.string().min(1)).min(1),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** ISO3 of the de jure country (Nagorno-Karabakh places are in Azerbaijan de jure). */
  countryIso3: z.string().nullable(),
});
export type Place = z.output<typeof Place>;

const p = (
  id: string,
  kind: Place["kind"],
  names: string,
  lat: number | null,
  lon: number | null,
  iso3: string,
) => ({ id, kind, names: names.split("|"), lat, lon, countryIso3: iso3 }) satisfies Place;

export const builtInPlaces: readonly Place[] = [
  p("stepanakert", "settlement", "Stepanakert|Khankendi|Xankəndi|Khankandi|Xankendi", 39.815, 46.752, "AZE"),
  p("shusha", "settlement", "Shusha|Shushi|Şuşa|Susa", 39.758, 46.749, "AZE"),
  p("martakert", "settlement", "Martakert|Aghdara|Ağdərə|Agdara|Aghdere|Agdere", 40.208, 46.814, "AZE"),
  p("martuni", "settlement", "Martuni|Khojavend|Xocavənd|Khojavand|Khojavand town", 39.794, 47.113, "AZE"),
  p("hadrut", "settlement", "Hadrut|Hadrud", 39.521, 47.031, "AZE"),
  p("lachin", "settlement", "Lachin|Berdzor|Laçın|Lacin", 39.64, 46.547, "AZE"),
  p(
    "kalbajar",
    "settlement",
    "Kalbajar|Karvachar|Kəlbəcər|Kelbecer|Kelbajar|Kalbacar",
    40.104,
    46.036,
    "AZE",
  ),
  p("askeran", "settlement", "Askeran|Əsgəran|Asgaran|Askaran", 39.933, 46.833, "AZE"),
  p("khojaly", "settlement", "Khojaly|Xocalı|Khojali|Ivanyan", 39.913, 46.79, "AZE"),
  p("agdam", "settlement", "Agdam|Aghdam|Ağdam|Akna", 39.991, 46.93, "AZE"),
  p("fuzuli", "settlement", "Fuzuli|Füzuli|Fizuli|Varanda", 39.6, 47.143, "AZE"),
  p("jabrayil", "settlement", "Jabrayil|Cəbrayıl|Jebrail|Jabrail|Jrakan|Mekhakavan", 39.4, 47.025, "AZE"),
  p("zangilan", "settlement", "Zangilan|Zəngilan|Kovsakan", 39.086, 46.653, "AZE"),
  p("gubadli", "settlement", "Gubadli|Qubadlı|Kubatly|Kashunik", 39.344, 46.58, "AZE"),
  p("parukh", "settlement", "Parukh|Farrukh|Fərrux|Farukh|Farrux", 39.98, 46.79, "AZE"),
  p("sugovushan", "settlement", "Sugovushan|Suqovuşan|Madaghis|Madagiz|Mataghis", 40.154, 46.804, "AZE"),
  p("talish", "settlement", "Talish|Talış|Tonashen|Talysh", 40.166, 46.649, "AZE"),
  p("karin-tak", "settlement", "Karin Tak|Dashalty|Daşaltı|Dashalti", 39.73, 46.75, "AZE"),
  p("khramort", "settlement", "Khramort|Pirlar|Pirlər", 39.93, 46.93, "AZE"),
  p("sotk", "settlement", "Sotk|Zod|Zöd", 40.217, 45.933, "ARM"),
  p("vardenis", "settlement", "Vardenis|Basarkechar|Basarkeçər|Basargechar", 40.18, 45.73, "ARM"),
  p(
    "karmir-shuka",
    "settlement",
    "Karmir Shuka|Qirmizi Bazar|Qırmızı Bazar|Krasny Bazar",
    39.77,
    47.0,
    "AZE",
  ),
  p("verin-shorzha", "settlement", "Verin Shorzha", 40.12, 45.93, "ARM"),
  p("kut", "settlement", "Kut", 40.15, 45.84, "ARM"),
  p("norabak", "settlement", "Norabak", 40.14, 45.86, "ARM"),
  p("yeraskh", "settlement", "Yeraskh|Yeraskhavan", 39.76, 44.79, "ARM"),
  p("sadarak", "settlement", "Sadarak|Sədərək", 39.71, 44.88, "AZE"),
  p("ishkhanasar", "settlement", "Ishkhanasar|Mount Ishkhanasar", 39.6, 46.0, "ARM"),
  p("jermuk", "settlement", "Jermuk", 39.84, 45.67, "ARM"),
  p("goris", "settlement", "Goris", 39.51, 46.34, "ARM"),
  p("kapan", "settlement", "Kapan|Ghapan|Qafan", 39.21, 46.41, "ARM"),
  p("sisian", "settlement", "Sisian", 39.52, 46.03, "ARM"),
  p("yerevan", "settlement", "Yerevan|İrəvan|Irevan|Erevan", 40.18, 44.51, "ARM"),
  p("baku", "settlement", "Baku|Bakı|Baki", 40.41, 49.87, "AZE"),
  p("nakhchivan", "settlement", "Nakhchivan|Nakhichevan|Naxçıvan|Nakhijevan", 39.209, 45.412, "AZE"),
  p("ganja", "settlement", "Ganja|Gəncə|Gyanja|Gandzak", 40.683, 46.361, "AZE"),
  p("barda", "settlement", "Barda|Bərdə|Partav", 40.374, 47.127, "AZE"),
  p("tartar", "settlement", "Tartar|Tərtər|Terter", 40.342, 46.932, "AZE"),
  p("sev-lake", "lake", "Sev Lake|Sev Lich|Qaragol|Qaragöl|Karagol|Garagol|Black Lake", 39.43, 46.03, "ARM"),
  p(
    "khojavend-district",
    "district",
    "Khojavend District|Xocavənd rayonu|Hadrut District",
    null,
    null,
    "AZE",
  ),
  p(
    "kalbajar-district",
    "district",
    "Kalbajar District|Kəlbəcər rayonu|Shahumyan Province",
    null,
    null,
    "AZE",
  ),
  p(
    "nagorno-karabakh",
    "region",
    "Nagorno-Karabakh|Artsakh|Karabakh|Dağlıq Qarabağ|Daghlig Garabagh",
    null,
    null,
    "AZE",
  ),
];

/**
 * The key names are compared by: Unicode NFD with combining marks removed (ş→s, ç→c, ö→o), the Azerbaijani
 * letters without decomposition mapped by hand (ə→e, ı→i), lower case, punctuation and spacing removed.
 */
export function normalisePlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[əƏ]/g, "e")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export type PlaceResolver = {
  /** The place a name denotes, or undefined. Settlements win over districts of the same name. */
  resolve(name: string | null | undefined): Place | undefined;
  /** Every place a name may denote (ambiguous names return several). */
  resolveAll(name: string): readonly Place[];
  readonly places: readonly Place[];
};

const kindRank: Record<Place["kind"], number> = { settlement: 0, lake: 1, district: 2, region: 3 };

/** A resolver over the built-in table plus extra places (e.g. the case's aliases); an extra place with a
 *  built-in id adds its names to that place. */
export function createPlaceResolver(extra: readonly Place[] = []): PlaceResolver {
  const byId = new Map<string, Place>();
  for (const place of [...builtInPlaces, ...extra]) {
    const known = byId.get(place.id);
    byId.set(place.id, known ? { ...known, names: [...known.names, ...place.names] } : place);
  }
  const byKey = new Map<string, Place[]>();
  for (const place of byId.values()) {
    for (const name of place.names) {
      const key = normalisePlaceName(name);
      const list = byKey.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      byKey.set(key, list);
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => kindRank[a.kind] - kindRank[b.kind]);
  return {
    resolve: (name) => (name ? byKey.get(normalisePlaceName(name))?.[0] : undefined),
    resolveAll: (name) => byKey.get(normalisePlaceName(name)) ?? [],
    places: [...byId.values()],
  };
}
