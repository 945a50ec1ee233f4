import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarMonths, daysInMonth } from '../../../../src/domain/calendar/calendarMonths';
import { fromDayNumber, toDayNumber } from '../../../../src/domain/calendar/dayNumber';
import { asIsoDate, type IsoDate } from '../../../../src/domain/primitives/brand';

const d = asIsoDate;

describe('addCalendarMonths', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-12-19', 6, '2026-06-19'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-07-31', 12, '2026-07-31'],
  ])('%s + %i months → %s (clamped to the end of a shorter month)', (from, months, due) => {
    expect(addCalendarMonths(d(from), months)).toBe(due);
  });

  it('keeps the day of the month when it exists, else the last day', () => {
    const anyDate = fc.integer({ min: 0, max: 60000 }).map((n) => fromDayNumber(n));
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -36, max: 36 }), (date: IsoDate, months) => {
        const result = addCalendarMonths(date, months);
        const day = Number(date.slice(8));
        const [y, m] = result.split('-').map(Number) as [number, number];
        expect(Number(result.slice(8))).toBe(Math.min(day, daysInMonth(y, m)));
        const monthsApart = y * 12 + m - (Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)));
        expect(monthsApart).toBe(months);
      }),
    );
  });

  it('is monotonic in the number of months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60000 }), fc.nat(40), (n, months) => {
        const date = fromDayNumber(n);
        expect(toDayNumber(addCalendarMonths(date, months + 1))).toBeGreaterThan(
          toDayNumber(addCalendarMonths(date, months)),
        );
      }),
    );
  });
});
