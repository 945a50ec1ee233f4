import type { IsoDate } from '../primitives/brand';
import type { BankHolidayFeed } from './bankHolidayFeed';
import { calendarFromFeed, type HolidaysBeyondFeed } from './feedCalendar';
import type { Nation } from './nation';
import { bankHolidaysByRule } from './ruleBasedBankHolidays';
import type { WorkingCalendar } from './workingCalendar';

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
  readonly fallback?: HolidaysBeyondFeed;
}

/**
 * The working calendar of a council in a nation: the feed's bank holidays for the years it
 * covers, the `date-holidays` rules for the others, plus the council's closure days.
 * `addWorkingDays(calendarForNation(), '2025-12-19', 10)` → `'2026-01-07'`.
 */
export function calendarForNation(options: NationalCalendarOptions = {}): WorkingCalendar {
  const { fallback = bankHolidaysByRule, ...rest } = options;
  return calendarFromFeed({ ...rest, beyondFeed: fallback });
}
