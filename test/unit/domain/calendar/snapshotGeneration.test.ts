import { describe, expect, it } from 'vitest';
import { buildBankHolidaySnapshot } from '../../../../scripts/generate-bank-holidays';
import { shippedBankHolidays } from '../../../../src/domain/calendar/shippedBankHolidays';
import { NATIONS } from '../../../../src/domain/calendar/nation';
import { bankHolidaysByRule } from '../../../../src/domain/calendar/ruleBasedBankHolidays';
import { isWeekendDayNumber, toDayNumber } from '../../../../src/domain/calendar/dayNumber';

describe('the shipped snapshot and its generator', () => {
  it('is exactly what scripts/generate-bank-holidays.ts produces for 2018–2027', () => {
    expect(buildBankHolidaySnapshot(2018, 2027)).toEqual(shippedBankHolidays());
  });

  it.each(NATIONS)(
    'agrees with the date-holidays rules (weekdays) in %s, except the one-off changes',
    (nation) => {
      const oneOffs = new Set(['2020-05-04', '2020-05-08', '2022-05-30', '2022-06-02']);
      for (let year = 2018; year <= 2027; year += 1) {
        const byRule = bankHolidaysByRule(nation, year).filter(
          (date) => !isWeekendDayNumber(toDayNumber(date)) && !oneOffs.has(date),
        );
        const { events } = shippedBankHolidays()[nation];
        const shipped = events
          .map((e) => e.date)
          .filter((date) => date.startsWith(`${year}-`) && !oneOffs.has(date));
        expect(shipped.sort()).toEqual([...new Set(byRule)].sort());
      }
    },
  );
});
