import { describe, expect, it } from 'vitest';
import type { OmbudsmanCase } from '../../../../src/domain/records';
import { draftKeyMessages } from '../../../../src/domain/reporting/document/keyMessages';
import { knownReportInput, reportTable } from './knownReportInput';

// A seed council: "There have not been any ASC public reports in 2018/19 … there were two in
// 2017/18." From the rule: a decision the Ombudsman issued as a public report counts in the
// year it was decided, in its case's procedure; committees are told of each one.

const base = knownReportInput();
const asPublicReport = (references: readonly string[]) => (o: OmbudsmanCase) =>
  references.includes(o.reference) ? { ...o, publicReport: true } : o;
// 25 001 001 and 25 001 004 are children's decisions of 2025-26; 24 001 005 was decided in
// 2024-25; 25 001 006 is a corporate complaint's.
const input = {
  ...base,
  ombudsman: base.ombudsman.map(asPublicReport(['25 001 004', '24 001 005', '25 001 006'])),
};

describe('public reports by the Ombudsman', () => {
  it('counts them in the year decided, in the procedure of their case', () => {
    const children = reportTable(input, 'children_statutory', 'ombudsman', 'ombudsman-rates');
    expect(children.report.ombudsman.publicReports).toBe(1);
    expect(children.report.previous.ombudsman.publicReports).toBe(1);
    expect(children.table?.rows).toContainEqual(['Issued as public reports', 1, 1, '0']);
    const corporate = reportTable(input, 'corporate', 'ombudsman', 'ombudsman-rates');
    expect(corporate.report.ombudsman.publicReports).toBe(1);
    expect(corporate.report.previous.ombudsman.publicReports).toBe(0);
  });

  it('puts a public report among the key messages, and says nothing when there was none', () => {
    const { report } = reportTable(input, 'children_statutory', 'ombudsman', '');
    expect(draftKeyMessages(report)).toContain(
      'The Ombudsman issued a public report about our handling of complaints.',
    );
    const none = reportTable(base, 'children_statutory', 'ombudsman', '');
    expect(none.report.ombudsman.publicReports).toBe(0);
    expect(draftKeyMessages(none.report).join(' ')).not.toContain('public report');
  });
});
