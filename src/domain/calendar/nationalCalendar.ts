import type { IsoDate } from '../shared/brand';
import { feedHolidaysInYear, yearsCoveredByFeed, type BankHolidayFeed } from './bankHolidayFeed';
import { DEFAULT_NATION, type Nation } from './nation';
import { bankHolidaysByRule } from './ruleBasedBankHolidays';
import { SHIPPED_BANK_HOLIDAYS } from './shippedBankHolidays';
import { createWorkingCalendar, type WorkingCalendar } from './workingCalendar';

export interface NationalCalendarOptions {
  /** Default England and Wales. */
  readonly nation?: Nation;
  /** A refreshed gov.uk feed; default the shipped snapshot. */
  readonly feed?: BankHolidayFeed;
  /** Council closure days. */
  readonly closureDays?: readonly IsoDate[];
  /**
   * Bank holidays for years the feed does not cover; default the `date-holidays` rules.
   * Pass `() => []` for weekends-only outside the feed.
   */
  readonly fallback?: (nation: Nation, year: number) => readonly IsoDate[];
}

/**
 * The working calendar of a council in a nation: the feed's bank holidays for the years it
 * covers, the `date-holidays` rules for the others, plus the council's closure days.
 * `addWorkingDays(calendarForNation(), '2025-12-19', 10)` → `'2026-01-07'`.
 */
export function calendarForNation(options: NationalCalendarOptions = {}): WorkingCalendar {
  const nation = options.nation ?? DEFAULT_NATION;
  const feed = options.feed ?? SHIPPED_BANK_HOLIDAYS;
  const fallback = options.fallback ?? bankHolidaysByRule;
  const covered = yearsCoveredByFeed(feed, nation);
  return createWorkingCalendar({
    name: nation,
    holidays: (year) =>
      covered.has(year) ? feedHolidaysInYear(feed, nation, year) : fallback(nation, year),
    ...(options.closureDays ? { closureDays: options.closureDays } : {}),
  });
}
