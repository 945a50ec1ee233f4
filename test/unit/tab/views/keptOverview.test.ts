import { describe, expect, it } from 'vitest';
import { overviewOf } from '../../../../src/tab/views/overview/useOverview';
import { keptOverviewFor, keptOverviewOf } from '../../../../src/tab/views/overview/keptOverview';
import { complaint, d, snapshot, stage } from '../snapshotBuilder';

const today = d('2026-12-05');
const s = snapshot({
  cases: [
    complaint('CSC-1', { received: d('2026-11-02'), serviceArea: 'Fostering' }),
    complaint('CORP-1', {
      procedure: 'corporate',
      received: d('2026-06-01'),
      serviceArea: 'Highways',
    }),
  ],
  stages: [
    stage('CSC-1', { requested: d('2026-11-02') }),
    stage('CORP-1', { requested: d('2026-06-01') }),
  ],
});
const overview = overviewOf(s, today);

describe('the Overview kept for the next visit', () => {
  it('reads back as it was kept, on the same day', () => {
    // Through JSON, as near as a test gets to IndexedDB's structured clone.
    const kept = JSON.parse(JSON.stringify(keptOverviewOf(overview, 3, today, 1_765_000_000_000)));
    expect(keptOverviewFor(kept, today)).toEqual({
      day: today,
      keptAt: 1_765_000_000_000,
      notReferred: 3,
      overview,
    });
  });

  it('is not shown on another day: the year, overdue cases and clocks move with the day', () => {
    const kept = keptOverviewOf(overview, 0, today, 1);
    expect(keptOverviewFor(kept, d('2026-12-06'))).toBeUndefined();
    expect(keptOverviewFor(kept, d('2026-12-04'))).toBeUndefined();
  });

  it('is not shown when it was kept by another version or damaged', () => {
    const kept = keptOverviewOf(overview, 0, today, 1) as Record<string, unknown>;
    expect(keptOverviewFor({ ...kept, version: 2 }, today)).toBeUndefined();
    expect(keptOverviewFor({ ...kept, notReferred: -1 }, today)).toBeUndefined();
    expect(keptOverviewFor({ ...kept, overview: { year: '2026-27' } }, today)).toBeUndefined();
    expect(keptOverviewFor(undefined, today)).toBeUndefined();
    expect(keptOverviewFor('figures', today)).toBeUndefined();
  });

  it('holds figures and the labels they are counted under, and no case', () => {
    const text = JSON.stringify(keptOverviewOf(overview, 0, today, 1));
    expect(text).toContain('Fostering');
    expect(text).not.toContain('CSC-1');
    expect(text).not.toContain('CORP-1');
  });
});
