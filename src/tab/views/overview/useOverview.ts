import type { Snapshot } from '../../../data/store';
import type { IsoDate } from '../../../domain/primitives/brand';
import { calendarOf, memoLast, reportInputOf } from '../../data/derived';
import { openCaseRows } from '../../data/openCases';
import { countByStatus } from '../../data/openCaseRows';
import { holdsPreviousYear } from '../viewNames';
import { selectOverview, type OverviewState } from './selectOverview';

/** The Overview's figures for a snapshot on a day: this year's alone until last year's are in. */
export function overviewOf(snapshot: Snapshot, today: IsoDate): OverviewState {
  return selectOverview(
    snapshot,
    reportInputOf(snapshot),
    calendarOf(snapshot.settings),
    today,
    countByStatus(openCaseRows(snapshot, today)).overdue,
    holdsPreviousYear(snapshot, today),
  );
}

const overviewFor = memoLast(overviewOf);

/** The Overview's state: computed once per snapshot and day, and kept across remounts. */
export function useOverview(snapshot: Snapshot, today: IsoDate): OverviewState {
  return overviewFor(snapshot, today);
}
