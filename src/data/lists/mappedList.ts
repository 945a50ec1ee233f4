import type { z } from 'zod';
import type { RecordError, VersionedRecord } from '../../domain/records';
import type { Result } from '../../domain/primitives/result';
import type { ColumnDefinition } from './columns';
import type { FieldMapping, FieldMappings } from './fieldMap';
import type { Fields } from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { readRecord } from './fastPath/readRecord';

/** A column the list keeps that no field of the record maps: a key made of fields, a fingerprint. */
export interface ExtraColumn<T> {
  readonly column: ColumnDefinition;
  /** Its value from the record; absent when the store writes it itself (a message key). */
  readonly write?: (value: T) => unknown;
}

export interface MappedListSpec<T> extends Omit<
  ListDefinition<T>,
  'columns' | 'toFields' | 'fromFields'
> {
  /** The record's versions and schema: its items are read through them (fast path first). */
  readonly record: VersionedRecord<z.ZodType>;
  /** Every field of the record, each with its column(s), in the order the columns are created. */
  readonly fields: FieldMappings<T>;
  /** SharePoint's own Title column: what the list shows for an item. */
  title(value: T): string;
  /** Placed with the key columns: first, or after the key field's columns. */
  readonly extraColumns?: readonly ExtraColumn<T>[];
  /** Fields kept beside the record, not given to its schema (a saved email's message key). */
  readonly beside?: readonly (keyof T & string)[];
  /** The stored object of an item older than the record's version, before its migrations run. */
  olderVersion?(stored: Record<string, unknown>, fields: Fields): Record<string, unknown>;
}

/** A list definition with the field mappings it was made from (import and tests read them). */
export interface MappedList<T> extends ListDefinition<T> {
  readonly fields: FieldMappings<T>;
}

/**
 * A list definition made from one declaration per field: the columns to create, `toFields`
 * and `fromFields` all come from `fields`, so a field is mapped in one place.
 */
export function mappedList<T>(spec: MappedListSpec<T>): MappedList<T> {
  const {
    record,
    fields,
    title,
    extraColumns = [],
    beside = [],
    olderVersion,
    ...definition
  } = spec;
  const mapped = Object.entries(fields) as [keyof T & string, FieldMapping<unknown>][];
  const besideKeys = new Set<string>(beside);
  // What the record's schema reads, as plain arrays for an index loop (every item of a snapshot).
  const forRecord = mapped.filter(([key]) => !besideKeys.has(key));
  const recordKeys = forRecord.map(([key]) => key);
  const recordReads = forRecord.map(([, mapping]) => mapping.read);
  const template: Record<string, unknown> = Object.fromEntries(
    recordKeys.map((k) => [k, undefined]),
  );
  const fieldOfColumn = new Map(
    mapped.flatMap((field) => field[1].columns.map((column) => [column.name, field] as const)),
  );
  const extras = extraColumns.map((extra) => extra.column);
  const fieldColumns = mapped.flatMap(([, mapping]) => mapping.columns);
  // Key columns first: an extra key column, or the key field's columns and then the extras.
  const keyAt = fieldColumns.findIndex((column) => column.name === definition.keyColumn);
  const keyField = mapped.find(([, m]) => m.columns.some((c) => c.name === definition.keyColumn));
  const afterKey = keyAt < 0 ? 0 : (keyField?.[1].columns.length ?? 1) + keyAt;
  const columns = [...fieldColumns.slice(0, afterKey), ...extras, ...fieldColumns.slice(afterKey)];

  return {
    ...definition,
    fields,
    columns,
    toFields: (value) => {
      const out: Fields = { Title: title(value) };
      for (const extra of extraColumns)
        if (extra.write) out[extra.column.name] = extra.write(value);
      for (const [key, mapping] of mapped) Object.assign(out, mapping.write(value[key]));
      return out;
    },
    storedValue: (column, value) => {
      const field = fieldOfColumn.get(column);
      return field && field[1].write(value[field[0]])[column];
    },
    fromFields: (item): Result<T, RecordError> => {
      // A copy of one template keeps every item's object in one shape (no shape change per key).
      let stored: Record<string, unknown> = { ...template };
      for (let i = 0; i < recordKeys.length; i += 1) stored[recordKeys[i]!] = recordReads[i]!(item);
      if (olderVersion && (stored.schemaVersion as number) < record.version)
        stored = olderVersion(stored, item);
      const loaded = readRecord(record, stored);
      if (!loaded.ok || beside.length === 0) return loaded as Result<T, RecordError>;
      const kept: Record<string, unknown> = {};
      for (const [key, mapping] of mapped) if (besideKeys.has(key)) kept[key] = mapping.read(item);
      return { ok: true, value: { ...(loaded.value as object), ...kept } as T };
    },
  };
}
