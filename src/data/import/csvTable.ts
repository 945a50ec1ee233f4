import { parse } from 'csv-parse/sync';
import type { ErrorLog } from './importError';

/** One record row: its spreadsheet row number and its cells by column name (trimmed). */
export interface CsvRow {
  readonly row: number;
  readonly cells: ReadonlyMap<string, string>;
}

export interface CsvFileSpec {
  readonly file: string;
  /** Columns the header must have. */
  readonly required: readonly string[];
  /** Every column the file may have (required ones included). */
  readonly known: readonly string[];
}

/**
 * Reads a CSV file (UTF-8, header row) into rows, checking the header against the file's
 * columns. Returns undefined, with errors logged, when the file cannot be read as a table:
 * broken quoting, missing or unknown columns, or a row whose number of cells is wrong.
 * `readCsvTable('reference,type\nCSC-1,complaint\n', spec, log)` → `[{ row: 2, cells: … }]`
 */
export function readCsvTable(text: string, spec: CsvFileSpec, log: ErrorLog): CsvRow[] | undefined {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    log.add(spec.file, line, '', `cannot be read as CSV near row ${line}: ${csvMessage(error)}`);
    return undefined;
  }
  const header = records[0];
  if (header === undefined) {
    log.add(spec.file, 1, '', 'is empty: it needs a header row naming its columns');
    return undefined;
  }
  const columns = header.map((name) => name.trim().toLowerCase());
  if (!checkHeader(columns, spec, log)) return undefined;
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i += 1) {
    const record = records[i] as string[];
    const row = i + 1;
    if (record.length !== columns.length) {
      log.add(
        spec.file,
        row,
        '',
        `has ${record.length} cells but the header has ${columns.length} columns`,
      );
      continue;
    }
    const cells = new Map<string, string>();
    for (let c = 0; c < columns.length; c += 1)
      cells.set(columns[c] as string, record[c] as string);
    rows.push({ row, cells });
  }
  return rows;
}

function checkHeader(columns: readonly string[], spec: CsvFileSpec, log: ErrorLog): boolean {
  let ok = true;
  const known = new Set(spec.known);
  const seen = new Set<string>();
  for (const column of columns) {
    if (!known.has(column)) {
      ok = false;
      log.add(
        spec.file,
        1,
        clip(column),
        `unknown column "${clip(column)}" (columns: ${spec.known.join(', ')})`,
      );
    } else if (seen.has(column)) {
      ok = false;
      log.add(spec.file, 1, clip(column), `column "${clip(column)}" appears twice`);
    }
    seen.add(column);
  }
  for (const column of spec.required) {
    if (!seen.has(column)) {
      ok = false;
      log.add(spec.file, 1, column, `missing column "${column}"`);
    }
  }
  return ok;
}

function csvMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // csv-parse prefixes a code and repeats the position; keep the plain part.
  return clip(
    message.replace(/^(CSV_\w+:\s*)?/, '').replace(/^Invalid Record Length:\s*/, ''),
    160,
  );
}

/** Garbage can be long and unprintable: show at most `max` printable characters. */
export function clip(value: string, max = 40): string {
  // \p{Cc}: the C0 and C1 control characters; U+FFFD: what undecodable bytes became.
  const printable = value.replace(/[\p{Cc}\ufffd]/gu, '?');
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}
