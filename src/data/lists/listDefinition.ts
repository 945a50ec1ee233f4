import type {
  ActionPlan,
  Correspondence,
  Cost,
  CouncilSettings,
  DemandFigure,
  EqualityMonitoring,
  FeedbackCase,
  LearningAction,
  OmbudsmanCase,
  OmbudsmanYear,
  RecordError,
  Refusal,
  SignOffRecord,
  SavedNarrative,
  Stage,
  TriageFeedbackRecord,
} from '../../domain/records';
import type { IsoDate } from '../../domain/primitives/brand';
import type { ReadFilter } from './recentFilters';
import type { Result } from '../../domain/primitives/result';
import type { ColumnDefinition } from './columns';
import type { Fields } from './fieldValues';
import type { ListAccess } from './siteRoles';

/**
 * Every list the app keeps, by key, with the record one item holds: the one place a list is
 * named. What derives from it — the registry `lists` (./index.ts), the snapshot's parts
 * (`snapshotParts` in ../store.ts), provisioning (`allLists`) — must then name the new list
 * too, or the compiler says where it is missing. See ./CONTEXT.md.
 */
export interface ListRecords {
  cases: FeedbackCase;
  stages: Stage;
  /** With the email's fingerprint, which makes saves idempotent (never shown). */
  correspondence: Correspondence & { messageKey: string };
  actions: LearningAction;
  plans: ActionPlan;
  ombudsman: OmbudsmanCase;
  costs: Cost;
  /** Complaints not accepted (the Complaint Handling Code's register). */
  refusals: Refusal;
  demand: DemandFigure;
  ombudsmanYears: OmbudsmanYear;
  settings: CouncilSettings;
  /** A head of service's decision on a plan; who and when are SharePoint's stamps. */
  signOffs: SignOffRecord;
  narratives: SavedNarrative;
  /** Officers' triage decisions the pane learns from; who and when are SharePoint's stamps. */
  triageFeedback: TriageFeedbackRecord;
  /** A complainant's equality monitoring answers, one item per case: complaints managers only. */
  equality: EqualityMonitoring;
}

export type ListKey = keyof ListRecords;

/**
 * Lists read when a view asks for one item, never in the tab's snapshot: the report
 * narratives (a few a year, needed by the Annual report view only) and officers' triage
 * decisions (read by the Outlook pane only); equality monitoring (the case panel and the report,
 * for complaints managers only: never kept in the browser).
 */
export type OnDemandListKey = 'narratives' | 'triageFeedback' | 'ombudsmanYears' | 'equality';

/**
 * The keys of `K`, each once, in the order given; a compile error names any key left out:
 *   everyKey<'a' | 'b'>()('a') → error: `missing: "b"`
 */
export const everyKey =
  <K extends string>() =>
  <const A extends readonly K[]>(
    ...keys: A & ([K] extends [A[number]] ? unknown : { missing: Exclude<K, A[number]> })
  ): A =>
    keys;

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
  recentFilters?(from: IsoDate, today: IsoDate): readonly ReadFilter[];
  /**
   * `$filter`s that, with `recentFilters(to, today)`, match every item `recentFilters(from,
   * today)` matches (`from` before `to`): what widening a first read's window back to `from`
   * reads, so this year's figures can show before last year's are in. Required with
   * `recentFilters`.
   */
  widerFilters?(from: IsoDate, to: IsoDate): readonly ReadFilter[];
  /**
   * `$filter`s over an indexed date column that, with `recentFilters`, match every item of the
   * list: what is older than `from`. A list with both is read in full by these filters side by
   * side (with a delta link taken first), never as one chain of delta pages.
   */
  historyFilters?(from: IsoDate): readonly ReadFilter[];
  /**
   * `$filter`s over an indexed date column that together match every item: how a list with
   * no recent window but more items than one page (correspondence, one or more a case) is read
   * in full side by side, with a delta link taken first, instead of as one chain of delta
   * pages, each waiting for the one before (at 20,000 cases, four pages one after another were
   * the last read of a re-open to finish).
   */
  wholeListFilters?(today: IsoDate): readonly ReadFilter[];
  /**
   * What SharePoint stores in `column` for this record, as a `$filter` compares it
   * (undefined for a column no field maps): lets a read be cut to fit the threshold before
   * it is sent.
   */
  storedValue?(column: string, value: T): unknown;
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
