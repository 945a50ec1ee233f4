import { describe, expect, it } from 'vitest';
import { feedbackCaseSchema, type FeedbackCase } from '../../../../src/domain/records';
import { knownReportInput, reportTable } from './knownReportInput';

// A case closed as a duplicate is a second record of a complaint already counted, so no figure
// counts it; a complaint the complainant took back, or one resolved informally, was still
// received and still counts (issue 18: duplicates used to swell the received figures).

let n = 0;
const corporateComplaint = (extra: Partial<FeedbackCase>): FeedbackCase =>
  feedbackCaseSchema.parse({
    schemaVersion: 2,
    reference: `CORP-2025-${String(900 + ++n)}`,
    type: 'complaint',
    procedure: 'corporate',
    status: 'closed',
    currentStage: 1,
    received: '2025-07-01',
    closed: '2025-07-08',
    outcome: 'withdrawn',
    serviceArea: 'Waste and recycling',
    ...extra,
  });

const reportWith = (added: readonly FeedbackCase[]) => {
  const input = knownReportInput();
  return reportTable({ ...input, cases: [...input.cases, ...added] }, 'corporate', 'x', 'x').report;
};

describe('withdrawn cases in the figures', () => {
  const before = reportWith([]);

  it('leaves a duplicate out of the received, outcome and service-area figures', () => {
    const after = reportWith([corporateComplaint({ withdrawnAs: 'duplicate' })]);
    expect(after.received.complaints).toBe(before.received.complaints);
    expect(after.receivedOutcomes.byOutcome.withdrawn).toBe(
      before.receivedOutcomes.byOutcome.withdrawn,
    );
    expect(after.receivedOutcomes.byServiceArea['Waste and recycling'] ?? 0).toBe(
      before.receivedOutcomes.byServiceArea['Waste and recycling'] ?? 0,
    );
  });

  it('leaves out a case saved in error (never feedback), even one typed as a complaint', () => {
    const after = reportWith([corporateComplaint({ withdrawnAs: 'saved_in_error' })]);
    expect(after.received.complaints).toBe(before.received.complaints);
    expect(after.receivedOutcomes.byOutcome.withdrawn).toBe(
      before.receivedOutcomes.byOutcome.withdrawn,
    );
  });

  it('still counts a complaint the complainant withdrew, and one resolved informally', () => {
    const after = reportWith([
      corporateComplaint({ withdrawnAs: 'complainant_withdrew' }),
      corporateComplaint({ withdrawnAs: 'resolved_informally', outcome: 'resolved_early' }),
    ]);
    expect(after.received.complaints).toBe(before.received.complaints + 2);
    expect(after.receivedOutcomes.byOutcome.withdrawn).toBe(
      before.receivedOutcomes.byOutcome.withdrawn + 1,
    );
    expect(after.receivedOutcomes.byServiceArea['Waste and recycling']).toBe(
      (before.receivedOutcomes.byServiceArea['Waste and recycling'] ?? 0) + 2,
    );
  });

  it('counts a withdrawn case recorded before the reason was kept, as before', () => {
    const after = reportWith([corporateComplaint({})]);
    expect(after.received.complaints).toBe(before.received.complaints + 1);
  });
});
