import { asIsoDate } from '../../domain/primitives/brand';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import {
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
} from '../../domain/calendar/workingDays';
import { formatUkDate } from '../../domain/format';
import { londonTime } from './londonTime';

/** Office hours, local time: email after 17:00 counts from the next working day. */
export const OFFICE_CLOSES_MINUTES = 17 * 60;

export interface ReceivedClock {
  /** The local date it arrived. */
  readonly arrived: string;
  /** The working day its clock starts: what the `Received` field is prefilled with. */
  readonly clockStarts: string;
  /** Shown under `Received` when the two differ; undefined when it arrived in office hours. */
  readonly hint?: string;
}

/**
 * When the clock of an email starts.
 * Arrived Sat 5 Apr 2025 10:00 → clock starts Mon 7 Apr 2025, hint "… a non-working day …".
 * Arrived Fri 19 Dec 2025 18:40 → after hours → clock starts Mon 22 Dec 2025.
 * Arrived Tue 8 Apr 2025 11:00 → clock starts that day, no hint.
 */
export function receivedClock(
  receivedAt: string,
  calendar: WorkingCalendar,
): ReceivedClock | undefined {
  const local = londonTime(receivedAt);
  if (!local) return undefined;
  const arrived = asIsoDate(local.date);
  const when = `Arrived ${formatUkDate(arrived)} at ${local.time}`;
  if (!isWorkingDay(calendar, arrived)) {
    const starts = workingDayOnOrAfter(calendar, arrived);
    return {
      arrived,
      clockStarts: starts,
      hint: `${when}, a non-working day: its clock starts on ${formatUkDate(starts)}.`,
    };
  }
  if (local.minutes >= OFFICE_CLOSES_MINUTES) {
    const starts = nextWorkingDay(calendar, arrived);
    return {
      arrived,
      clockStarts: starts,
      hint: `${when}, out of hours: its clock starts on ${formatUkDate(starts)}.`,
    };
  }
  return { arrived, clockStarts: arrived };
}
