import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatBdmCsv, parseBdmCsv } from "./bdm-csv.ts";

const fixture = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "..",
  "test",
  "fixtures",
  "bdm",
  "eu_emissions.csv",
);

describe("parseBdmCsv / formatBdmCsv", () => {
  // oracle: the EU emissions table as published (Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011, table 1)
  it("parseBdmCsv(eu_emissions.csv) reads ten actors", () => {
    const { actors } = parseBdmCsv(readFileSync(fixture, "utf8"));
    expect(actors).toHaveLength(10);
    expect(actors[1]).toEqual({ id: "Belgium", capability: 0.08, position: 7, salience: 0.4 });
    expect(actors[9]).toEqual({ id: "Greece", capability: 0.08, position: 7, salience: 0.7 });
  });

  it("formatBdmCsv then parseBdmCsv round-trips, with quoting, CRLF, a BOM and columns in any order", () => {
    const actors = [
      { id: "EU, Council", capability: 0.5, position: 40, salience: 0.25 },
      { id: 'say "no"', capability: 2, position: -1.5, salience: 1 },
      { id: "c", capability: 1e-3, position: 0, salience: 0 },
    ];
    const text = formatBdmCsv(actors);
    expect(parseBdmCsv(text).actors).toEqual(actors);
    expect(parseBdmCsv(`\uFEFF${text.replaceAll("\n", "\r\n")}`).actors).toEqual(actors);
    expect(parseBdmCsv("salience,POSITION,Actor,Capability,note\n0.5,3,x,1,hi\n\n").actors).toEqual([
      { id: "x", capability: 1, position: 3, salience: 0.5 },
    ]);
  });

  it("formatBdmCsv(label: name) writes display names", () => {
    const text = formatBdmCsv(
      [{ id: "eu", name: "European Union", capability: 1, position: 2, salience: 0.5 }],
      {
        label: "name",
      },
    );
    expect(text).toBe("Actor,Capability,Position,Salience\nEuropean Union,1,2,0.5\n");
  });

  it("parseBdmCsv throws with the row number on bad rows", () => {
    const head = "Actor,Capability,Position,Salience\n";
    expect(() => parseBdmCsv("Actor,Capability,Position\nA,1,2\n")).toThrow(
      'row 1: missing column "salience"',
    );
    expect(() => parseBdmCsv(`${head}A,1,2,0.5\nB,x,2,0.5\n`)).toThrow(
      'parseBdmCsv: row 3: capability "x" is not a number',
    );
    expect(() => parseBdmCsv(`${head}A,1,2,50\n`)).toThrow("row 2: salience 50 outside [0, 1]");
    expect(() => parseBdmCsv(`${head}A,0,2,0.5\n`)).toThrow("row 2: capability 0 must be > 0");
    expect(() => parseBdmCsv(`${head}A,1,,0.5\n`)).toThrow('row 2: position "" is not a number');
    expect(() => parseBdmCsv(`${head}A,1,2,0.5\nA,1,3,0.5\n`)).toThrow('row 3: actor "A" appears twice');
    expect(() => parseBdmCsv(`${head}"A,1,2,0.5\n`)).toThrow("row 2: unterminated quote");
    expect(() => parseBdmCsv("")).toThrow("parseBdmCsv: empty input");
  });
});
