import type { RecordError } from '../../domain/records';
import type { IsoDate } from '../../domain/shared/brand';
import type { Result } from '../../domain/shared/result';
import type { ColumnDefinition } from './columns';
import type { Fields } from './fieldValues';
import type { ListAccess } from './siteRoles';

export type ListKey =
  | 'cases'
  | 'stages'
  | 'correspondence'
  | 'actions'
  | 'plans'
  | 'ombudsman'
  | 'costs'
  | 'demand'
  | 'settings'
  | 'signOffs';

/**
 * A SharePoint list the app keeps its records in: how to create it and how one record maps
 * to the item's `fields` and back. `fromFields` runs the record's migrations (`loadRecord`),
 * so items written by an older version of the app still read.
 */
export interface ListDefinition<T> {
  readonly key: ListKey;
  readonly displayName: string;
  readonly description: string;
  /** Who may write it: provisioning sets the list's SharePoint permissions from this. */
  readonly access: ListAccess;
  /**
   * Read with SharePoint's own stamps of who created each item and when (`Stored.createdBy`,
   * `Stored.created`): for records whose author matters, such as sign-offs.
   */
  readonly stamped?: boolean;
  readonly columns: readonly ColumnDefinition[];
  /** The column that identifies a record (unique): `Reference`, `StageKey`, `ActionId`… */
  readonly keyColumn: string;
  keyOf(value: T): string;
  /** Every column, null for an empty value (so an update clears it). */
  toFields(value: T): Fields;
  fromFields(fields: Fields): Result<T, RecordError>;
  /**
   * Columns a snapshot does not ask Graph for: kept for writes and look-ups only (unique keys,
   * reference sequences, the Title SharePoint shows). Everything else is read.
   */
  readonly notInSnapshot?: readonly string[];
  /**
   * `$filter`s over indexed columns that together match every item the figures from `from`
   * on read, for a first load that leaves the older history for later (overlaps are harmless:
   * items are kept by id). Lists without them are always read in full.
   */
  recentFilters?(from: IsoDate, today: IsoDate): readonly string[];
}

/**
 * The fields a snapshot asks Graph for: `Title` and every column, but those the list keeps for
 * writes only. `fieldsReadBy(stagesList)` → ['CaseReference', 'StageNumber', 'SchemaVersion', …]
 */
export function fieldsReadBy<T>(definition: ListDefinition<T>): readonly string[] {
  const skipped = new Set(definition.notInSnapshot ?? []);
  return ['Title', ...definition.columns.map((column) => column.name)].filter(
    (name) => !skipped.has(name),
  );
}

/** The document library for archived `.eml` files. */
export interface LibraryDefinition {
  readonly key: 'archive';
  readonly displayName: string;
  readonly description: string;
  readonly access: ListAccess;
}
