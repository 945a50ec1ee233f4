import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../../../src/domain/calendar/workingDays';
import { calendarOf, loadCalendarFor } from '../../../../src/tab/data/derived';
import { holidayRulesLoaded } from '../../../../src/tab/data/holidayRules';
import { complaint, d, snapshot } from '../snapshotBuilder';

describe('loadCalendarFor', () => {
  it('leaves the bank-holiday rules unloaded while the feed covers the cases, and loads them for older ones', async () => {
    const recent = snapshot({ cases: [complaint('CSC-2025-0001', { received: d('2024-06-03') })] });
    await loadCalendarFor(recent, d('2026-11-23'));
    expect(holidayRulesLoaded()).toBe(false);
    // Christmas 2025 comes from the shipped feed either way.
    expect(isWorkingDay(calendarOf(recent.settings), d('2025-12-25'))).toBe(false);

    // A case from 2012, before the shipped feed's first year (2018): the rules are needed.
    const older = snapshot({ cases: [complaint('CSC-2012-0001', { received: d('2012-05-01') })] });
    await loadCalendarFor(older, d('2026-11-23'));
    expect(holidayRulesLoaded()).toBe(true);
    // Boxing Day 2012 (a Wednesday) comes from the rules.
    expect(isWorkingDay(calendarOf(older.settings), d('2012-12-26'))).toBe(false);
    expect(isWorkingDay(calendarOf(older.settings), d('2012-12-27'))).toBe(true);
  });
});
