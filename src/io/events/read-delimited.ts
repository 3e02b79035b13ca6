import { createReadStream } from "node:fs";
import { CsvError, parse } from "csv-parse";

/** A record with the physical line it starts on; or, once, why the rest of the file could not be read
 *  (an unterminated quote swallows everything after it), from which line. */
export type DelimitedRow = { fields: string[]; line: number } | { error: string; line: number };

export type DelimitedOptions = {
  delimiter: "," | "\t";
  /** GDELT rows are never quoted and may contain stray quotes: read them literally. */
  quoting: boolean;
  onBytes?: (bytes: number) => void;
};

/**
 * Streams a CSV/TSV file record by record with csv-parse, giving each record's first physical line
 * (records with quoted embedded newlines span several lines). Column counts are not enforced here:
 * the caller reports a wrong count as a bad row instead of failing the file.
 */
export async function* readDelimited(path: string, options: DelimitedOptions): AsyncGenerator<DelimitedRow> {
  const stream = createReadStream(path);
  if (options.onBytes) {
    const onBytes = options.onBytes;
    stream.on("data", (chunk) => onBytes(chunk.length));
  }
  const parser = stream.pipe(
    parse({
      delimiter: options.delimiter,
      quote: options.quoting ? '"' : false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
    }),
  );
  let previousEnd = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const endLine = item.info.lines;
      const newlines = item.record.reduce((n, field) => n + countNewlines(field), 0);
      // A record ends on info.lines; it started as many lines earlier as its fields contain newlines.
      const line = Math.max(previousEnd + 1, endLine - newlines);
      previousEnd = endLine;
      yield { fields: item.record, line };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    stream.destroy();
    yield {
      error: `${error.message}; the rest of the file from here could not be read`,
      line: previousEnd + 1,
    };
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
