import type { IsoDate } from '../primitives/brand';
import { feedHolidaysInYear, yearsCoveredByFeed, type BankHolidayFeed } from './bankHolidayFeed';
import { DEFAULT_NATION, type Nation } from './nation';
import { shippedBankHolidays } from './shippedBankHolidays';
import { createWorkingCalendar, type WorkingCalendar } from './workingCalendar';

/** Bank holidays for a year a feed does not cover. */
export type HolidaysBeyondFeed = (nation: Nation, year: number) => readonly IsoDate[];

export interface FeedCalendarOptions {
  /** Default England and Wales. */
  readonly nation?: Nation;
  /** A refreshed gov.uk feed; default the shipped snapshot. */
  readonly feed?: BankHolidayFeed;
  /** Council closure days. */
  readonly closureDays?: readonly IsoDate[];
  /** Bank holidays for the years the feed does not cover. */
  readonly beyondFeed: HolidaysBeyondFeed;
}

/**
 * The working calendar of a council in a nation: the feed's bank holidays for the years it
 * covers, `beyondFeed` for the others, plus the council's closure days. Kept apart from the
 * `date-holidays` rules (a large package) so a page can build a calendar without loading
 * them when its dates all fall within the feed.
 */
export function calendarFromFeed(options: FeedCalendarOptions): WorkingCalendar {
  const nation = options.nation ?? DEFAULT_NATION;
  const feed = options.feed ?? shippedBankHolidays();
  const covered = yearsCoveredByFeed(feed, nation);
  return createWorkingCalendar({
    name: nation,
    holidays: (year) =>
      covered.has(year) ? feedHolidaysInYear(feed, nation, year) : options.beyondFeed(nation, year),
    ...(options.closureDays ? { closureDays: options.closureDays } : {}),
  });
}

/**
 * True when the feed has the nation's bank holidays for every year from `fromYear` to
 * `toYear`: `feedCovers(shippedBankHolidays(), 'england-and-wales', 2024, 2027)` → `true`,
 * and `false` for 2024 to 2030.
 */
export function feedCovers(
  feed: BankHolidayFeed,
  nation: Nation,
  fromYear: number,
  toYear: number,
): boolean {
  const covered = yearsCoveredByFeed(feed, nation);
  for (let year = fromYear; year <= toYear; year += 1) if (!covered.has(year)) return false;
  return true;
}
