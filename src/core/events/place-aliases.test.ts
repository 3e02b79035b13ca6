import { describe, expect, it } from "vitest";
import { builtInPlaces, createPlaceResolver, normalisePlaceName } from "./place-aliases.ts";

describe("place aliases", () => {
  const places = createPlaceResolver();

  it("resolves Armenian and Azerbaijani names of one place to one id", () => {
    const pairs: Array<[string, string, string]> = [
      ["Parukh", "Farrukh", "parukh"],
      ["Sev Lake", "Qaragol", "sev-lake"],
      ["Berdzor", "Lachin", "lachin"],
      ["Shushi", "Shusha", "shusha"],
      ["Stepanakert", "Khankendi", "stepanakert"],
      ["Martuni", "Khojavend", "martuni"],
      ["Martakert", "Aghdara", "martakert"],
      ["Karvachar", "Kalbajar", "kalbajar"],
      ["Sotk", "Zod", "sotk"],
    ];
    for (const [armenian, azerbaijani, id] of pairs) {
      expect(places.resolve(armenian)?.id).toBe(id);
      expect(places.resolve(azerbaijani)?.id).toBe(id);
    }
    expect(places.resolve("Hadrut")?.id).toBe("hadrut");
  });

  it("ignores diacritics, the Azerbaijani letters ə and ı, case and punctuation", () => {
    expect(normalisePlaceName("Xankəndi")).toBe("xankendi");
    expect(normalisePlaceName("Qaragöl")).toBe("qaragol");
    expect(normalisePlaceName("Laçın")).toBe("lacin");
    expect(places.resolve("XANKƏNDI")?.id).toBe("stepanakert");
    expect(places.resolve("Şuşa")?.id).toBe("shusha");
    expect(places.resolve("Nagorno Karabakh")?.id).toBe("nagorno-karabakh");
    expect(places.resolve("Atlantis")).toBeUndefined();
    expect(places.resolve(null)).toBeUndefined();
  });

  it("takes extra places (e.g. from a case) and merges names into a built-in id", () => {
    const extended = createPlaceResolver([
      {
        id: "stepanakert",
        kind: "settlement",
        names: ["Step'anakert"],
        lat: null,
        lon: null,
        countryIso3: "AZE",
      },
      {
        id: "invented-hill",
        kind: "settlement",
        names: ["Invented Hill", "Hill 7"],
        lat: 1,
        lon: 2,
        countryIso3: null,
      },
    ]);
    expect(extended.resolve("Step'anakert")?.id).toBe("stepanakert");
    expect(extended.resolve("Khankendi")?.names).toContain("Step'anakert");
    expect(extended.resolve("hill 7")?.id).toBe("invented-hill");
    expect(extended.places.length).toBe(builtInPlaces.length + 1);
  });

  it("no two built-in places share a name", () => {
    const seen = new Map<string, string>();
    for (const place of builtInPlaces) {
      for (const name of place.names) {
        const key = normalisePlaceName(name);
        expect(seen.get(key) ?? place.id, `${name}`).toBe(place.id);
        seen.set(key, place.id);
      }
    }
  });
});
