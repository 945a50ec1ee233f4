import type { IsoDate } from '../primitives/brand';
import { addCalendarMonths } from '../calendar/calendarMonths';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { workingDaysBetween } from '../calendar/workingDays';
import type { Pause } from '../records';

/**
 * Working days a clock was paused while it ran, from `clockStart` up to `asOf` (today, or
 * the day the clock's event happened). A dated pause counts the working days after its start
 * up to and including its end (or `asOf` while it still runs), within the clock's run; a
 * pause known only by its number of working days (imports) counts when `includeUndated`.
 * A pause from Mon 2025-06-02 to Wed 2025-06-04 → 2.
 */
export function pausedWorkingDaysWithin(
  calendar: WorkingCalendar,
  pauses: readonly Pause[],
  clockStart: IsoDate,
  asOf: IsoDate,
  includeUndated: boolean,
): number {
  let total = 0;
  for (const pause of pauses) {
    if (pause.from === undefined) {
      if (includeUndated) total += pause.workingDays ?? 0;
      continue;
    }
    const from = pause.from > clockStart ? pause.from : clockStart;
    const to = pause.to !== undefined && pause.to < asOf ? pause.to : asOf;
    if (to > from) total += Math.max(0, workingDaysBetween(calendar, from, to));
  }
  return total;
}

/** A pause without an end date that had started by `today`. */
export function isPausedOn(pauses: readonly Pause[], today: IsoDate): boolean {
  return pauses.some((p) => p.from !== undefined && p.to === undefined && p.from <= today);
}

/**
 * A pause that ran (or has run so far) longer than `months` calendar months without both
 * parties' agreement: docs/domain.md asks for it to be flagged.
 * From 2025-01-10, still running on 2025-04-11, 3 months → true.
 */
export function pauseNeedsAgreement(
  pauses: readonly Pause[],
  today: IsoDate,
  months: number,
): boolean {
  return pauses.some((pause) => {
    if (pause.from === undefined || pause.agreedByBoth) return false;
    const end = pause.to ?? today;
    return end > addCalendarMonths(pause.from, months);
  });
}
