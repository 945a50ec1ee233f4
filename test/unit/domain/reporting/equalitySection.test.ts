import { describe, expect, it } from 'vitest';
import type { EqualityMonitoring, FeedbackCase } from '../../../../src/domain/records';
import { knownReportInput, reportTable } from './knownReportInput';

// Equality monitoring in the report, from the rules (docs/domain.md, "Equality monitoring"):
// over the complaints received in the year, "prefer not to say" an answer of its own, a
// question not answered counted as not recorded, every table adding up to the complaints, and
// a report made without the monitoring list saying so instead of printing zeros.

// The known dataset's own answers (equality.csv) are replaced by each test's.
const { equality: _known, ...input } = knownReportInput();
const received = (procedure: FeedbackCase['procedure']) =>
  input.cases.filter(
    (c) =>
      c.type === 'complaint' &&
      c.procedure === procedure &&
      c.received >= '2025-04-01' &&
      c.received <= '2026-03-31' &&
      c.withdrawnAs === undefined,
  );
const [first, second, third] = received('children_statutory');
const corporate = received('corporate')[0];
const answers = (
  c: FeedbackCase | undefined,
  given: Omit<EqualityMonitoring, 'schemaVersion' | 'caseReference'>,
): EqualityMonitoring => ({ schemaVersion: 1, caseReference: c!.reference, ...given });

const equality: EqualityMonitoring[] = [
  answers(first, { ethnicity: 'white_british', disability: 'no', ageBand: '35_44', sex: 'female' }),
  answers(second, { ethnicity: 'not_disclosed', disability: 'not_disclosed' }),
  answers(third, {}),
  answers(corporate, { ethnicity: 'asian', sex: 'male' }),
];

describe('equality monitoring in the annual report', () => {
  it('counts the answers of the complaints received, prefer-not-to-say apart from not recorded', () => {
    const { report } = reportTable({ ...input, equality }, 'children_statutory', 'profile', '');
    const whole = report.profile.complaints;
    expect(report.equality).toMatchObject({ complaints: whole, answered: 2 });
    expect(report.equality?.byEthnicity).toMatchObject({
      white_british: 1,
      not_disclosed: 1,
      asian: 0,
      not_recorded: whole - 2,
    });
    expect(report.equality?.bySex).toMatchObject({ female: 1, male: 0, not_recorded: whole - 1 });
    for (const counts of [
      report.equality!.byEthnicity,
      report.equality!.byDisability,
      report.equality!.byAgeBand,
      report.equality!.bySex,
    ])
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(whole);
  });

  it('prints a table per question answered, with shares of all complaints received', () => {
    const { table, report } = reportTable(
      { ...input, equality },
      'children_statutory',
      'profile',
      'equality-ethnicity',
    );
    const whole = report.profile.complaints;
    expect(whole).toBe(16);
    expect(table?.columns).toEqual(['Ethnic group', 'Complaints', 'Share']);
    expect(table?.rows).toEqual([
      ['White British', 1, '6%'],
      ['Prefer not to say', 1, '6%'],
      ['Not recorded', 14, '88%'],
      ['Total', 16, '100%'],
    ]);
    expect(table?.totalRows).toBe(1);
    const ages = reportTable(
      { ...input, equality },
      'children_statutory',
      'profile',
      'equality-ageBand',
    );
    expect(ages.table?.rows).toEqual([
      ['35 to 44', 1, '6%'],
      ['Not recorded', 15, '94%'],
      ['Total', 16, '100%'],
    ]);
  });

  it('counts a corporate complainant only in the corporate report', () => {
    const { report } = reportTable({ ...input, equality }, 'corporate', 'profile', '');
    expect(report.equality).toMatchObject({ answered: 1 });
    expect(report.equality?.byEthnicity.asian).toBe(1);
  });

  it('says so in one sentence when nobody answered, and when the report was made without the list', () => {
    const none = reportTable({ ...input, equality: [] }, 'children_statutory', 'profile', '');
    expect(none.report.equality?.answered).toBe(0);
    expect(none.section?.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'No equality monitoring was recorded for complaints received in 2025-26.',
    });
    const without = reportTable(input, 'children_statutory', 'profile', '');
    expect(without.report.equality).toBeNull();
    const texts = without.section?.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts?.some((t) => t.startsWith('Equality monitoring is not in this copy'))).toBe(true);
    expect(
      without.section?.blocks.some((b) => b.kind === 'table' && b.id.startsWith('equality')),
    ).toBe(false);
  });
});
