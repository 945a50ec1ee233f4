import type { Snapshot } from '../../../data/store';
import { addCalendarMonths } from '../../../domain/calendar/calendarMonths';
import type { IsoDate } from '../../../domain/primitives/brand';

export interface RetentionRow {
  readonly reference: string;
  readonly closed: IsoDate;
  readonly reviewDue: IsoDate;
}

/**
 * Closed cases whose retention period has run out, oldest first, for the complaints manager
 * to review. Closed 2019-05-01, 6 years → review due 2025-05-01; on 2025-05-01 it is listed.
 */
export function selectRetentionDue(
  cases: Snapshot['cases'],
  retentionYears: number,
  today: IsoDate,
): RetentionRow[] {
  const rows: RetentionRow[] = [];
  for (const { value: c } of cases) {
    // A case on legal hold is kept whatever its age: never offered for review.
    if (c.status !== 'closed' || !c.closed || c.legalHold) continue;
    const reviewDue = addCalendarMonths(c.closed, retentionYears * 12);
    if (reviewDue <= today) rows.push({ reference: c.reference, closed: c.closed, reviewDue });
  }
  return rows.sort(
    (a, b) => a.reviewDue.localeCompare(b.reviewDue) || a.reference.localeCompare(b.reference),
  );
}

/** Closed cases past their retention date but on legal hold: kept, and said so. */
export function countHeldPastRetention(
  cases: Snapshot['cases'],
  retentionYears: number,
  today: IsoDate,
): number {
  let held = 0;
  for (const { value: c } of cases)
    if (c.legalHold && c.status === 'closed' && c.closed)
      if (addCalendarMonths(c.closed, retentionYears * 12) <= today) held += 1;
  return held;
}
