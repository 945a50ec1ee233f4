import type { FieldMapping, FieldMappings } from '../lists/fieldMap';
import type { CsvFileSpec } from './csvTable';
import type { RowReader } from './rowReader';

/**
 * How an import file's cell is checked, beyond what its field's mapping says
 * (docs/import.md, Format).
 *   required: the column must be there and the cell filled;
 *   column: the column must be there, the cell may be blank (cases.csv's procedure);
 *   max: the longest text; none: a code that means "no value" (read as null);
 *   blankUnknown: a blank yes/no is no answer rather than no.
 */
export interface CellRule {
  readonly required?: boolean;
  readonly column?: 'required';
  readonly max?: number;
  readonly none?: string;
  readonly blankUnknown?: boolean;
}

/** `caseReference` → `case_reference`: an import file names a list's field in snake_case. */
export const columnFor = (field: string): string =>
  field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The cells of a row read for the fields `K` of the record `T`, each when given. */
export type CellValues<T, K extends keyof T> = { -readonly [P in K]?: NonNullable<T[P]> | null };

/**
 * The import file's columns that are fields of a list, declared once: the column is the
 * field's name in snake_case, and its cell is read as the field's mapping says (a date, a
 * code of the list's codes, yes/no, an amount…), with the `rules` given here. A field whose
 * value no single cell holds (a nested part) cannot be declared: it throws when the module
 * loads, and the import's unit tests load every file.
 */
export class FieldCells<T, K extends keyof T & string> {
  /** The columns, in the order the fields are declared (and read). */
  readonly columns: readonly string[];
  /** The columns a file must have. */
  readonly required: readonly string[];
  private readonly readers: Readonly<Record<string, (r: RowReader) => unknown>>;

  constructor(
    fields: FieldMappings<T>,
    private readonly rules: { readonly [P in K]: CellRule },
  ) {
    const keys = Object.keys(rules) as K[];
    this.columns = keys.map(columnFor);
    this.required = keys
      .filter((key) => rules[key].required === true || rules[key].column === 'required')
      .map(columnFor);
    this.readers = Object.fromEntries(
      keys.map((key) => [key, cellReader(key, fields[key] as FieldMapping<never>, rules[key])]),
    );
  }

  /** One field's cell: its value, undefined when blank or wrong (the error is logged). */
  read<P extends K>(r: RowReader, field: P): NonNullable<T[P]> | null | undefined {
    return this.readers[field]!(r) as NonNullable<T[P]> | null | undefined;
  }

  /** Every declared cell, in order; blank and wrong ones are left out. */
  readAll(r: RowReader): CellValues<T, K> {
    const values: Record<string, unknown> = {};
    for (const key of Object.keys(this.rules)) {
      const value = this.readers[key]!(r);
      if (value !== undefined) values[key] = value;
    }
    return values as CellValues<T, K>;
  }

  /** The file's spec: these columns, then `more` (columns that are not the list's fields). */
  file(
    name: string,
    more: { readonly known?: readonly string[]; readonly required?: readonly string[] } = {},
  ): CsvFileSpec {
    return {
      file: name,
      required: [...this.required, ...(more.required ?? [])],
      known: [...this.columns, ...(more.known ?? [])],
    };
  }
}

function cellReader(
  field: string,
  mapping: FieldMapping<never>,
  rule: CellRule,
): (r: RowReader) => unknown {
  const column = columnFor(field);
  const required = rule.required === true;
  const kind = mapping.kind;
  switch (kind.is) {
    case 'text':
      return (r) => r.text(column, { required, ...(rule.max ? { max: rule.max } : {}) });
    case 'date':
      return (r) => r.date(column, { required });
    case 'code': {
      const codes = rule.none ? [...kind.codes, rule.none] : kind.codes;
      return (r) => {
        const code = r.code(column, codes, { required });
        return code !== undefined && code === rule.none ? null : code;
      };
    }
    case 'codes':
      return (r) => r.codes(column, kind.codes);
    case 'yesNo':
      return rule.blankUnknown
        ? (r) => (r.raw(column) === '' ? undefined : r.yesNo(column))
        : (r) => r.yesNo(column);
    case 'money':
      return (r) => r.money(column, { required });
    case 'number':
      return (r) => {
        const value = r.wholeNumber(column);
        if (required && r.raw(column) === '') r.fail(column, `${column} is required`);
        return value;
      };
    default:
      throw new Error(`${field}: a ${kind.is} value is not read from one cell of an import file`);
  }
}
