import { describe, expect, it } from "vitest";
import { acledColumns } from "./acled.ts";
import { detectLayout, splitLine } from "./layout.ts";

const shape = (sample: string, format: Parameters<typeof detectLayout>[1] = "auto") => {
  const d = detectLayout(sample, format);
  if (!d.ok) throw new Error(d.message);
  return d.shape;
};

describe("detectLayout", () => {
  it("recognises each format from its first line", () => {
    expect(shape(`${acledColumns.join(",")}\n`)).toMatchObject({
      format: "acled",
      layout: "acled",
      delimiter: ",",
    });
    expect(shape("event_id_cnty,event_date,actor1,inter1\n")).toMatchObject({ layout: "acled-monadic" });
    expect(shape("event_id_cnty,deleted_timestamp\nX1,1\n")).toMatchObject({ kind: "acled-deletions" });
    expect(shape("id,relid,year,type_of_violence,best\n")).toMatchObject({
      format: "ucdp",
      layout: "ucdp-ged-5",
    });
    expect(shape("Event ID\tEvent Date\tCAMEO Code\n")).toMatchObject({ format: "icews", delimiter: "\t" });
    expect(shape("Event ID\tEvent Date\tEvent Type\tQuad Code\n")).toMatchObject({ format: "polecat" });
    expect(shape(`${Array.from({ length: 58 }, (_, i) => (i === 0 ? "1" : "")).join("\t")}\n`)).toMatchObject(
      {
        format: "gdelt",
        layout: "gdelt-1.0-daily",
        header: null,
      },
    );
    expect(shape(`${Array.from({ length: 61 }, () => "1").join("\t")}\n`)).toMatchObject({
      layout: "gdelt-2.0",
    });
    expect(shape(`${Array.from({ length: 57 }, () => "1").join("\t")}\n`)).toMatchObject({
      layout: "gdelt-1.0-backfile",
    });
    expect(shape('[\n{"id": "x"}]')).toMatchObject({ kind: "json", layout: "json-array" });
    expect(shape('{"id": "x"}\n{"id": "y"}\n')).toMatchObject({ kind: "json", layout: "ndjson" });
    expect(shape("\uFEFFa,b\n", "csv")).toMatchObject({ format: "csv", header: ["a", "b"] });
  });

  it("refuses unknown layouts and formats that contradict the file", () => {
    expect(detectLayout("a,b,c\n", "auto")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/--format csv/),
    });
    expect(detectLayout("id,relid,type_of_violence,best\n", "acled")).toMatchObject({
      ok: false,
      message: "asked for acled but the file looks like ucdp",
    });
    expect(detectLayout("1\t2\n", "gdelt")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/57, 58 or 61/),
    });
  });

  it("splitLine honours RFC 4180 quotes", () => {
    expect(splitLine('a,"b,c","d ""e"""', ",")).toEqual(["a", "b,c", 'd "e"']);
  });
});
