import { fromDayNumber, toDayNumber } from '../calendar';
import type { IsoDate } from '../primitives/brand';
import type { Stage } from '../records';
import type { DayCalendar, ReportCalendar } from './reportCalendar';

/**
 * Dates as day numbers for the report's passes over every case: each date is turned into an
 * integer once, and the working-day arithmetic runs on integers (see reportCalendar.ts for
 * the same rules on dates, with worked examples).
 */

/** A date that was not recorded: before every period, so it is never "in" one. */
export const NO_DAY = -2147483648;

/** `dayOf('1970-01-02')` → 1; `dayOf(undefined)` → NO_DAY. */
export const dayOf = (date: IsoDate | undefined): number =>
  date === undefined ? NO_DAY : toDayNumber(date);

/** The day-number questions of a report calendar; a calendar without them is asked in dates. */
export function dayCalendarOf(calendar: ReportCalendar): DayCalendar {
  return (
    calendar.days ?? {
      workingDaysBetween: (from, to) =>
        calendar.workingDaysBetween(fromDayNumber(from), fromDayNumber(to)),
      isWorkingDay: (day) => calendar.isWorkingDay(fromDayNumber(day)),
    }
  );
}

/**
 * Working days from a start event to an end event, the start being day 0 (a start on a
 * non-working day counts from the next working day), never below 0.
 * Fri 2025-12-19 (20441) → Wed 2026-01-07 (20460): 10.
 */
export function daysTaken(days: DayCalendar, start: number, end: number): number {
  const between = days.workingDaysBetween(start, end);
  const taken = days.isWorkingDay(start) ? between : between - 1;
  return taken < 0 ? 0 : taken;
}

/**
 * A stage's pauses, read once: working days paused given as a number (imports), and whether
 * any pause has dates (those are counted against the stage's end, `datedPauseDays`).
 */
export function fixedPauseDays(pauses: Stage['pauses']): number {
  let total = 0;
  for (const pause of pauses) if (pause.workingDays !== undefined) total += pause.workingDays;
  return total;
}

export function hasDatedPauses(pauses: Stage['pauses']): boolean {
  for (const pause of pauses)
    if (pause.workingDays === undefined && pause.from !== undefined) return true;
  return false;
}

/**
 * Working days of the dated pauses before `end`: after each pause's start up to and including
 * its end (or `end`, while it still runs). A pause Mon 2025-06-02 to Wed 2025-06-04 → 2.
 */
export function datedPauseDays(days: DayCalendar, pauses: Stage['pauses'], end: number): number {
  let total = 0;
  for (const pause of pauses) {
    if (pause.workingDays !== undefined || pause.from === undefined) continue;
    const to = pause.to !== undefined && toDayNumber(pause.to) < end ? toDayNumber(pause.to) : end;
    total += Math.max(0, days.workingDaysBetween(toDayNumber(pause.from), to));
  }
  return total;
}
