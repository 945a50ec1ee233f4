import { describe, expect, it } from 'vitest';
import {
  hadFinalResponse,
  ombudsmanCaseSchema,
  type FeedbackCase,
} from '../../../../src/domain/records';
import { knownReportInput, reportTable } from './knownReportInput';

// A seed council's report: "The Ombudsman considered 3 complaints during the year which had
// exhausted all stages of the statutory complaints procedure, and 1 complaint which was
// referred following stage 2 for early referral." From the rule: a decision counts when its
// complaint was answered at its procedure's last local stage, whatever the procedure.

const input = knownReportInput();
const decided = (reference: string, caseReference: string) =>
  ombudsmanCaseSchema.parse({
    schemaVersion: 1,
    reference,
    caseReference,
    received: '2025-07-01',
    decided: '2025-09-01',
    decision: 'not_upheld',
    injustice: false,
    remedyAmount: 0,
    remedyTypes: [],
  });
const atStage = (reference: string, currentStage: 0 | 1 | 2 | 3) => (c: FeedbackCase) =>
  c.reference === reference ? { ...c, currentStage } : c;

describe('Ombudsman decisions after the council’s final response', () => {
  it('knows the last local stage of each procedure', () => {
    const closed = { type: 'complaint', status: 'closed', outcome: 'not_upheld' } as const;
    expect(hadFinalResponse({ ...closed, procedure: 'children_statutory', currentStage: 3 })).toBe(
      true,
    );
    expect(hadFinalResponse({ ...closed, procedure: 'children_statutory', currentStage: 2 })).toBe(
      false,
    );
    expect(hadFinalResponse({ ...closed, procedure: 'corporate', currentStage: 2 })).toBe(true);
    expect(hadFinalResponse({ ...closed, procedure: 'adults_statutory', currentStage: 1 })).toBe(
      true,
    );
    expect(
      hadFinalResponse({ ...closed, procedure: 'corporate', currentStage: 2, status: 'open' }),
    ).toBe(false);
    expect(
      hadFinalResponse({
        ...closed,
        procedure: 'corporate',
        currentStage: 2,
        outcome: 'withdrawn',
      }),
    ).toBe(false);
  });

  it('counts the hand-worked dataset’s one children’s decision after Stage 3, not the premature or Stage 1 ones', () => {
    const { report } = reportTable(input, 'children_statutory', 'ombudsman', '');
    // CSC-2025-0112 went through all three stages; 0105 was premature; 0102 and 0110 had Stage 1 only.
    expect(report.ombudsman.afterFinalResponse).toBe(1);
    expect(report.previous.ombudsman.afterFinalResponse).toBe(0);
  });

  it('counts a corporate complaint after Stage 2 and an adults’ after its one stage', () => {
    const ombudsman = [
      ...input.ombudsman,
      decided('25 900 001', 'ASC-2025-0001'),
      decided('25 900 002', 'CORP-2025-0003'),
    ];
    const cases = input.cases.map(atStage('CORP-2025-0001', 2)).map(atStage('ASC-2025-0001', 1));
    const adults = reportTable({ ...input, cases, ombudsman }, 'adults_statutory', 'ombudsman', '');
    expect(adults.report.ombudsman.afterFinalResponse).toBe(1);
    const corporate = reportTable({ ...input, cases, ombudsman }, 'corporate', 'ombudsman', '');
    // CORP-2025-0001 (decided 1 July, now at Stage 2 and closed) counts; CORP-2025-0003 (answered at Stage 1 only) does not.
    expect(corporate.report.ombudsman.afterFinalResponse).toBe(1);
  });
});
