import type { IsoDate } from '../primitives/brand';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { workingDaysBetweenDayNumbers } from '../calendar/workingDays';
import { clockStartDayNumber, dueDayNumber, limitOf } from './dueDate';
import type { TimescaleRule } from './policy';

export const CLOCK_STATUSES = [
  'on_track',
  'due_soon',
  'overdue',
  'met',
  'met_late',
  'paused',
] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

/** One clock: when it started, under which rule, and what has happened to it. */
export interface Clock {
  readonly start: IsoDate;
  readonly rule: TimescaleRule;
  readonly extended?: boolean;
  /** Working days paused so far, including a pause still running up to today. */
  readonly pausedWorkingDays?: number;
  /** A pause is running now. */
  readonly pausedNow?: boolean;
  /** The day the clock's event happened (acknowledged, responded …). */
  readonly completedOn?: IsoDate;
}

export interface ClockReading {
  readonly clockStart: IsoDate;
  readonly due: IsoDate;
  readonly limit: number;
  readonly unit: TimescaleRule['unit'];
  readonly extended: boolean;
  readonly pausedWorkingDays: number;
  readonly status: ClockStatus;
  /**
   * Working days from the clock start to the completion (or to today while open), pauses
   * excluded: the figure the annual report bands (≤10, ≤20, >20).
   */
  readonly workingDaysTaken: number;
  /**
   * Working days from today (or the completion) to the due date: 0 on the due date,
   * negative when overdue or met late.
   */
  readonly workingDaysLeft: number;
}

/**
 * Where a clock stands on `today`.
 * Children's Stage 1 received Fri 2025-12-19 (due Wed 2026-01-07):
 * on 2025-12-31 → `on_track`, 6 taken (22, 23, 24, 29, 30, 31 Dec), 4 left;
 * on 2026-01-05 → `due_soon` (2 left); on 2026-01-08 → `overdue` (−1 left);
 * responded 2026-01-07 → `met`; responded 2026-01-09 → `met_late`.
 */
export function readClock(
  calendar: WorkingCalendar,
  clock: Clock,
  today: IsoDate,
  dueSoonWorkingDays = 2,
): ClockReading {
  const rule = clock.rule;
  const extended = clock.extended === true && rule.extendedLimit !== undefined;
  const paused = clock.pausedWorkingDays ?? 0;
  const start = clockStartDayNumber(calendar, rule, toDayNumber(clock.start));
  const due = dueDayNumber(calendar, rule, start, extended, paused);
  const asOf = toDayNumber(clock.completedOn ?? today);
  const elapsed = workingDaysBetweenDayNumbers(calendar, start, asOf);
  const left = workingDaysBetweenDayNumbers(calendar, asOf, due);
  return {
    clockStart: fromDayNumber(start),
    due: fromDayNumber(due),
    limit: limitOf(rule, extended),
    unit: rule.unit,
    extended,
    pausedWorkingDays: paused,
    status: statusOf(clock, asOf, due, left, dueSoonWorkingDays),
    workingDaysTaken: Math.max(0, elapsed - paused),
    workingDaysLeft: left,
  };
}

function statusOf(
  clock: Clock,
  asOf: number,
  due: number,
  left: number,
  dueSoonWorkingDays: number,
): ClockStatus {
  if (clock.completedOn !== undefined) return asOf <= due ? 'met' : 'met_late';
  if (clock.pausedNow === true) return 'paused';
  if (asOf > due) return 'overdue';
  return left <= dueSoonWorkingDays ? 'due_soon' : 'on_track';
}
