import {
  booleanColumn,
  choiceColumn,
  currencyColumn,
  dateColumn,
  dateTimeColumn,
  noteColumn,
  numberColumn,
  schemaVersionColumn,
  textColumn,
  type ColumnDefinition,
} from './columns';
import {
  readBoolean,
  readDate,
  readInstant,
  readJson,
  readMulti,
  readNumber,
  readText,
  writeDate,
  writeInstant,
  writeJson,
  writeMulti,
  type Fields,
} from './fieldValues';

/**
 * How one field of a record is kept in a list item, declared once: its column(s), how its
 * value is written to them and how it is read back. A list's `toFields`, `fromFields` and
 * `columns` are all made from these (mappedList.ts); the fast path is made from the record's
 * schema (fastPath/fromSchema.ts).
 *   date('Received', { indexed: true }).write('2025-04-01') → { Received: '2025-03-31T23:00:00Z' }
 */
export interface FieldMapping<in V> {
  readonly columns: readonly ColumnDefinition[];
  /** What kind of value it holds: an import file reads its cell by this (import/fieldCells.ts). */
  readonly kind: ValueKind;
  /** The value → its columns' values (null clears a column on update). */
  write(value: V | null | undefined): Fields;
  /** The item's `fields` → the value the record's schema reads (undefined when absent). */
  read(fields: Fields): unknown;
}

/**
 * One mapping for every field of the record `T`: a field added to the record and not mapped
 * here fails to compile (`Property 'x' is missing`), and so does a mapping that cannot write
 * the field's values (a text column for a number).
 */
export type FieldMappings<T> = { readonly [K in keyof T]-?: FieldMapping<NonNullable<T[K]>> };

/**
 * The kind of value a field holds, for readers outside SharePoint (an import file's cells):
 * plain text, a calendar date, a code of `codes`, several codes… `nested` for a part kept in
 * several columns or as JSON, which no single cell holds.
 */
export type ValueKind =
  | { readonly is: 'text' | 'date' | 'instant' | 'number' | 'money' | 'yesNo' | 'nested' }
  | { readonly is: 'code' | 'codes'; readonly codes: readonly string[] };

type ColumnOptions = Parameters<typeof textColumn>[1];

const TEXT: ValueKind = { is: 'text' };
const NESTED: ValueKind = { is: 'nested' };

/** One column whose value is written and read as it is, through `write` and `read`. */
function single<V>(
  kind: ValueKind,
  column: ColumnDefinition,
  write: (value: V | null | undefined) => unknown,
  read: (value: unknown) => unknown,
): FieldMapping<V> {
  const name = column.name;
  return {
    columns: [column],
    kind,
    write: (value) => ({ [name]: write(value) }),
    read: (fields) => read(fields[name]),
  };
}

/**
 * Single line of text (at most 255 characters). `clip` cuts a longer value to the column's
 * length on write, for values the column keeps only in part (a subject, a conversation id).
 */
export const text = (
  name: string,
  options: ColumnOptions & { readonly clip?: boolean } = {},
): FieldMapping<string> => {
  const { clip, ...common } = options;
  return single<string>(
    TEXT,
    textColumn(name, common),
    (value) => (value == null ? null : clip ? value.slice(0, 255) : value),
    readText,
  );
};

/** Multiple lines of plain text. */
export const note = (name: string, common?: Parameters<typeof noteColumn>[1]) =>
  single<string>(TEXT, noteColumn(name, common), (value) => value ?? null, readText);

/** One code of `codes` (null or absent clears it). */
export const choice = <C extends string>(
  name: string,
  codes: readonly C[],
  common?: ColumnOptions,
): FieldMapping<C> =>
  single<C>(
    { is: 'code', codes },
    choiceColumn(name, codes, common),
    (value) => value ?? null,
    readText,
  );

/** Several codes of `codes`, written with the collection type Graph requires. */
export const choices = <C extends string>(
  name: string,
  codes: readonly C[],
  common?: ColumnOptions,
): FieldMapping<readonly C[]> => ({
  columns: [choiceColumn(name, codes, { ...common, multi: true })],
  kind: { is: 'codes', codes },
  write: (value) => writeMulti(name, value ?? undefined),
  read: (fields) => readMulti(fields[name]),
});

/** A calendar date, kept as midnight at the site (siteDates.ts). */
export const date = (name: string, common?: ColumnOptions) =>
  single<string>(
    { is: 'date' },
    dateColumn(name, common),
    (value) => writeDate(value ?? undefined),
    readDate,
  );

/** An instant (date and time). */
export const instant = (name: string, common?: ColumnOptions) =>
  single<string>(
    { is: 'instant' },
    dateTimeColumn(name, common),
    (value) => writeInstant(value ?? undefined),
    readInstant,
  );

export const number = (name: string, common?: ColumnOptions) =>
  single<number>(
    { is: 'number' },
    numberColumn(name, common),
    (value) => value ?? null,
    readNumber,
  );

/** Pounds and pence. */
export const currency = (name: string, common?: ColumnOptions) =>
  single<number>(
    { is: 'money' },
    currencyColumn(name, common),
    (value) => value ?? null,
    readNumber,
  );

/**
 * A field kept in SharePoint's own Title column, which every list has: no column to create,
 * and the list's `title` writes it (mappedList.ts), so this only reads it.
 */
export const fromTitle = (): FieldMapping<string> => ({
  columns: [],
  kind: TEXT,
  write: () => ({}),
  read: (fields) => readText(fields.Title),
});

/**
 * `mapping`, writing an empty string as an empty column (null), for free text a form may
 * leave blank: blankAsEmpty(note('Context')).write('') → { Context: null }
 */
export const blankAsEmpty = (mapping: FieldMapping<string>): FieldMapping<string> => ({
  columns: mapping.columns,
  kind: mapping.kind,
  write: (value) => mapping.write(value === '' ? null : value),
  read: mapping.read,
});

export const yesNo = (name: string, common?: ColumnOptions) =>
  single<boolean>(
    { is: 'yesNo' },
    booleanColumn(name, common),
    (value) => value ?? null,
    readBoolean,
  );

/** JSON in a multi-line column, for nested lists only (pauses, the phrases that raised a flag). */
export const json = <V>(name: string, common?: Parameters<typeof noteColumn>[1]) =>
  single<V>(NESTED, noteColumn(name, common), (value) => writeJson(value ?? undefined), readJson);

/** The record version the item was written with; an item without one is of the current version. */
export const schemaVersion = (current: number): FieldMapping<number> =>
  single<number>(
    { is: 'number' },
    schemaVersionColumn(),
    (value) => value ?? current,
    (v) => readNumber(v) ?? current,
  );

/**
 * `mapping`, with `value` in place of an empty column on both sides:
 *   orElse(number('CurrentStage'), 0).read({}) → 0
 */
export const orElse = <V>(mapping: FieldMapping<V>, value: NoInfer<V> | null): FieldMapping<V> => ({
  columns: mapping.columns,
  kind: mapping.kind,
  write: (v) => mapping.write(v ?? value),
  read: (fields) => mapping.read(fields) ?? value,
});

/**
 * A nested part of a record (an owner, a safeguarding referral) kept in a column per field.
 * `finish` gets what was read (empty columns left out) and says whether the part is there:
 *   group({ name: text('OwnerName'), upn: text('OwnerUpn') }, (p) => (p.name ? p : undefined))
 */
export function group<G extends object>(
  // The part's type comes from the field it maps (`owner: group(…)` → Person), not from `parts`.
  parts: NoInfer<FieldMappings<G>>,
  finish: (read: Readonly<Record<string, unknown>>) => unknown,
): FieldMapping<G> {
  const entries = Object.entries(parts) as [keyof G & string, FieldMapping<unknown>][];
  // Plain arrays and an index loop: this runs for every item of a snapshot.
  const keys = entries.map(([key]) => key);
  const reads = entries.map(([, part]) => part.read);
  return {
    columns: entries.flatMap(([, part]) => part.columns),
    kind: NESTED,
    write: (value) => {
      const fields: Fields = {};
      for (const [key, part] of entries) Object.assign(fields, part.write(value?.[key]));
      return fields;
    },
    read: (fields) => {
      const read: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i += 1) {
        const value = reads[i]!(fields);
        if (value !== undefined) read[keys[i]!] = value;
      }
      return finish(read);
    },
  };
}
