import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  weekdayOfDayNumber,
} from '../../../../src/domain/calendar/dayNumber';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const DAY_MS = 86_400_000;
const isoOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber(asIsoDate('1970-01-01'))).toBe(0);
    expect(toDayNumber(asIsoDate('2025-12-19'))).toBe(20441);
    expect(fromDayNumber(20441)).toBe('2025-12-19');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('agrees with the JavaScript Date for every day from 1900 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84005 }), (day) => {
        const iso = isoOfUtc(day * DAY_MS);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumber(asIsoDate(iso))).toBe(day);
        expect(weekdayOfDayNumber(day)).toBe(new Date(day * DAY_MS).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it('knows 19 December 2025 is a Friday', () => {
    expect(weekdayOfDayNumber(toDayNumber(asIsoDate('2025-12-19')))).toBe(5);
  });
});

describe('parseIsoDate', () => {
  it('accepts a real date', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it.each(['19/12/2025', '2025-1-5', '', '2025-12-19T00:00'])(
    'refuses %j with a clear message',
    (text) => {
      const result = parseIsoDate(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_date');
        expect(result.error.message).toContain('in the form YYYY-MM-DD');
      }
    },
  );

  it.each(['2025-02-29', '2025-04-31', '2025-13-01'])('refuses %j as not a real date', (text) => {
    const result = parseIsoDate(text);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    if (!result.ok) expect(result.error.message).toContain('not a real date');
  });

  it('refuses years outside 1900–2199', () => {
    const result = parseIsoDate('1850-01-01');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('date_out_of_range');
  });
});
