import { asIsoDate, type IsoDate } from '../../src/domain/primitives/brand';

/**
 * Dates for the browser tests, worked out as the pages work them out: "today" is the date in
 * England (the tab's `todayInUk`, the pane's "sent today"), not the test runner's UTC date.
 * They differ from 23:00 to midnight UTC in British Summer Time, so a test that took UTC's
 * date wrote a complaint "received today" into yesterday, and on 31 March into the previous
 * financial year: the Overview did not count it and the year pickers did not offer the year
 * the test chose. Written here rather than taken from src/domain/reporting, whose calendar
 * JSON the test runner's loader does not import.
 */

/** The date in England at an instant (default now): `ukDate(new Date('2025-06-30T23:30:00Z'))` → '2025-07-01'. */
export function ukDate(at: Date = new Date()): IsoDate {
  return asIsoDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at));
}

/** `isoDaysAgo(30)` → the date 30 calendar days before today in England; negative: after. */
export function isoDaysAgo(days: number): IsoDate {
  const today = Date.parse(`${ukDate()}T00:00:00Z`);
  return asIsoDate(new Date(today - days * 86_400_000).toISOString().slice(0, 10));
}

export interface ReportYear {
  /** Its label, as the year pickers show it: '2019-20'. */
  readonly year: string;
  /** The calendar year it starts in (1 April): 2019. */
  readonly start: number;
  /** A date in the calendar year it starts in: `inYear('05-12')` → '2019-05-12'. */
  readonly inYear: (monthDay: string) => IsoDate;
}

/**
 * The financial year `back` years before the current one in England. The tab's year pickers
 * offer the current year and the six before it, so `reportYear(6)` is the oldest they offer
 * (where no seed writes). Each spec that writes figures takes a year or a procedure no other
 * spec writes in, as its own comment says: all specs share one emulator.
 */
export function reportYear(back: number): ReportYear {
  const today = ukDate();
  const startOfCurrent = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
  const start = startOfCurrent - back;
  return {
    year: `${start}-${String((start + 1) % 100).padStart(2, '0')}`,
    start,
    inYear: (monthDay) => asIsoDate(`${start}-${monthDay}`),
  };
}
