import { afterEach, describe, expect, it } from 'vitest';
import {
  dateInputHint,
  formatUkDate,
  formatUkDateTime,
  formatUkTime,
  parseUkDate,
} from '../../../../src/domain/format';

// Expected values worked out by hand: in 2025 British Summer Time ran from 01:00 UTC on
// Sunday 30 March to 01:00 UTC on Sunday 26 October.

describe('formatUkDate', () => {
  it('writes day, full month and year without leading zeros', () => {
    expect(formatUkDate('2025-05-09')).toBe('9 May 2025');
    expect(formatUkDate('2026-01-07')).toBe('7 January 2026');
    expect(formatUkDate('2025-12-31')).toBe('31 December 2025');
    expect(formatUkDate('2024-02-29')).toBe('29 February 2024');
  });

  it('gives the date in England for a timestamp', () => {
    // 23:30 UTC on 8 May is 00:30 BST on 9 May.
    expect(formatUkDate('2025-05-08T23:30:00Z')).toBe('9 May 2025');
    // In winter England is on UTC: 23:30 UTC on 8 January is still 8 January.
    expect(formatUkDate('2025-01-08T23:30:00Z')).toBe('8 January 2025');
    expect(formatUkDate(new Date('2025-06-30T23:30:00Z'))).toBe('1 July 2025');
  });

  it('gives back text that is not a date unchanged', () => {
    expect(formatUkDate('2025-02-29')).toBe('2025-02-29');
    expect(formatUkDate('2025-13-01')).toBe('2025-13-01');
    expect(formatUkDate('next Tuesday')).toBe('next Tuesday');
    expect(formatUkDate('')).toBe('');
  });
});

describe('formatUkDateTime', () => {
  it('shows a summer instant in BST', () => {
    expect(formatUkDateTime('2025-05-09T13:05:00Z')).toBe('9 May 2025, 14:05');
    expect(formatUkDateTime(new Date('2025-08-01T08:00:00Z'))).toBe('1 August 2025, 09:00');
  });

  it('shows a winter instant in GMT', () => {
    expect(formatUkDateTime('2025-01-09T13:05:00Z')).toBe('9 January 2025, 13:05');
    expect(formatUkDateTime('2025-12-31T23:59:00Z')).toBe('31 December 2025, 23:59');
  });

  it('follows the clocks on the days they change', () => {
    expect(formatUkDateTime('2025-03-30T00:59:00Z')).toBe('30 March 2025, 00:59');
    expect(formatUkDateTime('2025-03-30T01:00:00Z')).toBe('30 March 2025, 02:00');
    expect(formatUkDateTime('2025-10-26T00:30:00Z')).toBe('26 October 2025, 01:30');
    expect(formatUkDateTime('2025-10-26T01:30:00Z')).toBe('26 October 2025, 01:30');
  });

  it('reads an instant written with an offset', () => {
    // 09:05 in New York (UTC−4 in May) is 13:05 UTC, 14:05 BST.
    expect(formatUkDateTime('2025-05-09T09:05:00-04:00')).toBe('9 May 2025, 14:05');
  });

  it('gives back text that is not a timestamp unchanged', () => {
    expect(formatUkDateTime('tomorrow morning')).toBe('tomorrow morning');
  });
});

describe('formatUkTime', () => {
  it('gives the time on a clock in England, 24-hour', () => {
    expect(formatUkTime('2025-05-09T13:05:00Z')).toBe('14:05');
    expect(formatUkTime('2025-01-09T13:05:00Z')).toBe('13:05');
    expect(formatUkTime(Date.UTC(2025, 6, 1, 23, 30))).toBe('00:30');
    expect(formatUkTime(new Date('2025-10-26T01:30:00Z'))).toBe('01:30');
  });

  it('gives nothing for what is not a time', () => {
    expect(formatUkTime('soon')).toBe('');
    expect(formatUkTime(Number.NaN)).toBe('');
  });
});

describe('on a machine in another time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('still writes England’s dates and times', () => {
    // São Paulo once moved its clocks at midnight; Kiritimati is UTC+14.
    for (const zone of ['America/Sao_Paulo', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      expect(formatUkDate('2025-05-09')).toBe('9 May 2025');
      expect(formatUkDate('2018-11-04')).toBe('4 November 2018');
      expect(formatUkDateTime('2025-05-09T13:05:00Z')).toBe('9 May 2025, 14:05');
      expect(formatUkDateTime('2025-05-08T23:30:00Z')).toBe('9 May 2025, 00:30');
      expect(formatUkTime('2025-05-08T23:30:00Z')).toBe('00:30');
    }
  });
});

describe('dateInputHint', () => {
  it('shows the day, month and year in the order the browser’s language writes them', () => {
    expect(dateInputHint('en-GB')).toBe('dd/mm/yyyy, for example 09/05/2025');
    expect(dateInputHint('en-US')).toBe('mm/dd/yyyy, for example 05/09/2025');
    expect(dateInputHint('de-DE')).toBe('dd.mm.yyyy, for example 09.05.2025');
  });

  it('falls back to the UK order for a language tag it cannot read', () => {
    expect(dateInputHint('not a language!')).toBe('dd/mm/yyyy, for example 09/05/2025');
  });
});

describe('parseUkDate', () => {
  it.each([
    ['25/12/2026', '2026-12-25'],
    ['5/1/2027', '2027-01-05'],
    ['25-12-2026', '2026-12-25'],
    ['25.12.2026', '2026-12-25'],
    ['25 December 2026', '2026-12-25'],
    ['  25 dec 2026 ', '2026-12-25'],
    ['1st Sept 2026', '2026-09-01'],
    ['29 February 2028', '2028-02-29'],
    ['2026-12-25', '2026-12-25'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseUkDate(text)).toBe(iso);
  });

  it.each([
    '12/25/2026',
    '30 February 2026',
    '29/02/2027',
    '2026-02-30',
    '25 Ma 2026',
    'Christmas',
    '',
  ])('refuses %j', (text) => {
    expect(parseUkDate(text)).toBeUndefined();
  });
});
