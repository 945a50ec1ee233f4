import { parseIsoDate } from '../../domain/calendar/dayNumber';
import type { IsoDate } from '../../domain/primitives/brand';
import { clip, type CsvRow } from './csvTable';
import type { ErrorLog } from './importError';

/**
 * Reads the cells of one row, turning each bad value into a row-level error with a plain
 * message and returning undefined for it. `ok` tells whether every cell read so far was good.
 */
export class RowReader {
  ok = true;

  constructor(
    private readonly file: string,
    readonly source: CsvRow,
    private readonly log: ErrorLog,
  ) {}

  get row(): number {
    return this.source.row;
  }

  /** Records an error against a column of this row (or the row, with column ''). */
  fail(column: string, message: string): undefined {
    this.ok = false;
    this.log.add(this.file, this.source.row, column, message);
    return undefined;
  }

  /** The trimmed cell, '' when blank or absent. */
  raw(column: string): string {
    return this.source.cells.get(column) ?? '';
  }

  text(column: string, options: { required?: boolean; max?: number } = {}): string | undefined {
    const value = this.raw(column);
    if (value === '')
      return options.required ? this.fail(column, `${column} is required`) : undefined;
    const max = options.max ?? 4000;
    if (value.length > max) return this.fail(column, `${column} is longer than ${max} characters`);
    return value;
  }

  /** `2025-12-19`; `19/12/2025` is refused with an example of the right form. */
  date(column: string, options: { required?: boolean } = {}): IsoDate | undefined {
    const value = this.raw(column);
    if (value === '')
      return options.required ? this.fail(column, `${column} is required`) : undefined;
    const parsed = parseIsoDate(value);
    if (parsed.ok) return parsed.value;
    return this.fail(
      column,
      `${column} "${clip(value)}" is not a date written YYYY-MM-DD (for example 2025-12-19)`,
    );
  }

  /** `yes` / `no` (also `y`, `n`, `true`, `false`); blank is no. */
  yesNo(column: string): boolean | undefined {
    const value = this.raw(column).toLowerCase();
    if (value === '' || value === 'no' || value === 'n' || value === 'false') return false;
    if (value === 'yes' || value === 'y' || value === 'true') return true;
    return this.fail(column, `${column} must be yes or no, not "${clip(this.raw(column))}"`);
  }

  code<C extends string>(
    column: string,
    codes: readonly C[],
    options: { required?: boolean } = {},
  ): C | undefined {
    const value = this.raw(column);
    if (value === '')
      return options.required ? this.fail(column, `${column} is required`) : undefined;
    const code = value.toLowerCase();
    if ((codes as readonly string[]).includes(code)) return code as C;
    return this.fail(column, `${column} "${clip(value)}" is not one of ${listOf(codes)}`);
  }

  /** A `;`-separated list of codes; blank is an empty list. Repeats are dropped. */
  codes<C extends string>(column: string, codes: readonly C[]): C[] {
    const value = this.raw(column);
    if (value === '') return [];
    const result: C[] = [];
    for (const part of value.split(';')) {
      const code = part.trim().toLowerCase();
      if (code === '') continue;
      if (!(codes as readonly string[]).includes(code)) {
        this.fail(
          column,
          `${column} has "${clip(part.trim())}", which is not one of ${listOf(codes)}`,
        );
        continue;
      }
      if (!result.includes(code as C)) result.push(code as C);
    }
    return result;
  }

  /** A whole number ≥ 0; blank is undefined. */
  wholeNumber(column: string): number | undefined {
    const value = this.raw(column);
    if (value === '') return undefined;
    if (!/^\d{1,6}$/.test(value)) {
      return this.fail(
        column,
        `${column} must be a whole number of 0 or more, not "${clip(value)}"`,
      );
    }
    return Number(value);
  }

  /** Pounds, e.g. `1500`, `1500.50` or `£1,500.50`; blank is undefined. */
  money(column: string, options: { required?: boolean } = {}): number | undefined {
    const value = this.raw(column);
    if (value === '')
      return options.required ? this.fail(column, `${column} is required`) : undefined;
    const plain = value.replace(/^£/, '').replace(/,(?=\d{3}(\D|$))/g, '');
    if (!/^\d{1,9}(\.\d{1,2})?$/.test(plain)) {
      return this.fail(
        column,
        `${column} must be an amount in pounds such as 1500.50, not "${clip(value)}"`,
      );
    }
    return Number(plain);
  }

  /** Checks `later` is not before `earlier` when both are given. */
  notBefore(
    laterColumn: string,
    later: IsoDate | undefined,
    earlierColumn: string,
    earlier: IsoDate | undefined,
  ): void {
    if (later !== undefined && earlier !== undefined && later < earlier) {
      this.fail(laterColumn, `${laterColumn} ${later} is before ${earlierColumn} ${earlier}`);
    }
  }
}

/** `listOf(['a','b','c'])` → `a, b or c`. */
function listOf(codes: readonly string[]): string {
  return codes.length <= 1
    ? (codes[0] ?? '')
    : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1] as string}`;
}
