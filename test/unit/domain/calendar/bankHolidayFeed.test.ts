import { describe, expect, it } from 'vitest';
import { parseBankHolidayFeed } from '../../../../src/domain/calendar/bankHolidayFeed';
import { shippedBankHolidays } from '../../../../src/domain/calendar/shippedBankHolidays';
import { NATIONS } from '../../../../src/domain/calendar/nation';
import { isWeekendDayNumber, toDayNumber } from '../../../../src/domain/calendar/dayNumber';

const datesOf = (nation: (typeof NATIONS)[number]) =>
  shippedBankHolidays()[nation].events.map((e) => e.date as string);

describe('the shipped bank-holiday snapshot', () => {
  it('covers 2018 to 2027 for every nation, with no weekend days', () => {
    for (const nation of NATIONS) {
      const years = new Set(datesOf(nation).map((date) => Number(date.slice(0, 4))));
      for (let year = 2018; year <= 2027; year += 1) expect(years.has(year)).toBe(true);
      for (const event of shippedBankHolidays()[nation].events) {
        expect(isWeekendDayNumber(toDayNumber(event.date))).toBe(false);
      }
    }
  });

  it.each(NATIONS)('has the one-off days in %s', (nation) => {
    const dates = datesOf(nation);
    for (const oneOff of ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']) {
      expect(dates).toContain(oneOff);
    }
    // The days that moved are not bank holidays in those years.
    expect(dates).not.toContain('2020-05-04');
    expect(dates).not.toContain('2022-05-30');
  });

  it('has the substitute days', () => {
    expect(datesOf('england-and-wales')).toEqual(
      expect.arrayContaining([
        '2020-12-28',
        '2021-12-27',
        '2021-12-28',
        '2022-01-03',
        '2022-12-27',
        '2023-01-02',
        '2026-12-28',
      ]),
    );
    const substitute = shippedBankHolidays()['england-and-wales'].events.find(
      (e) => e.date === '2022-01-03',
    );
    expect(substitute).toMatchObject({ title: 'New Year’s Day', notes: 'Substitute day' });
  });

  it('differs by nation', () => {
    expect(datesOf('scotland')).toContain('2025-01-02');
    expect(datesOf('scotland')).toContain('2025-08-04');
    expect(datesOf('scotland')).toContain('2025-12-01'); // St Andrew's Day substitute
    expect(datesOf('scotland')).not.toContain('2025-04-21'); // no Easter Monday
    expect(datesOf('scotland')).not.toContain('2025-08-25');
    expect(datesOf('northern-ireland')).toContain('2025-03-17');
    expect(datesOf('northern-ireland')).toContain('2025-07-14'); // Boyne, substitute for Sat 12th
    expect(datesOf('england-and-wales')).not.toContain('2025-03-17');
  });
});

describe('parseBankHolidayFeed', () => {
  it('accepts the gov.uk format and ignores extra keys', () => {
    const feed = JSON.parse(JSON.stringify(shippedBankHolidays())) as Record<string, unknown>;
    feed.extra = true;
    expect(parseBankHolidayFeed(feed).ok).toBe(true);
  });

  it('defaults missing notes and bunting', () => {
    const minimal = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [{ title: 'Christmas Day', date: '2030-12-25' }],
      },
      scotland: { division: 'scotland', events: [] },
      'northern-ireland': { division: 'northern-ireland', events: [] },
    };
    const parsed = parseBankHolidayFeed(minimal);
    expect(parsed.ok && parsed.value['england-and-wales'].events[0]).toEqual({
      title: 'Christmas Day',
      date: '2030-12-25',
      notes: '',
      bunting: false,
    });
  });

  it('refuses a missing division, naming it', () => {
    const result = parseBankHolidayFeed({ scotland: { division: 'scotland', events: [] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_bank_holiday_feed');
      expect(result.error.message).toContain('england-and-wales');
    }
  });

  it('refuses a malformed date, naming where', () => {
    const bad = JSON.parse(JSON.stringify(shippedBankHolidays())) as {
      scotland: { events: { date: string }[] };
    };
    bad.scotland.events[3]!.date = '2020-02-30';
    const result = parseBankHolidayFeed(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('scotland.events.3.date');
  });

  it('refuses a division under the wrong key', () => {
    const swapped = {
      ...shippedBankHolidays(),
      scotland: shippedBankHolidays()['northern-ireland'],
    };
    expect(parseBankHolidayFeed(swapped).ok).toBe(false);
  });
});
