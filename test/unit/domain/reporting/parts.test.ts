import { describe, expect, it } from 'vitest';
import type { ComplaintPart, FeedbackCase } from '../../../../src/domain/records';
import { knownReportInput, reportTable } from './knownReportInput';

// Complaints in several parts, from the rule: a complaint in one part is one issue, one in
// parts one issue per part; the findings are those of the parts of complaints resolved in the
// year. The known dataset's children's complaints: 16 received in 2025-26.

const input = knownReportInput();
const withParts = (reference: string, parts: ComplaintPart[]) => (c: FeedbackCase) =>
  c.reference === reference ? { ...c, parts } : c;
const cases = input.cases
  // Received 2 June 2025, resolved 30 June 2025.
  .map(
    withParts('CSC-2025-0105', [
      { serviceArea: 'Children in care', finding: 'upheld' },
      { serviceArea: 'Fostering', finding: 'not_upheld' },
      { serviceArea: 'Leaving care' },
    ]),
  )
  // Received 19 March 2026, not resolved in the year: its parts count as issues only.
  .map(
    withParts('CSC-2025-0111', [
      { serviceArea: 'Child protection', finding: 'partly_upheld' },
      { serviceArea: 'Fostering', finding: 'partly_upheld' },
    ]),
  );

describe('complaints in several parts in the annual report', () => {
  it('counts the issues the complaints received raised, and the findings of the parts resolved', () => {
    const { report, table } = reportTable(
      { ...input, cases },
      'children_statutory',
      'outcomes',
      'part-findings',
    );
    expect(report.parts).toEqual({
      complaints: 16,
      inParts: 2,
      issues: 16 - 2 + 3 + 2,
      resolvedParts: 3,
      byFinding: { upheld: 1, partly_upheld: 0, not_upheld: 1, no_finding: 0, not_recorded: 1 },
    });
    expect(table?.rows).toEqual([
      ['Upheld', 1, '33%'],
      ['Not upheld', 1, '33%'],
      ['Not recorded', 1, '33%'],
    ]);
  });

  it('says nothing of parts when no complaint had any', () => {
    const { report, section } = reportTable(input, 'children_statutory', 'outcomes', '');
    expect(report.parts).toMatchObject({ complaints: 16, inParts: 0, issues: 16 });
    const texts = section?.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts?.some((t) => t.includes('issues'))).toBe(false);
  });
});
