import type { IsoDate } from '../primitives/brand';
import type { Stage } from '../records';

/** What a stage's pauses are read from. */
type Paused = { readonly pauses: Stage['pauses'] };

/**
 * What the report needs of a working-day calendar. `src/domain/calendar` provides it
 * (`reportCalendarOf`); tests may pass any implementation. The calendar is a parameter,
 * never a global.
 */
export interface ReportCalendar {
  /** Working days after `from` up to and including `to` (negative when `to` is earlier). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  isWorkingDay(date: IsoDate): boolean;
  /**
   * The same questions on day numbers (days since 1970-01-01), for the report's pass over
   * every case; `reportCalendarOf` provides them. Without them the report asks the two
   * questions above, turning day numbers back into dates.
   */
  readonly days?: DayCalendar;
}

/** Working-day questions on day numbers: `workingDaysBetween(20441, 20460)` → 10. */
export interface DayCalendar {
  workingDaysBetween(from: number, to: number): number;
  isWorkingDay(day: number): boolean;
}

/**
 * Working days taken from a start event to an end event: the start is day 0, and a start on
 * a non-working day counts as the next working day (docs/domain.md, Timescales).
 * Received Fri 2025-12-19, responded Wed 2026-01-07 → 10 (25, 26 Dec and 1 Jan are bank
 * holidays); received Sat 2025-12-20, responded Mon 2025-12-22 → 0.
 */
export function workingDaysTaken(calendar: ReportCalendar, start: IsoDate, end: IsoDate): number {
  const between = calendar.workingDaysBetween(start, end);
  const taken = calendar.isWorkingDay(start) ? between : between - 1;
  return taken < 0 ? 0 : taken;
}

/**
 * Working days a stage was paused before `end`: a pause known only by its number of working
 * days (imports) counts that number; a dated pause counts the working days after its start
 * up to and including its end (or `end`, while it still runs).
 * A pause from Mon 2025-06-02 to Wed 2025-06-04 → 2.
 */
export function pausedWorkingDays(calendar: ReportCalendar, stage: Paused, end: IsoDate): number {
  let total = 0;
  for (const pause of stage.pauses) {
    if (pause.workingDays !== undefined) total += pause.workingDays;
    else if (pause.from !== undefined) {
      const to = pause.to !== undefined && pause.to < end ? pause.to : end;
      total += Math.max(0, calendar.workingDaysBetween(pause.from, to));
    }
  }
  return total;
}

/**
 * Working days a stage took from `start` to `end`, pauses excluded, never below 0.
 * Received Mon 2025-06-02, responded Mon 2025-06-30 (20 working days) with 5 paused → 15.
 */
export function stageWorkingDays(
  calendar: ReportCalendar,
  stage: Paused,
  start: IsoDate,
  end: IsoDate,
): number {
  const days = workingDaysTaken(calendar, start, end) - pausedWorkingDays(calendar, stage, end);
  return days < 0 ? 0 : days;
}
