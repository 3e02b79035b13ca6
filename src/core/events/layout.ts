import { gdeltLayoutOf } from "./gdelt.ts";
import type { EventFormat } from "./mapping.ts";

/** How a file is to be read, decided from its first bytes (and the user's `--format`, if not auto). */
export type FileShape =
  | {
      kind: "delimited";
      format: EventFormat;
      layout: string;
      delimiter: "," | "\t";
      header: string[] | null;
      columns: number;
    }
  | { kind: "acled-deletions"; delimiter: "," | "\t"; header: string[] }
  | { kind: "json"; format: "plover"; layout: "json-array" | "ndjson" }
  | { kind: "json"; format: "acled"; layout: "acled-api-json" };

export type Detection = { ok: true; shape: FileShape } | { ok: false; message: string };

/** Splits one CSV line (RFC 4180 quoting, no embedded newlines) — enough for header sniffing. */
export function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

/**
 * Detects format and layout from a file's first bytes: an ACLED API response (JSON with `data` rows) →
 * ACLED; other JSON → PLOVER; tab-separated with an
 * `Event ID`/`CAMEO Code` header → ICEWS, with `Event Type`/`Quad Code` → POLECAT, headerless with
 * 57/58/61 columns → GDELT; comma-separated with `event_id_cnty` → ACLED (`deleted_timestamp` → deletions),
 * with `relid`/`type_of_violence` → UCDP GED; anything else needs `--format csv --map …`.
 */
export function detectLayout(sample: string, requested: EventFormat | "auto"): Detection {
  const text = sample.replace(/^\uFEFF/, "");
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    // The ACLED API answers {"status": 200, …, "data": [{"event_id_cnty": …}, …]}.
    if (/^\{[\s\S]*"data"\s*:\s*\[/.test(trimmed) && trimmed.includes('"event_id_cnty"')) {
      if (requested !== "auto" && requested !== "acled") {
        return { ok: false, message: `asked for ${requested} but the file looks like acled` };
      }
      return { ok: true, shape: { kind: "json", format: "acled", layout: "acled-api-json" } };
    }
    if (requested !== "auto" && requested !== "plover")
      return { ok: false, message: `a JSON file cannot be ${requested}` };
    return {
      ok: true,
      shape: { kind: "json", format: "plover", layout: trimmed.startsWith("[") ? "json-array" : "ndjson" },
    };
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ""; // not trimmed: trailing empty TSV fields count
  const tabs = firstLine.split("\t").length - 1;
  const commas = splitLine(firstLine, ",").length - 1;
  const delimiter: "," | "\t" = tabs > 0 && tabs >= commas ? "\t" : ",";
  const fields = splitLine(firstLine, delimiter).map((f) => f.trim());
  const has = (...names: string[]) => names.every((n) => fields.includes(n));
  const delimited = (format: EventFormat, layout: string, header: string[] | null): Detection => ({
    ok: true,
    shape: { kind: "delimited", format, layout, delimiter, header, columns: fields.length },
  });
  let detected: Detection | undefined;
  if (has("event_id_cnty", "deleted_timestamp") && !has("event_date")) {
    detected = { ok: true, shape: { kind: "acled-deletions", delimiter, header: fields } };
  } else if (has("event_id_cnty", "event_date")) {
    detected = delimited("acled", has("actor2") || has("inter2") ? "acled" : "acled-monadic", fields);
  } else if (has("id", "relid", "type_of_violence", "best")) {
    detected = delimited("ucdp", `ucdp-ged-${fields.length}`, fields);
  } else if (has("Event ID", "CAMEO Code")) {
    detected = delimited("icews", `icews-${fields.length}`, fields);
  } else if (has("Event ID", "Event Type", "Quad Code")) {
    detected = delimited("polecat", `polecat-${fields.length}`, fields);
  } else if (delimiter === "\t" && /^\d+$/.test(fields[0] ?? "")) {
    const layout = gdeltLayoutOf(fields.length);
    if (layout !== undefined) detected = delimited("gdelt", layout, null);
    else if (requested === "gdelt") {
      return { ok: false, message: `${fields.length} tab-separated columns; GDELT has 57, 58 or 61` };
    }
  }
  if (requested === "csv") return delimited("csv", "csv-mapped", fields);
  if (detected === undefined) {
    if (requested === "auto") {
      return {
        ok: false,
        message: "unrecognised layout; use --format csv --map date=<column>,… for a generic CSV",
      };
    }
    return { ok: false, message: `the header does not look like ${requested}` };
  }
  if (requested !== "auto" && detected.ok) {
    const found = detected.shape.kind === "acled-deletions" ? "acled" : detected.shape.format;
    if (found !== requested)
      return { ok: false, message: `asked for ${requested} but the file looks like ${found}` };
  }
  return detected;
}
