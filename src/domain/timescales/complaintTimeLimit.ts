import type { IsoDate } from '../primitives/brand';
import { addCalendarMonths } from '../calendar/calendarMonths';
import type { TimescalePolicy } from './policy';

export type StatutoryProcedure = keyof TimescalePolicy['timeLimitsForComplaining'];

export interface ComplaintTimeLimitReading {
  /** The last day a complaint can be made without the limit being waived. */
  readonly lastDay: IsoDate;
  readonly months: number;
  readonly waivable: boolean;
  /** The complaint, received on the given day, is late. */
  readonly late: boolean;
}

/**
 * The statutory time limit for complaining (calendar months from the grounds arising;
 * the council may waive it). Children's: 1 year; adults': 12 months.
 * Grounds arose 2024-08-31, received 2025-09-01 → `lastDay` 2025-08-31, `late` true;
 * grounds arose 2024-02-29 → `lastDay` 2025-02-28.
 */
export function complaintTimeLimit(
  policy: TimescalePolicy,
  procedure: StatutoryProcedure,
  groundsArose: IsoDate,
  received: IsoDate,
): ComplaintTimeLimitReading {
  const limit = policy.timeLimitsForComplaining[procedure];
  const lastDay = addCalendarMonths(groundsArose, limit.months);
  return { lastDay, months: limit.months, waivable: limit.waivable, late: received > lastDay };
}
