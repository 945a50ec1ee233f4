import type { Snapshot } from '../../../data/store';
import type { IsoDate } from '../../../domain/primitives/brand';
import { calendarOf, memoLast, reportInputOf } from '../../data/derived';
import { openCaseRows } from '../../data/openCases';
import { countByStatus } from '../../data/openCaseRows';
import { selectOverview, type OverviewState } from './selectOverview';

/** The Overview's figures for a snapshot on a day. */
export function overviewOf(snapshot: Snapshot, today: IsoDate): OverviewState {
  return selectOverview(
    snapshot,
    reportInputOf(snapshot),
    calendarOf(snapshot.settings),
    today,
    countByStatus(openCaseRows(snapshot, today)).overdue,
  );
}

const overviewFor = memoLast(overviewOf);

/** The Overview's state: computed once per snapshot and day, and kept across remounts. */
export function useOverview(snapshot: Snapshot, today: IsoDate): OverviewState {
  return overviewFor(snapshot, today);
}
