import { describe, expect, it } from 'vitest';
import { casesList, stagesList } from '../../../../src/data/lists';
import { quartersSince } from '../../../../src/data/lists/recentFilters';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const d = asIsoDate;

describe('quartersSince', () => {
  it('cuts the window into quarters up to today, the last one open-ended, each bound at midnight in UK time', () => {
    // 1 April, 1 July and 1 October are in British Summer Time: midnight is 23:00 UTC the day before.
    expect(quartersSince('Received', d('2025-04-01'), d('2025-11-23'))).toEqual([
      "fields/Received ge '2025-03-31T23:00:00Z' and fields/Received lt '2025-06-30T23:00:00Z'",
      "fields/Received ge '2025-06-30T23:00:00Z' and fields/Received lt '2025-09-30T23:00:00Z'",
      "fields/Received ge '2025-09-30T23:00:00Z'",
    ]);
  });

  it('crosses the new year, and a window that starts today is one open-ended filter', () => {
    expect(quartersSince('Requested', d('2025-11-15'), d('2026-03-01'))).toEqual([
      "fields/Requested ge '2025-11-15T00:00:00Z' and fields/Requested lt '2026-02-01T00:00:00Z'",
      "fields/Requested ge '2026-02-01T00:00:00Z'",
    ]);
    expect(quartersSince('Received', d('2026-11-23'), d('2026-11-23'))).toEqual([
      "fields/Received ge '2026-11-23T00:00:00Z'",
    ]);
  });
});

describe('recentFilters', () => {
  it('filters only on indexed columns (SharePoint refuses others on a large list)', () => {
    for (const list of [casesList, stagesList]) {
      const indexed = new Set(list.columns.filter((c) => c.indexed).map((c) => c.name));
      const filters = list.recentFilters!(d('2025-04-01'), d('2026-11-23'));
      const columns = filters.flatMap((f) => [...f.matchAll(/fields\/(\w+)/g)].map((m) => m[1]));
      expect(columns.length).toBeGreaterThan(0);
      for (const column of columns) expect(indexed, `${list.key}.${column}`).toContain(column);
    }
  });
});
