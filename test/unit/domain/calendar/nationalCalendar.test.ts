import { describe, expect, it } from 'vitest';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { feedCovers } from '../../../../src/domain/calendar/feedCalendar';
import { shippedBankHolidays } from '../../../../src/domain/calendar/shippedBankHolidays';
import { isWorkingDay } from '../../../../src/domain/calendar/workingDays';
import type { BankHolidayFeed } from '../../../../src/domain/calendar/bankHolidayFeed';
import { asIsoDate, type IsoDate } from '../../../../src/domain/primitives/brand';

const d = asIsoDate;
const feedWith = (dates: string[]): BankHolidayFeed => ({
  'england-and-wales': {
    division: 'england-and-wales',
    events: dates.map((date) => ({ title: 'Day', date: d(date), notes: '', bunting: true })),
  },
  scotland: { division: 'scotland', events: [] },
  'northern-ireland': { division: 'northern-ireland', events: [] },
});

describe('calendarForNation: the feed where it has a year, the rules elsewhere', () => {
  it('a refreshed feed replaces the snapshot for the years it covers', () => {
    // A feed for 2025 that (oddly) lists 2 June and not Christmas: the feed wins.
    const calendar = calendarForNation({ feed: feedWith(['2025-06-02']) });
    expect(isWorkingDay(calendar, d('2025-06-02'))).toBe(false);
    expect(isWorkingDay(calendar, d('2025-12-25'))).toBe(true);
  });

  it('years the feed does not cover fall back on the given rules', () => {
    const asked: number[] = [];
    const fallback = (_nation: string, year: number): readonly IsoDate[] => {
      asked.push(year);
      return year === 2026 ? [d('2026-03-03')] : [];
    };
    const calendar = calendarForNation({ feed: feedWith(['2025-06-02']), fallback });
    expect(isWorkingDay(calendar, d('2026-03-03'))).toBe(false);
    expect(asked).toContain(2026);
    expect(asked).not.toContain(2025);
  });

  it('by default the date-holidays rules cover years after the snapshot', () => {
    const calendar = calendarForNation({ nation: 'northern-ireland' });
    expect(isWorkingDay(calendar, d('2031-03-17'))).toBe(false); // St Patrick's Day, Monday
    expect(isWorkingDay(calendar, d('2031-07-14'))).toBe(false); // the Boyne, substitute for Sat 12th
  });
});

describe('feedCovers', () => {
  it('is true only when the feed has every year of the span for the nation', () => {
    expect(feedCovers(shippedBankHolidays(), 'england-and-wales', 2024, 2027)).toBe(true);
    expect(feedCovers(shippedBankHolidays(), 'england-and-wales', 2024, 2030)).toBe(false);
    expect(feedCovers(shippedBankHolidays(), 'scotland', 2017, 2020)).toBe(false);
  });
});
