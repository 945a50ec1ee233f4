import type { Snapshot } from '../../data/store';
import type { IsoDate } from '../../domain/primitives/brand';
import { selectOpenCaseRows } from './openCaseRows';
import { calendarOf, memoLast, policyOf } from './derived';

const rowsFor = memoLast(
  (
    cases: Snapshot['cases'],
    stages: Snapshot['stages'],
    settings: Snapshot['settings'],
    today: IsoDate,
  ) =>
    selectOpenCaseRows(
      { cases, stages, settings },
      today,
      calendarOf(settings),
      policyOf(settings),
    ),
);

/**
 * The open-case rows for a snapshot on a day, kept while the cases, stages and settings are the
 * same objects: the Overview and the Timeliness view share them, and re-opening either is instant.
 */
export function openCaseRows(snapshot: Snapshot, today: IsoDate) {
  return rowsFor(snapshot.cases, snapshot.stages, snapshot.settings, today);
}
