import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, offsetAt } from '../../../../emulator/store/siteTime';
import { ukDateOf, ukOffsetAt } from '../../../../src/domain/calendar/ukTime';

/**
 * The answer of the time-zone database, which the rule must always agree with: the
 * emulator's, which models a SharePoint site's zone from it and shares no code with the rule.
 */
function fromDatabase(time: number): { offset: number; date: string } {
  return { offset: offsetAt(time, 'Europe/London'), date: localDate(time, 'Europe/London') };
}

const HOUR = 3_600_000;

describe('UK time by rule', () => {
  it('agrees with the time-zone database at any instant from 1980 to 2080', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2080, 0, 1) }), (time) => {
        const expected = fromDatabase(time);
        expect(ukOffsetAt(time)).toBe(expected.offset);
        expect(ukDateOf(time)).toBe(expected.date);
      }),
      { numRuns: 20_000 },
    );
  });

  it('changes at 01:00 UTC on the last Sundays of March and October', () => {
    for (const [start, end] of [
      ['2025-03-30T01:00:00Z', '2025-10-26T01:00:00Z'],
      ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
      ['1996-03-31T01:00:00Z', '1996-10-27T01:00:00Z'],
    ] as const) {
      const on = Date.parse(start);
      const off = Date.parse(end);
      expect([ukOffsetAt(on - 1), ukOffsetAt(on), ukOffsetAt(off - 1), ukOffsetAt(off)]).toEqual([
        0,
        HOUR,
        HOUR,
        0,
      ]);
    }
  });

  it('gives the UK date around midnight, summer and winter', () => {
    expect(ukDateOf(Date.parse('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(ukDateOf(Date.parse('2025-06-30T22:59:59Z'))).toBe('2025-06-30');
    expect(ukDateOf(Date.parse('2025-12-31T23:30:00Z'))).toBe('2025-12-31');
    expect(ukDateOf(Date.parse('2026-01-01T00:00:00Z'))).toBe('2026-01-01');
  });

  it('answers from the database before 1996, when October changed on other Sundays', () => {
    // 1995: summer time ended on 22 October, not the last Sunday (29th).
    expect(ukOffsetAt(Date.parse('1995-10-25T12:00:00Z'))).toBe(0);
  });
});
