import type { TimelinessFilters } from './timeliness/selectTimeliness';
import type { Snapshot, SnapshotPart } from '../../data/store';
import type { FirstLoad } from '../data/tabData';
import { financialYearOf, periodOf, previousYearOf } from '../../domain/reporting/financialYear';
import type { CaseReference, IsoDate } from '../../domain/primitives/brand';

/**
 * The tab's views, named on screen exactly as docs/contracts.md, Names on screen says, with the lists each one
 * reads: the first view waits for its own lists only, and the rest load once it is on screen.
 */
export const views = [
  // This financial year's figures against last year's: the older history can wait. Its
  // figures read no personal field, so it shows from what the browser kept (`kept`).
  {
    id: 'overview',
    label: 'Overview',
    needs: ['cases', 'stages', 'ombudsman'],
    recent: true,
    kept: true,
  },
  // Every open case and its stages still waiting for an answer are in the recent records. A
  // case's timeline also shows its earlier stages, correspondence, actions, costs and Ombudsman
  // decisions, and says so while those are still loading.
  { id: 'timeliness', label: 'Timeliness', needs: ['cases', 'stages'], recent: true },
  { id: 'actions', label: 'Actions', needs: ['cases', 'actions'] },
  { id: 'plans', label: 'Action plans', needs: ['cases', 'actions', 'plans', 'signOffs'] },
  {
    id: 'annual-report',
    label: 'Annual report',
    needs: ['cases', 'stages', 'ombudsman', 'costs', 'refusals', 'demand', 'actions'],
  },
  // The complaints manager's Ombudsman cases, costs and refused complaints (a case reference is
  // checked as typed).
  {
    id: 'records',
    label: 'Ombudsman and costs',
    needs: ['cases', 'ombudsman', 'costs', 'refusals'],
  },
  { id: 'settings', label: 'Settings', needs: ['cases'] },
] as const satisfies readonly {
  id: string;
  label: string;
  needs: readonly SnapshotPart[];
  /**
   * Shows from the records since the start of this financial year (`Snapshot.recentOnly`),
   * then of last: its figures, or its open cases, need nothing older.
   */
  recent?: boolean;
  /**
   * Shows from lists restored from the browser's cache (`Snapshot.figuresOnly`): it reads none
   * of the fields the browser may not keep (src/data/browserCache/allowList.ts).
   */
  kept?: boolean;
}[];

export type ViewId = (typeof views)[number]['id'];

/** What the tab passes every view. */
export interface ViewProps {
  readonly snapshot: Snapshot;
  /**
   * Opens a case's panel in the Timeliness view (from a deep link, the header's search or
   * another view); `openerId` is where focus goes back to when it closes.
   */
  readonly openCase: (reference: CaseReference | undefined, openerId?: string) => void;
  readonly openedCase: CaseReference | undefined;
  /** The element the open case was opened from, when not its row (the header's search). */
  readonly caseOpener?: string | undefined;
  /** Shows the Timeliness view's open cases with these filters set (from another view). */
  readonly showCases: (filters: Partial<TimelinessFilters>) => void;
  /** The filters another view asked Timeliness to open with. */
  readonly casesFilter: Partial<TimelinessFilters> | undefined;
}

/** The registry entry of a view. */
export const viewOf = (id: ViewId) => views.find((v) => v.id === id)!;

/**
 * What the tab's first load reads for the view it opens on: the view's lists and, for a view
 * that shows from recent records, only those since the start of this financial year, then
 * those since the start of last (its comparisons) before the rest. A council's year runs to
 * tens of thousands of records, and under SharePoint's speed each year read is seconds.
 *   firstLoadFor('overview', '2026-11-23')
 *   → { parts: ['cases', 'stages', 'ombudsman'], recentFrom: '2026-04-01', widenFrom: '2025-04-01' }
 */
export function firstLoadFor(id: ViewId, today: IsoDate): FirstLoad {
  const view = viewOf(id);
  if (!('recent' in view)) return { parts: view.needs };
  return {
    parts: view.needs,
    recentFrom: periodOf(financialYearOf(today)).from,
    widenFrom: lastYearFrom(today),
  };
}

/** The first day of last financial year: `lastYearFrom('2026-11-23')` → '2025-04-01'. */
const lastYearFrom = (today: IsoDate) => periodOf(previousYearOf(financialYearOf(today))).from;

/**
 * True once the snapshot holds every record last financial year's figures read (the
 * Overview's comparisons): false while only this year's recent records are in.
 */
export function holdsPreviousYear(snapshot: Snapshot, today: IsoDate): boolean {
  const from = snapshot.recentFrom;
  return from === undefined || from <= lastYearFrom(today);
}

/** True while a list the view reads is still loading (or loaded too little for it). */
export function isWaitingFor(id: ViewId, snapshot: Snapshot): boolean {
  const view = viewOf(id);
  return view.needs.some(
    (part) =>
      snapshot.unloaded?.includes(part) &&
      !('recent' in view && snapshot.recentOnly?.includes(part)) &&
      !('kept' in view && snapshot.figuresOnly?.includes(part)),
  );
}
