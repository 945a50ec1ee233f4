import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { createWorkingCalendar } from '../../../../src/domain/calendar/workingCalendar';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../../../src/domain/calendar/workingDays';
import {
  fromDayNumber,
  toDayNumber,
  isWeekendDayNumber,
} from '../../../../src/domain/calendar/dayNumber';
import { asIsoDate, type IsoDate } from '../../../../src/domain/primitives/brand';

const d = asIsoDate;
const england = calendarForNation();
const scotland = calendarForNation({ nation: 'scotland' });
const northernIreland = calendarForNation({ nation: 'northern-ireland' });

/** Any date from 2010 to 2045 (inside and beyond the shipped snapshot). */
const anyDate = fc
  .integer({ min: toDayNumber(d('2010-01-01')), max: toDayNumber(d('2045-12-31')) })
  .map(fromDayNumber);
const smallCount = fc.integer({ min: 0, max: 400 });

describe('worked examples (docs/domain.md, Timescales)', () => {
  it('received Fri 2025-12-19, 10 working days → Wed 2026-01-07', () => {
    expect(addWorkingDays(england, d('2025-12-19'), 10)).toBe('2026-01-07');
    expect(workingDaysBetween(england, d('2025-12-19'), d('2026-01-07'))).toBe(10);
  });

  it('day 0 is the start: one working day after a Friday is the Monday', () => {
    expect(addWorkingDays(england, d('2025-12-19'), 1)).toBe('2025-12-22');
    expect(addWorkingDays(england, d('2025-12-19'), 0)).toBe('2025-12-19');
  });

  it('Christmas, Boxing Day and New Year are not working days', () => {
    for (const day of ['2025-12-25', '2025-12-26', '2026-01-01', '2025-12-27', '2025-12-28']) {
      expect(isWorkingDay(england, d(day))).toBe(false);
    }
    expect(isWorkingDay(england, d('2025-12-24'))).toBe(true);
    expect(nextWorkingDay(england, d('2025-12-24'))).toBe('2025-12-29');
    expect(previousWorkingDay(england, d('2026-01-02'))).toBe('2025-12-31');
  });

  it('receipt on a non-working day counts from the next working day', () => {
    expect(workingDayOnOrAfter(england, d('2025-12-25'))).toBe('2025-12-29');
    expect(workingDayOnOrAfter(england, d('2025-12-20'))).toBe('2025-12-22');
    expect(workingDayOnOrAfter(england, d('2025-12-19'))).toBe('2025-12-19');
  });
});

describe('one-off and substitute bank holidays', () => {
  it.each(['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08'])(
    '%s is a holiday in every nation',
    (day) => {
      for (const calendar of [england, scotland, northernIreland]) {
        expect(isWorkingDay(calendar, d(day))).toBe(false);
      }
    },
  );

  it('the days they replaced were working days', () => {
    expect(isWorkingDay(england, d('2020-05-04'))).toBe(true);
    expect(isWorkingDay(england, d('2022-05-30'))).toBe(true);
  });

  it('the jubilee week: from Wed 1 June 2022, 3 working days → Tue 7 June', () => {
    expect(addWorkingDays(england, d('2022-06-01'), 3)).toBe('2022-06-08');
    expect(addWorkingDays(england, d('2022-06-01'), 1)).toBe('2022-06-06');
  });

  it('substitute days: Christmas 2021 fell on a weekend', () => {
    expect(isWorkingDay(england, d('2021-12-27'))).toBe(false);
    expect(isWorkingDay(england, d('2021-12-28'))).toBe(false);
    expect(addWorkingDays(england, d('2021-12-24'), 1)).toBe('2021-12-29');
  });
});

describe('nations differ', () => {
  it('Scotland: 2 January and the first Monday of August; no Easter Monday', () => {
    expect(isWorkingDay(scotland, d('2025-01-02'))).toBe(false);
    expect(isWorkingDay(england, d('2025-01-02'))).toBe(true);
    expect(isWorkingDay(scotland, d('2025-08-04'))).toBe(false);
    expect(isWorkingDay(scotland, d('2025-08-25'))).toBe(true);
    expect(isWorkingDay(scotland, d('2025-04-21'))).toBe(true);
    expect(isWorkingDay(scotland, d('2025-12-01'))).toBe(false); // St Andrew's Day substitute
  });

  it('Northern Ireland: St Patrick’s Day and the Boyne', () => {
    expect(isWorkingDay(northernIreland, d('2025-03-17'))).toBe(false);
    expect(isWorkingDay(northernIreland, d('2025-07-14'))).toBe(false);
    expect(isWorkingDay(england, d('2025-07-14'))).toBe(true);
  });

  it('the same receipt gives different due dates', () => {
    // Received Tue 2024-12-31; Scotland also closes on Thu 2 January.
    expect(addWorkingDays(england, d('2024-12-31'), 10)).toBe('2025-01-15');
    expect(addWorkingDays(scotland, d('2024-12-31'), 10)).toBe('2025-01-16');
  });
});

describe('beyond the snapshot, the date-holidays rules apply', () => {
  it('2030: Good Friday, Easter Monday and Christmas', () => {
    for (const day of ['2030-04-19', '2030-04-22', '2030-12-25', '2030-12-26']) {
      expect(isWorkingDay(england, d(day))).toBe(false);
    }
  });

  it('grows its index for dates far outside the initial span', () => {
    const calendar = calendarForNation();
    expect(addWorkingDays(calendar, d('1950-01-02'), 5)).toBe('1950-01-09');
    expect(addWorkingDays(calendar, d('2100-12-30'), 3)).toBe('2101-01-05');
    expect(addWorkingDays(calendar, d('2025-12-19'), 10)).toBe('2026-01-07');
    expect(workingDaysBetween(calendar, d('1950-01-02'), d('1950-01-09'))).toBe(5);
  });

  it('counts across the edge of a small span', () => {
    const small = createWorkingCalendar({
      name: 'weekdays',
      holidays: () => [],
      fromYear: 2025,
      toYear: 2025,
    });
    expect(addWorkingDays(small, d('2025-12-31'), 2)).toBe('2026-01-02');
    expect(addWorkingDays(small, d('2025-01-01'), -1)).toBe('2024-12-31');
    expect(workingDaysBetween(small, d('2024-12-31'), d('2026-01-02'))).toBe(263);
  });
});

describe('council closure days', () => {
  it('are not working days and push due dates back', () => {
    const closures = [d('2025-12-29'), d('2025-12-30'), d('2025-12-31')];
    const council = calendarForNation({ closureDays: closures });
    expect(isWorkingDay(council, d('2025-12-30'))).toBe(false);
    expect(addWorkingDays(council, d('2025-12-19'), 10)).toBe('2026-01-12');
    expect(isWorkingDay(england, d('2025-12-30'))).toBe(true);
  });
});

describe('properties', () => {
  it('addWorkingDays then workingDaysBetween round-trips', () => {
    fc.assert(
      fc.property(anyDate, smallCount, (date, n) => {
        expect(workingDaysBetween(england, date, addWorkingDays(england, date, n))).toBe(n);
      }),
    );
  });

  it('going back from a working day round-trips too', () => {
    fc.assert(
      fc.property(anyDate, smallCount, (date, n) => {
        const start = workingDayOnOrAfter(england, date);
        expect(addWorkingDays(england, addWorkingDays(england, start, n), -n)).toBe(start);
      }),
    );
  });

  it('the result of adding n ≠ 0 is always a working day, never a weekend', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: -400, max: 400 }).filter((n) => n !== 0),
        (date, n) => {
          const result = addWorkingDays(scotland, date, n);
          expect(isWorkingDay(scotland, result)).toBe(true);
          expect(isWeekendDayNumber(toDayNumber(result))).toBe(false);
        },
      ),
    );
  });

  it('is strictly monotonic in n', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(addWorkingDays(england, date, n + 1) > addWorkingDays(england, date, n)).toBe(true);
      }),
    );
  });

  it('is monotonic in the start date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, smallCount, (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(england, early, n) <= addWorkingDays(england, late, n)).toBe(true);
      }),
    );
  });

  it('adding a + b = adding a then b', () => {
    fc.assert(
      fc.property(anyDate, smallCount, smallCount, (date, a, b) => {
        expect(addWorkingDays(northernIreland, date, a + b)).toBe(
          addWorkingDays(northernIreland, addWorkingDays(northernIreland, date, a), b),
        );
      }),
    );
  });

  it('n working days later has exactly n working days after the start, counted one by one', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (date: IsoDate, n) => {
        const result = toDayNumber(addWorkingDays(england, date, n));
        let working = 0;
        for (let day = toDayNumber(date) + 1; day <= result; day += 1) {
          if (isWorkingDay(england, fromDayNumber(day))) working += 1;
        }
        expect(working).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('workingDaysBetween is antisymmetric', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(workingDaysBetween(england, a, b) + workingDaysBetween(england, b, a)).toBe(0);
      }),
    );
  });
});
