import { asIsoDate, isIsoDate, type IsoDate } from '../primitives/brand';
import { err, ok, type Result } from '../primitives/result';

/**
 * Dates as integers: the number of days since 1970-01-01 (a "day number"). Arithmetic on
 * day numbers needs no `Date` object and no time zone, which keeps the hot paths fast.
 * Conversions use Howard Hinnant's civil-calendar algorithms (proleptic Gregorian).
 */

/** The years this app computes working days for; dates outside are refused at the edge. */
export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 2199;

/** `dayNumberOfCivil(2025, 12, 19)` → 20441. Month 1–12. */
export function dayNumberOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = y >= 0 ? (y / 400) | 0 : Math.floor(y / 400);
  const yoe = y - era * 400;
  // yoe and the month term are never negative, so `| 0` truncates like Math.floor.
  const doy = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** `toDayNumber('1970-01-02')` → 1. Trusts the brand: no validation on this hot path. */
export function toDayNumber(date: IsoDate): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return dayNumberOfCivil(year, month, day);
}

/** Year, month (1–12) and day of a day number: `civilOfDayNumber(20441)` → `[2025, 12, 19]`. */
export function civilOfDayNumber(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The year of a day number: `yearOfDayNumber(20441)` → 2025. */
export function yearOfDayNumber(dayNumber: number): number {
  return civilOfDayNumber(dayNumber)[0];
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

function formatDayNumber(dayNumber: number): IsoDate {
  const [year, month, day] = civilOfDayNumber(dayNumber);
  return asIsoDate(`${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`);
}

// Formatting is the costliest step of a due-date computation, and the supported years hold
// only ~110,000 days: each string is built once, on first use (a memo of a pure function).
const CACHE_FIRST = dayNumberOfCivil(FIRST_SUPPORTED_YEAR, 1, 1);
const CACHE_LAST = dayNumberOfCivil(LAST_SUPPORTED_YEAR, 12, 31);
const formatted: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(
  CACHE_LAST - CACHE_FIRST + 1,
).fill(undefined);

/** `fromDayNumber(20441)` → `'2025-12-19'`. Years 1000–9999. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (dayNumber < CACHE_FIRST || dayNumber > CACHE_LAST) return formatDayNumber(dayNumber);
  const offset = dayNumber - CACHE_FIRST;
  return (formatted[offset] ??= formatDayNumber(dayNumber));
}

/** Day of the week, 0 = Sunday … 6 = Saturday: `weekdayOfDayNumber(0)` → 4 (Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Saturday or Sunday. */
export function isWeekendDayNumber(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
}

/**
 * Validates untrusted text at the boundary (CLI arguments, CSV cells, uploaded feeds).
 * `parseIsoDate('2025-12-19')` → ok; `parseIsoDate('19/12/2025')` → `invalid_date`;
 * `parseIsoDate('1850-01-01')` → `date_out_of_range`.
 */
export function parseIsoDate(value: string): Result<IsoDate> {
  if (!isIsoDate(value)) {
    const shapeIsRight = /^\d{4}-\d{2}-\d{2}$/.test(value);
    return err({
      code: 'invalid_date',
      message: shapeIsRight
        ? `"${value}" is not a real date (YYYY-MM-DD)`
        : `"${value}" is not a date in the form YYYY-MM-DD (for example 2025-12-19)`,
    });
  }
  const year = Number(value.slice(0, 4));
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    return err({
      code: 'date_out_of_range',
      message: `${value} is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`,
    });
  }
  return ok(value);
}
