import type { Snapshot } from '../../data/store';
import type { CaseReference } from '../../domain/shared/brand';

/** The tab's views, named on screen exactly as CONTRACTS.md §6 says. */
export const views = [
  { id: 'overview', label: 'Overview' },
  { id: 'timeliness', label: 'Timeliness' },
  { id: 'actions', label: 'Actions' },
  { id: 'plans', label: 'Action plans' },
  { id: 'annual-report', label: 'Annual report' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ViewId = (typeof views)[number]['id'];

/** What the tab passes every view. */
export interface ViewProps {
  readonly snapshot: Snapshot;
  /** Opens a case's timeline in the Timeliness view (from a deep link or another view). */
  readonly openCase: (reference: CaseReference | undefined) => void;
  readonly openedCase: CaseReference | undefined;
}
