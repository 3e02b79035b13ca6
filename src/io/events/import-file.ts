import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { acledDeletion, createAcledMapper } from "../../core/events/acled.ts";
import { createGdeltMapper, type GdeltLayout, gdeltColumns } from "../../core/events/gdelt.ts";
import { type ColumnMapping, createCsvMapper } from "../../core/events/generic-csv.ts";
import { createIcewsMapper } from "../../core/events/icews.ts";
import { detectLayout, type FileShape } from "../../core/events/layout.ts";
import { type EventFormat, type RowMapper, RowProblem } from "../../core/events/mapping.ts";
import type { PlaceResolver } from "../../core/events/place-aliases.ts";
import { createPloverMapper } from "../../core/events/plover.ts";
import { createPolecatMapper } from "../../core/events/polecat.ts";
import { createUcdpMapper } from "../../core/events/ucdp.ts";
import { importAcledFast } from "./acled-fast.ts";
import { fileSha256 } from "./file-hash.ts";
import { type ImportCounts, logImport } from "./import-log.ts";
import { settleImport } from "./merge.ts";
import { nextImportId, resolveImportPlaces } from "./places.ts";
import { readDelimited } from "./read-delimited.ts";
import { readJsonItems } from "./read-json.ts";
import { appendToStage, commitStage, createStage, type StagedRow } from "./stage.ts";

export type ImportOptions = {
  format?: EventFormat | "auto";
  /** Column mapping for `format: "csv"`. */
  mapping?: ColumnMapping;
  /** Dataset key for generic CSV (default `csv`). */
  dataset?: string;
  /** The import time stamped on every row (the data vintage); io passes the clock in. */
  importedAt: Date;
  /** ACLED only: read through DuckDB's read_csv (default) or through csv-parse and the pure mapper. */
  fast?: boolean;
  /** Keep each source row as JSON in `raw` (default true; false trades the audit copy for speed). */
  keepRaw?: boolean;
  /** Resolves location names to neutral place ids (built-in alias table unless given). */
  places: PlaceResolver;
  onProgress?: (progress: ImportProgress) => void;
};

export type ImportProgress = {
  phase: "reading" | "merging" | "done";
  bytes: number;
  totalBytes: number;
  rows: number;
};

/** What importing the rows of a file found, before its vintage is added. */
type ImportedRows = Omit<ImportReport, "fileHash" | "importedAt">;

/** A row that was not imported, with why. `line` is the physical line in the file (1-based). */
export type RowReport = { file: string; line: number | null; reason: string; sourceId?: string };

export type ImportReport = ImportCounts & {
  file: string;
  fileHash: string;
  importedAt: string;
  dataset: string;
  format: EventFormat;
  layout: string;
  notes: string[];
  /** Source column names of a delimited file, in order (`raw` holds each row's fields as a JSON array). */
  columns: string[] | null;
  problems: RowReport[];
};

const batchSize = 20_000;

/** Detects, maps, stages and merges one file; bad rows are reported, never fatal. Throws only when the
 *  file as a whole cannot be read (unknown layout, unreadable JSON). */
export async function importEventFile(
  connection: DuckDBConnection,
  file: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const totalBytes = (await stat(file)).size;
  const hashing = fileSha256(file);
  hashing.catch(() => {}); // awaited later; an early failure must not count as unhandled meanwhile
  const sample = await readSample(file);
  const detection = detectLayout(sample, options.format ?? "auto");
  if (!detection.ok) throw new ImportError(`${basename(file)}: ${detection.message}`);
  const shape = detection.shape;
  const progress = (phase: ImportProgress["phase"], bytes: number, rows: number) =>
    options.onProgress?.({ phase, bytes, totalBytes, rows });
  const importedAt = options.importedAt;

  await connection.run("BEGIN TRANSACTION");
  try {
    const importId = await nextImportId(connection);
    let report: ImportReport;
    if (shape.kind === "acled-deletions") {
      const result = await applyAcledDeletions(connection, file, shape.delimiter);
      report = {
        file,
        fileHash: await hashing,
        importedAt: importedAt.toISOString(),
        dataset: "acled",
        format: "acled",
        layout: "acled-deleted",
        columns: null,
        notes: [`deleted-events file: ${result.ids} ids, ${result.notFound} not in the store`],
        rows: result.rows,
        imported: 0,
        updated: 0,
        unchanged: 0,
        skipped: result.problems.length,
        deleted: result.deleted,
        problems: result.problems,
      };
    } else {
      let rows: ImportedRows;
      try {
        rows = await importRows(connection, file, shape, options, importId, progress);
      } catch (error) {
        // The DuckDB reader gave up on the file as a whole: read it again, row by row, with csv-parse.
        if (!usesFastPath(shape, options) || error instanceof ImportError) throw error;
        await connection.run("ROLLBACK");
        await connection.run("BEGIN TRANSACTION");
        rows = await importRows(connection, file, shape, { ...options, fast: false }, importId, progress);
        rows.notes.push(
          `DuckDB read_csv failed (${String((error as Error).message).split("\n")[0]}); read with csv-parse`,
        );
      }
      // The hash lands only in the import's log entry, so it was computed while DuckDB read the file.
      report = { ...rows, fileHash: await hashing, importedAt: importedAt.toISOString() };
    }
    await logImport(connection, importId, { ...report, file: basename(report.file) });
    await connection.run("COMMIT");
    progress("done", totalBytes, report.rows);
    return report;
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}

async function importRows(
  connection: DuckDBConnection,
  file: string,
  shape: Exclude<FileShape, { kind: "acled-deletions" }>,
  options: ImportOptions,
  importId: number,
  progress: (phase: ImportProgress["phase"], bytes: number, rows: number) => void,
): Promise<ImportedRows> {
  const problems: RowReport[] = [];
  let rows = 0;
  let notes: string[];
  let lineSql: ((rowid: string) => string) | undefined;
  let linesOf: ((ords: readonly number[]) => Promise<Map<number, number>>) | null = null;
  let baseRowid: string | null = null;
  const format = shape.format;
  const dataset = format === "csv" ? (options.dataset ?? "csv") : format;
  const totalBytes = (await stat(file)).size;

  if (shape.kind === "delimited" && usesFastPath(shape, options)) {
    progress("reading", 0, 0);
    const fast = await importAcledFast(connection, file, shape.header ?? [], {
      importId,
      keepRaw: options.keepRaw !== false,
    });
    rows = fast.rows + fast.rejects.length;
    for (const r of fast.rejects) problems.push({ file, line: r.line, reason: r.reason });
    for (const p of fast.problems)
      problems.push({
        file,
        line: p.line,
        reason: p.reason,
        ...(p.sourceId ? { sourceId: p.sourceId } : {}),
      });
    notes = fast.notes;
    lineSql = fast.lineSql;
    linesOf = fast.linesOf;
    baseRowid = fast.baseRowid;
    progress("reading", totalBytes, rows);
  } else {
    await createStage(connection);
    let bytes = 0;
    let batch: StagedRow[] = [];
    const flush = async () => {
      if (batch.length > 0) await appendToStage(connection, batch);
      batch = [];
      progress("reading", bytes, rows);
    };
    const accept = async (outcome: ReturnType<RowMapper<never>["map"]>, raw: string, line: number) => {
      if (outcome.ok)
        batch.push({ record: outcome.record, raw: options.keepRaw === false ? null : raw, line });
      else problems.push({ file, line, reason: outcome.reason });
      if (batch.length >= batchSize) await flush();
    };
    if (shape.kind === "json" && shape.format === "acled") {
      const read = await readJsonItems(file, { arrayKey: "data" });
      if (!read.ok) throw new ImportError(`${basename(file)}: ${read.message}`);
      const first = read.items.find((item) => "value" in item);
      const header =
        first && "value" in first && first.value !== null ? Object.keys(first.value as object) : [];
      const mapper = createAcledMapper(header);
      for (const item of read.items) {
        rows++;
        if ("error" in item) problems.push({ file, line: item.line, reason: item.error });
        else if (typeof item.value !== "object" || item.value === null) {
          problems.push({ file, line: item.line, reason: "row is not a JSON object" });
        } else {
          // API values may be numbers; the mapper reads text, as from a CSV.
          const row = Object.fromEntries(
            Object.entries(item.value).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)]),
          );
          await accept(mapper.map(row), JSON.stringify(item.value), item.line);
        }
      }
      bytes = totalBytes;
      notes = ["ACLED API response (JSON, rows under data)", ...mapper.notes()];
    } else if (shape.kind === "json") {
      const read = await readJsonItems(file);
      if (!read.ok) throw new ImportError(`${basename(file)}: ${read.message}`);
      const mapper = createPloverMapper();
      for (const item of read.items) {
        rows++;
        if ("error" in item) problems.push({ file, line: item.line, reason: item.error });
        else await accept(mapper.map(item.value), JSON.stringify(item.value), item.line);
      }
      bytes = totalBytes;
      notes = [`PLOVER JSON (${shape.layout})`, ...mapper.notes()];
    } else {
      const { mapper, header } = delimitedMapper(shape, options, dataset);
      let first = true;
      for await (const row of readDelimited(file, {
        delimiter: shape.delimiter,
        quoting: format !== "gdelt",
        onBytes: (n) => {
          bytes += n;
        },
      })) {
        if ("error" in row) {
          problems.push({ file, line: row.line, reason: `malformed CSV: ${row.error}` });
          continue;
        }
        if (first && header !== null) {
          first = false;
          continue;
        }
        first = false;
        rows++;
        if (header !== null && row.fields.length !== header.length) {
          problems.push({
            file,
            line: row.line,
            reason: `malformed CSV record: ${row.fields.length} fields; the header has ${header.length}`,
          });
          continue;
        }
        const input =
          header === null ? row.fields : Object.fromEntries(header.map((h, i) => [h, row.fields[i] ?? ""]));
        const raw = rawJson(row.fields);
        await accept(mapper.map(input as never), raw, row.line);
      }
      notes = mapper.notes();
    }
    await flush();
    await commitStage(connection, importId);
  }

  progress("merging", totalBytes, rows);
  await resolveImportPlaces(connection, importId, options.places);
  const merged = await settleImport(connection, importId, lineSql, baseRowid);
  // Lines from lineSql are record lines; linesOf corrects them to physical lines after multi-line records.
  const ords = merged.skips.flatMap((s) => (s.ord === null ? [] : [s.ord]));
  const skipLines = linesOf !== null && ords.length > 0 ? await linesOf(ords) : new Map<number, number>();
  for (const skip of merged.skips) {
    const line = (skip.ord !== null ? skipLines.get(skip.ord) : undefined) ?? skip.line;
    problems.push({ file, line, reason: skip.reason, sourceId: skip.sourceId });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    file,
    dataset,
    format,
    layout: shape.layout,
    notes,
    columns:
      shape.kind === "json"
        ? null
        : shape.format === "gdelt"
          ? gdeltColumns(shape.layout as GdeltLayout)
          : shape.header,
    rows,
    imported: merged.imported,
    updated: merged.updated,
    unchanged: merged.unchanged,
    skipped: problems.length,
    deleted: 0,
    problems,
  };
}

function usesFastPath(shape: FileShape, options: ImportOptions): boolean {
  return shape.kind === "delimited" && shape.format === "acled" && options.fast !== false;
}

/** Thrown when a file as a whole cannot be imported (the CLI turns it into exit code 1). */
export class ImportError extends Error {}

/** A delimited source row as a JSON array of its fields, empty fields null — the same text DuckDB's to_json
 *  gives on the fast path, so that the two paths agree on what "unchanged" means. The column names are
 *  logged once per import (`imports.columns`); `EventStore.rawRow` puts them back together. */
function rawJson(fields: readonly string[]): string {
  return JSON.stringify(fields.map((v) => (v === "" ? null : v)));
}

function delimitedMapper(
  shape: Extract<FileShape, { kind: "delimited" }>,
  options: ImportOptions,
  dataset: string,
): { mapper: RowMapper<never>; header: string[] | null } {
  const header = shape.header;
  switch (shape.format) {
    case "acled":
      return { mapper: createAcledMapper(header ?? []) as RowMapper<never>, header };
    case "ucdp":
      return { mapper: createUcdpMapper(header ?? []) as RowMapper<never>, header };
    case "icews":
      return { mapper: createIcewsMapper(header ?? []) as RowMapper<never>, header };
    case "polecat":
      return { mapper: createPolecatMapper(header ?? []) as RowMapper<never>, header };
    case "gdelt":
      return { mapper: createGdeltMapper(shape.layout as GdeltLayout) as RowMapper<never>, header: null };
    case "csv":
      if (options.mapping === undefined)
        throw new ImportError("a generic CSV needs a column mapping (--map date=<column>,…)");
      return { mapper: createCsvMapper(header ?? [], options.mapping, dataset) as RowMapper<never>, header };
    case "plover":
      throw new ImportError("PLOVER files are JSON, not delimited text");
  }
}

async function readSample(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** Applies an ACLED deleted-events file: removes each event unless the stored row is a later revision. */
async function applyAcledDeletions(
  connection: DuckDBConnection,
  file: string,
  delimiter: "," | "\t",
): Promise<{ rows: number; ids: number; deleted: number; notFound: number; problems: RowReport[] }> {
  const problems: RowReport[] = [];
  const ids: { sourceId: string; ts: number | null }[] = [];
  let header: string[] | null = null;
  for await (const row of readDelimited(file, { delimiter, quoting: true })) {
    if ("error" in row) {
      problems.push({ file, line: row.line, reason: `malformed CSV: ${row.error}` });
      continue;
    }
    if (header === null) {
      header = row.fields;
      continue;
    }
    const h = header;
    try {
      const d = acledDeletion(Object.fromEntries(h.map((name, i) => [name, row.fields[i] ?? ""])));
      ids.push({ sourceId: d.sourceId, ts: d.deletedTimestamp });
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      problems.push({ file, line: row.line, reason: error.message });
    }
  }
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE deletions (source_id VARCHAR, deleted_timestamp BIGINT)",
  );
  const appender = await connection.createAppender("deletions");
  for (const d of ids) {
    appender.appendVarchar(d.sourceId);
    if (d.ts === null) appender.appendNull();
    else appender.appendBigInt(BigInt(d.ts));
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  // Monadic rows are keyed `event_id_cnty:actor1`; a deletion removes all of them.
  const match = `e.dataset = 'acled' AND (e.source_id = d.source_id OR starts_with(e.source_id, d.source_id || ':'))`;
  const newer =
    "(e.source_timestamp IS NULL OR d.deleted_timestamp IS NULL OR e.source_timestamp <= d.deleted_timestamp)";
  const found = (
    await connection.runAndReadAll(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM events e WHERE ${match})) FROM deletions d`,
    )
  ).getRowsJS();
  const before = Number(
    (await connection.runAndReadAll("SELECT count(*) FROM events")).getRowsJS()[0]?.[0] ?? 0,
  );
  await connection.run(`DELETE FROM events e USING deletions d WHERE ${match} AND ${newer}`);
  const after = Number(
    (await connection.runAndReadAll("SELECT count(*) FROM events")).getRowsJS()[0]?.[0] ?? 0,
  );
  await connection.run("DROP TABLE deletions");
  return {
    rows: ids.length + problems.length,
    ids: ids.length,
    deleted: before - after,
    notFound: Number(found[0]?.[0] ?? 0),
    problems,
  };
}
