import { describe, expect, it } from 'vitest';
import {
  countHeldPastRetention,
  selectRetentionDue,
} from '../../../../src/tab/views/settings/selectRetention';
import { complaint, d, snapshot } from '../snapshotBuilder';

describe('retention review and legal hold', () => {
  const s = snapshot({
    cases: [
      complaint('HELD', { status: 'closed', closed: d('2015-03-01'), legalHold: true }),
      complaint('OLD', { status: 'closed', closed: d('2015-03-02') }),
      complaint('HELD-RECENT', { status: 'closed', closed: d('2024-03-01'), legalHold: true }),
      complaint('NOT-HELD', { status: 'closed', closed: d('2016-01-01'), legalHold: false }),
    ],
  });

  it('never offers a case on legal hold for review, however old', () => {
    expect(selectRetentionDue(s.cases, 6, d('2025-05-01')).map((r) => r.reference)).toEqual([
      'OLD',
      'NOT-HELD',
    ]);
  });

  it('counts the held cases past their date, not those still within it', () => {
    expect(countHeldPastRetention(s.cases, 6, d('2025-05-01'))).toBe(1);
    expect(countHeldPastRetention(s.cases, 6, d('2031-03-01'))).toBe(2);
  });
});
