import type { Snapshot } from '../../../data/store';
import type { IsoDate } from '../../../domain/shared/brand';
import { calendarOf, memoLast, reportInputOf } from '../../data/derived';
import { openCaseRows } from '../../data/openCases';
import { countByStatus } from '../timeliness/selectTimeliness';
import { selectOverview, type OverviewState } from './selectOverview';

const overviewFor = memoLast((snapshot: Snapshot, today: IsoDate): OverviewState =>
  selectOverview(
    snapshot,
    reportInputOf(snapshot),
    calendarOf(snapshot.settings),
    today,
    countByStatus(openCaseRows(snapshot, today)).overdue,
  ),
);

/** The Overview's state: computed once per snapshot and day, and kept across remounts. */
export function useOverview(snapshot: Snapshot, today: IsoDate): OverviewState {
  return overviewFor(snapshot, today);
}
