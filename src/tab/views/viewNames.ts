import type { Snapshot, SnapshotPart } from '../../data/store';
import type { CaseReference } from '../../domain/shared/brand';

/**
 * The tab's views, named on screen exactly as CONTRACTS.md §6 says, with the lists each one
 * reads: the first view waits for its own lists only, and the rest load once it is on screen.
 */
export const views = [
  { id: 'overview', label: 'Overview', needs: ['cases', 'stages', 'ombudsman'] },
  // A case's timeline also shows its correspondence, actions, costs and Ombudsman decisions,
  // and says so while those are still loading.
  { id: 'timeliness', label: 'Timeliness', needs: ['cases', 'stages'] },
  { id: 'actions', label: 'Actions', needs: ['cases', 'actions'] },
  { id: 'plans', label: 'Action plans', needs: ['cases', 'actions', 'plans'] },
  {
    id: 'annual-report',
    label: 'Annual report',
    needs: ['cases', 'stages', 'ombudsman', 'costs', 'demand', 'actions'],
  },
  { id: 'settings', label: 'Settings', needs: ['cases'] },
] as const satisfies readonly {
  id: string;
  label: string;
  needs: readonly SnapshotPart[];
}[];

export type ViewId = (typeof views)[number]['id'];

/** What the tab passes every view. */
export interface ViewProps {
  readonly snapshot: Snapshot;
  /** Opens a case's timeline in the Timeliness view (from a deep link or another view). */
  readonly openCase: (reference: CaseReference | undefined) => void;
  readonly openedCase: CaseReference | undefined;
}

/** The lists a view reads. */
export function needsOf(id: ViewId): readonly SnapshotPart[] {
  return views.find((v) => v.id === id)!.needs;
}
