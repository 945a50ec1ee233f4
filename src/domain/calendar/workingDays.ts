import type { IsoDate } from '../primitives/brand';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { growIndexToCover, type WorkingCalendar, type WorkingDayIndex } from './workingCalendar';

/*
 * Working-day arithmetic over a precomputed calendar. Each function has a day-number form
 * (`…DayNumber`, for hot paths: no strings, no Date objects) and an IsoDate form.
 * The examples use the England and Wales calendar, where 25 and 26 Dec 2025 and
 * 1 Jan 2026 are bank holidays.
 */

function offsetOf(index: WorkingDayIndex, day: number): number {
  if (day < index.firstDay || day > index.lastDay) growIndexToCover(index, day);
  return day - index.firstDay;
}

/** Working days in [start of index, day]. */
function countThrough(index: WorkingDayIndex, day: number): number {
  return index.workingDaysThrough[offsetOf(index, day)] as number;
}

function isWorkingOffset(index: WorkingDayIndex, offset: number): boolean {
  const through = index.workingDaysThrough;
  return (through[offset] as number) - (offset === 0 ? 0 : (through[offset - 1] as number)) === 1;
}

export function isWorkingDayNumber(calendar: WorkingCalendar, day: number): boolean {
  const index = calendar.index;
  return isWorkingOffset(index, offsetOf(index, day));
}

/** `isWorkingDay(cal, '2025-12-26')` → false (Boxing Day); `'2025-12-29'` → true. */
export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(date));
}

/** The k-th working day of the index (0-based), growing the index when k runs off it. */
function workingDayAt(calendar: WorkingCalendar, k: number): number {
  const index = calendar.index;
  const list = index.workingDayNumbers;
  if (k >= 0 && k < list.length) return list[k] as number;
  // Off the end of the span: grow it by a decade in that direction and look again.
  const before = index.firstDay;
  growIndexToCover(index, k < 0 ? index.firstDay - 1 : index.lastDay + 1);
  const shifted = before === index.firstDay ? k : k + countThrough(index, before - 1);
  return workingDayAt(calendar, shifted);
}

/**
 * The `n`-th working day after `day` (`n > 0`), before it (`n < 0`), or `day` itself
 * (`n = 0`). `day` itself is never counted: it is day 0.
 */
export function addWorkingDaysToDayNumber(
  calendar: WorkingCalendar,
  day: number,
  n: number,
): number {
  if (n === 0) return day;
  const index = calendar.index;
  const offset = offsetOf(index, day);
  const through = index.workingDaysThrough[offset] as number;
  // through counts the working days up to and including `day`; the list is 0-based.
  if (n > 0) return workingDayAt(calendar, through + n - 1);
  const strictlyBefore = through - (isWorkingOffset(index, offset) ? 1 : 0);
  return workingDayAt(calendar, strictlyBefore + n);
}

/**
 * Adds working days; the start date is day 0.
 * `addWorkingDays(cal, '2025-12-19', 10)` → `'2026-01-07'`;
 * `addWorkingDays(cal, '2025-12-19', 1)` → `'2025-12-22'`;
 * `addWorkingDays(cal, '2026-01-07', -10)` → `'2025-12-19'`.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: IsoDate, n: number): IsoDate {
  return fromDayNumber(addWorkingDaysToDayNumber(calendar, toDayNumber(date), n));
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier).
 * The inverse of `addWorkingDays`: `workingDaysBetween(cal, d, addWorkingDays(cal, d, n))`
 * is `n` for any `n ≥ 0`.
 * `workingDaysBetween(cal, '2025-12-19', '2026-01-07')` → 10;
 * `workingDaysBetween(cal, '2025-12-19', '2025-12-19')` → 0.
 */
export function workingDaysBetweenDayNumbers(
  calendar: WorkingCalendar,
  from: number,
  to: number,
): number {
  const index = calendar.index;
  // Cover both ends first: growing the index changes every count.
  offsetOf(index, from);
  offsetOf(index, to);
  return countThrough(index, to) - countThrough(index, from);
}

export function workingDaysBetween(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  return workingDaysBetweenDayNumbers(calendar, toDayNumber(from), toDayNumber(to));
}

/** `day` if it is a working day, otherwise the next one. */
export function workingDayOnOrAfterDayNumber(calendar: WorkingCalendar, day: number): number {
  return isWorkingDayNumber(calendar, day) ? day : addWorkingDaysToDayNumber(calendar, day, 1);
}

/**
 * Something received on a non-working day counts as received on the next working day.
 * `workingDayOnOrAfter(cal, '2025-12-25')` → `'2025-12-29'`;
 * `workingDayOnOrAfter(cal, '2025-12-19')` → `'2025-12-19'`.
 */
export function workingDayOnOrAfter(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  return fromDayNumber(workingDayOnOrAfterDayNumber(calendar, toDayNumber(date)));
}

/** The first working day strictly after the date: `nextWorkingDay(cal, '2025-12-24')` → `'2025-12-29'`. */
export function nextWorkingDay(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  return addWorkingDays(calendar, date, 1);
}

/** The last working day strictly before: `previousWorkingDay(cal, '2026-01-02')` → `'2025-12-31'`. */
export function previousWorkingDay(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  return addWorkingDays(calendar, date, -1);
}
