import type { IsoDate } from '../primitives/brand';
import { dayNumberOfCivil, fromDayNumber, toDayNumber, civilOfDayNumber } from './dayNumber';

/** Days in a month (1–12) of a year: `daysInMonth(2026, 2)` → 28. */
export function daysInMonth(year: number, month: number): number {
  return (
    dayNumberOfCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayNumberOfCivil(year, month, 1)
  );
}

/**
 * Adds calendar months, clamping to the end of a shorter month (the usual reading of
 * "six months from 31 August"). Works on day numbers for use in hot paths.
 * `addCalendarMonthsToDayNumber(toDayNumber('2025-08-31'), 6)` → day number of 2026-02-28.
 */
export function addCalendarMonthsToDayNumber(dayNumber: number, months: number): number {
  const [year, month, day] = civilOfDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayNumberOfCivil(
    targetYear,
    targetMonth,
    Math.min(day, daysInMonth(targetYear, targetMonth)),
  );
}

/**
 * Adds calendar months to a date, clamping to the end of the month.
 * `addCalendarMonths('2025-08-31', 6)` → `'2026-02-28'`;
 * `addCalendarMonths('2024-02-29', 12)` → `'2025-02-28'`;
 * `addCalendarMonths('2025-01-15', -1)` → `'2024-12-15'`.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  return fromDayNumber(addCalendarMonthsToDayNumber(toDayNumber(date), months));
}
