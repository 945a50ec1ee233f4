import type { RecordError } from '../../domain/records';
import type { Result } from '../../domain/shared/result';
import type { ColumnDefinition } from './columns';
import type { Fields } from './fieldValues';

export type ListKey =
  | 'cases'
  | 'stages'
  | 'correspondence'
  | 'actions'
  | 'plans'
  | 'ombudsman'
  | 'costs'
  | 'demand'
  | 'settings';

/**
 * A SharePoint list the app keeps its records in: how to create it and how one record maps
 * to the item's `fields` and back. `fromFields` runs the record's migrations (`loadRecord`),
 * so items written by an older version of the app still read.
 */
export interface ListDefinition<T> {
  readonly key: ListKey;
  readonly displayName: string;
  readonly description: string;
  readonly columns: readonly ColumnDefinition[];
  /** The column that identifies a record (unique): `Reference`, `StageKey`, `ActionId`… */
  readonly keyColumn: string;
  keyOf(value: T): string;
  /** Every column, null for an empty value (so an update clears it). */
  toFields(value: T): Fields;
  fromFields(fields: Fields): Result<T, RecordError>;
  /**
   * The fields `fromFields` (and the record's migrations) read, when that is fewer than every
   * column: a snapshot asks Graph for these only. Absent: `Title` and every column.
   */
  readonly readFields?: readonly string[];
}

/**
 * What a read must ask Graph for so `fromFields` has everything it needs.
 *   fieldsReadBy(demandList) → ['Title', 'DemandKey', 'SchemaVersion', 'FinancialYear', 'Measure', 'Value']
 */
export function fieldsReadBy<T>(definition: ListDefinition<T>): readonly string[] {
  return definition.readFields ?? ['Title', ...definition.columns.map((column) => column.name)];
}

/** The document library for archived `.eml` files. */
export interface LibraryDefinition {
  readonly key: 'archive';
  readonly displayName: string;
  readonly description: string;
}
