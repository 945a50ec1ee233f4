import type { IsoDate } from '../primitives/brand';
import {
  FIRST_SUPPORTED_YEAR,
  LAST_SUPPORTED_YEAR,
  dayNumberOfCivil,
  isWeekendDayNumber,
  toDayNumber,
} from './dayNumber';

/**
 * A council's working-day calendar, precomputed over a span of years so that the
 * arithmetic in `workingDays.ts` is O(1): for each day number in the span,
 * `workingDaysThrough` counts the working days from the start of the span up to and
 * including that day, and `workingDayNumbers` lists the working days in order.
 *
 * Build one with `createWorkingCalendar` (or `calendarForNation`) and pass it in: the
 * calendar is a parameter, never a global. If asked about a date outside its span it grows
 * (rebuilding its index once) within the supported years 1900–2199.
 */
export interface WorkingCalendar {
  /** Label for messages and output, e.g. `england-and-wales`. */
  readonly name: string;
  /** Internal index; read through the functions of `workingDays.ts`. */
  readonly index: WorkingDayIndex;
}

/** The non-working days of a year (besides weekends), as dates. */
export type HolidaySource = (year: number) => readonly IsoDate[];

export interface WorkingCalendarOptions {
  readonly name: string;
  /** Bank holidays of a year; called once per year as the index grows. */
  readonly holidays: HolidaySource;
  /** Council closure days (e.g. the days between Christmas and New Year). */
  readonly closureDays?: readonly IsoDate[];
  /** First and last year to index straight away (default 2015–2040). */
  readonly fromYear?: number;
  readonly toYear?: number;
}

export interface WorkingDayIndex {
  firstDay: number;
  lastDay: number;
  /** `workingDaysThrough[d - firstDay]`: working days in [firstDay, d]. */
  workingDaysThrough: Int32Array;
  /** Every working day number in [firstDay, lastDay], ascending. */
  workingDayNumbers: Int32Array;
  fromYear: number;
  toYear: number;
  readonly holidays: HolidaySource;
  readonly closureDays: ReadonlySet<number>;
}

const DEFAULT_FROM_YEAR = 2015;
const DEFAULT_TO_YEAR = 2040;
/** Growing by whole decades keeps rebuilds rare when dates drift past the span. */
const GROWTH_YEARS = 10;

/**
 * `createWorkingCalendar({ name: 'test', holidays: () => [] })` → a Monday–Friday calendar.
 */
export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const fromYear = clampYear(options.fromYear ?? DEFAULT_FROM_YEAR);
  const toYear = clampYear(Math.max(options.toYear ?? DEFAULT_TO_YEAR, fromYear));
  const index: WorkingDayIndex = {
    firstDay: 0,
    lastDay: -1,
    workingDaysThrough: new Int32Array(0),
    workingDayNumbers: new Int32Array(0),
    fromYear,
    toYear,
    holidays: options.holidays,
    closureDays: new Set((options.closureDays ?? []).map(toDayNumber)),
  };
  buildIndex(index, fromYear, toYear);
  return { name: options.name, index };
}

function clampYear(year: number): number {
  return Math.min(Math.max(year, FIRST_SUPPORTED_YEAR), LAST_SUPPORTED_YEAR);
}

function buildIndex(index: WorkingDayIndex, fromYear: number, toYear: number): void {
  const firstDay = dayNumberOfCivil(fromYear, 1, 1);
  const lastDay = dayNumberOfCivil(toYear, 12, 31);
  const length = lastDay - firstDay + 1;
  const closed = new Uint8Array(length);
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const date of index.holidays(year)) {
      const day = toDayNumber(date);
      if (day >= firstDay && day <= lastDay) closed[day - firstDay] = 1;
    }
  }
  for (const day of index.closureDays) {
    if (day >= firstDay && day <= lastDay) closed[day - firstDay] = 1;
  }
  const through = new Int32Array(length);
  const working: number[] = [];
  let count = 0;
  for (let offset = 0; offset < length; offset += 1) {
    const day = firstDay + offset;
    if (closed[offset] === 0 && !isWeekendDayNumber(day)) {
      count += 1;
      working.push(day);
    }
    through[offset] = count;
  }
  index.firstDay = firstDay;
  index.lastDay = lastDay;
  index.workingDaysThrough = through;
  index.workingDayNumbers = Int32Array.from(working);
  index.fromYear = fromYear;
  index.toYear = toYear;
}

/**
 * Makes the index cover `dayNumber` (a bug if it is beyond the supported years: dates are
 * checked at the boundary with `parseIsoDate`).
 */
export function growIndexToCover(index: WorkingDayIndex, dayNumber: number): void {
  const first = dayNumberOfCivil(FIRST_SUPPORTED_YEAR, 1, 1);
  const last = dayNumberOfCivil(LAST_SUPPORTED_YEAR, 12, 31);
  if (dayNumber < first || dayNumber > last) {
    throw new RangeError(
      `Working-day arithmetic reached a date outside ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`,
    );
  }
  const fromYear =
    dayNumber < index.firstDay ? clampYear(index.fromYear - GROWTH_YEARS) : index.fromYear;
  const toYear = dayNumber > index.lastDay ? clampYear(index.toYear + GROWTH_YEARS) : index.toYear;
  buildIndex(index, fromYear, toYear);
  if (dayNumber < index.firstDay || dayNumber > index.lastDay) growIndexToCover(index, dayNumber);
}
