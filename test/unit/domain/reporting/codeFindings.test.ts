import { describe, expect, it } from 'vitest';
import { ombudsmanCaseSchema, type OmbudsmanCase } from '../../../../src/domain/records';
import { knownReportInput, reportTable } from './knownReportInput';

// Code 8.1 asks the corporate report for "any findings of non-compliance with the Code" by the
// Ombudsman: each decision in the year that recorded one is listed, by its decision date.

const decision = (r: Record<string, unknown>): OmbudsmanCase =>
  ombudsmanCaseSchema.parse({
    schemaVersion: 1,
    procedure: 'corporate',
    received: '2025-04-10',
    decision: 'upheld',
    ...r,
  });

const reportWith = (ombudsman: readonly OmbudsmanCase[]) => {
  const input = knownReportInput();
  return reportTable(
    { ...input, ombudsman: [...input.ombudsman, ...ombudsman] },
    'corporate',
    'code-findings',
    'code-findings',
  );
};

describe('findings of non-compliance with the Code in the corporate report', () => {
  it('lists each decision in the year that found one, oldest first, dated in words', () => {
    const { report, section, table } = reportWith([
      decision({
        reference: '25 004 117',
        decided: '2026-02-03',
        codeNonCompliance: 'Stage 2 response sent after 38 working days with no explanation',
      }),
      decision({
        reference: '25 001 902',
        decided: '2025-09-15',
        codeNonCompliance: 'Did not acknowledge the complaint within 5 working days',
      }),
      // Decided the year before, and a decision with no finding: neither is listed.
      decision({ reference: '24 009 311', decided: '2025-03-28', codeNonCompliance: 'Late' }),
      decision({ reference: '25 002 450', decided: '2025-11-20' }),
    ]);
    expect(report.ombudsman.codeFindings.map((f) => f.reference)).toEqual([
      '25 001 902',
      '25 004 117',
    ]);
    expect(section?.heading).toBe('Findings of non-compliance with the Code');
    // The finding first, so the long text has the widest column in the document.
    expect(table?.columns).toEqual(['Finding', 'Ombudsman reference', 'Decided']);
    expect(table?.rows).toEqual([
      [
        'Did not acknowledge the complaint within 5 working days',
        '25 001 902',
        '15 September 2025',
      ],
      [
        'Stage 2 response sent after 38 working days with no explanation',
        '25 004 117',
        '3 February 2026',
      ],
    ]);
  });

  it('says so in a sentence when there were none', () => {
    const { section, table } = reportWith([
      decision({ reference: '25 002 450', decided: '2025-11-20' }),
    ]);
    expect(table).toBeUndefined();
    expect(JSON.stringify(section?.blocks)).toContain(
      'The Ombudsman made no finding in 2025-26 that the council had not complied with the Complaint Handling Code.',
    );
  });
});
