import { describe, expect, it } from 'vitest';
import { asIsoDate } from '../../../../src/domain/primitives/brand';
import { overviewOf } from '../../../../src/tab/views/overview/useOverview';
import { complaint, d, snapshot } from '../snapshotBuilder';

const TODAY = asIsoDate('2026-12-06');

// Two complaints about Highways and one about Parking this year; five about Libraries last year.
const cases = [
  complaint('FD-1', { received: d('2026-05-04'), serviceArea: 'Highways' }),
  complaint('FD-2', { received: d('2026-06-10'), serviceArea: 'Highways' }),
  complaint('FD-3', { received: d('2026-09-01'), serviceArea: 'Parking' }),
  ...[1, 2, 3, 4, 5].map((n) =>
    complaint(`FD-L${n}`, { received: d('2025-10-0' + n), serviceArea: 'Libraries' }),
  ),
];

describe("the Overview while only this year's records are in", () => {
  const whole = overviewOf(snapshot({ cases }), TODAY);
  const thisYearOnly = overviewOf(
    {
      ...snapshot({ cases }),
      unloaded: ['cases'],
      recentOnly: ['cases'],
      recentFrom: asIsoDate('2026-04-01'),
    },
    TODAY,
  );

  it("shows this year's figures alone, and says last year's are still being read", () => {
    expect(thisYearOnly.previousYearPending).toBe(true);
    const received = thisYearOnly.headlines.find((h) => h.label === 'Complaints received')!;
    expect(received).toEqual({
      label: 'Complaints received',
      value: '3',
      compare: '2025-26: still being read',
    });
    expect(thisYearOnly.receivedByType.columns).toEqual(['2026-27 to date']);
    expect(thisYearOnly.receivedByType.rows[0]).toEqual({ label: 'Complaint', values: [3] });
    // Open now is not a comparison: said as usual.
    expect(thisYearOnly.headlines.find((h) => h.label === 'Open now')!.compare).toBe(
      'complaints, compliments and enquiries',
    );
  });

  it("ranks and keeps service areas by this year alone: last year's part counts for nothing", () => {
    expect(thisYearOnly.serviceAreas.rows).toEqual([
      { label: 'Highways', values: [2] },
      { label: 'Parking', values: [1] },
    ]);
  });

  it('compares the two years once last year is in', () => {
    expect(whole.previousYearPending).toBeUndefined();
    expect(whole.receivedByType.columns).toEqual(['2026-27 to date', '2025-26']);
    expect(whole.serviceAreas.rows).toEqual([
      { label: 'Highways', values: [2, 0] },
      { label: 'Parking', values: [1, 0] },
      { label: 'Libraries', values: [0, 5] },
    ]);
    expect(whole.headlines.find((h) => h.label === 'Complaints received')!.compare).toBe(
      '2025-26: 5',
    );
  });
});
