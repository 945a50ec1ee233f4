import { describe, expect, it } from 'vitest';
import {
  feedbackCaseSchema,
  ombudsmanCaseSchema,
  stageSchema,
  type FeedbackCase,
  type Stage,
} from '../../../../src/domain/records';
import { knownReportInput, reportTable } from './knownReportInput';

// The complaints manager's duty to escalate after delay (a seed council's committee report:
// "one instance where the Complaints Manager exercised his duty to escalate after delay at
// Stage 1"): counted among the Stage 2 requests received in the year, and printed beside them.

const reference = 'CSC-2025-0901';
const escalated: FeedbackCase = feedbackCaseSchema.parse({
  schemaVersion: 2,
  reference,
  type: 'complaint',
  procedure: 'children_statutory',
  status: 'open',
  currentStage: 2,
  received: '2025-05-01',
  escalatedForDelay: true,
});
const stage = (number: 1 | 2, requested: string): Stage =>
  stageSchema.parse({ schemaVersion: 1, caseReference: reference, number, requested });

describe('escalation by the complaints manager after delay', () => {
  it('counts a Stage 2 request on a case escalated for delay, in the year it was requested', () => {
    const input = knownReportInput();
    const before = reportTable(input, 'children_statutory', 'received', 'escalation');
    const { report, table } = reportTable(
      {
        ...input,
        cases: [...input.cases, escalated],
        stages: [...input.stages, stage(1, '2025-05-01'), stage(2, '2025-06-20')],
      },
      'children_statutory',
      'received',
      'escalation',
    );
    expect(report.received.stage2AfterDelay).toBe(1);
    expect(report.received.stage2).toBe(before.report.received.stage2 + 1);
    expect(report.previous.received.stage2AfterDelay).toBe(0);
    expect(table?.rows).toContainEqual([
      'Escalated by the complaints manager after delay',
      0,
      1,
      '+1',
    ]);
  });

  it('does not count a Stage 2 request on a case the complainant escalated', () => {
    const input = knownReportInput();
    const { report } = reportTable(
      {
        ...input,
        cases: [...input.cases, { ...escalated, escalatedForDelay: false }],
        stages: [...input.stages, stage(1, '2025-05-01'), stage(2, '2025-06-20')],
      },
      'children_statutory',
      'received',
      'escalation',
    );
    expect(report.received.stage2AfterDelay).toBe(0);
  });
});

// "The Ombudsman considered … 1 complaint which was referred following stage 2 for early
// referral" (a seed council's 2024-25 report): decisions on cases referred early are counted.
describe('Ombudsman decisions on complaints referred early', () => {
  it('counts a decision in the year on a case referred straight after Stage 2', () => {
    const input = knownReportInput();
    const early = { ...escalated, escalatedForDelay: false, earlyOmbudsmanReferral: true };
    const decision = ombudsmanCaseSchema.parse({
      schemaVersion: 1,
      reference: '25 009 901',
      caseReference: reference,
      received: '2025-08-01',
      decided: '2025-11-03',
      decision: 'not_upheld',
    });
    const { report, table } = reportTable(
      {
        ...input,
        cases: [...input.cases, early],
        stages: [...input.stages, stage(1, '2025-05-01'), stage(2, '2025-06-20')],
        ombudsman: [...input.ombudsman, decision],
      },
      'children_statutory',
      'ombudsman',
      'ombudsman-rates',
    );
    expect(report.ombudsman.earlyReferrals).toBe(1);
    expect(table?.rows).toContainEqual(['Referred early, straight after Stage 2', 0, 1, '+1']);
  });
});
