import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/data/import/importPlan';

// refusals.csv and ombudsman_years.csv, as docs/import.md describes them: a complaints manager
// brings the refusal register and the Ombudsman's letters over from the spreadsheet they kept.
const plan = (files: Record<string, string>, stored: string[] = []) =>
  planImport(new Map(Object.entries(files)), new Set(stored));

const REFUSALS = 'received,refused,reason,reason_other,signposted,case_reference,procedure';

describe('refusals.csv', () => {
  it('reads the register, keeps the council’s own id, and gives the others one that stays', () => {
    const text = [
      `id,${REFUSALS}`,
      'R-17,2025-05-01,2025-05-06,outside_time_limit,,yes,,corporate',
      ',2025-06-02,2025-06-03,other,Anonymous and no way to reply,no,,adults_statutory',
      ',2025-06-02,2025-06-03,other,A second one the same day,no,,adults_statutory',
    ].join('\n');
    const first = plan({ 'refusals.csv': text });
    expect(first.errors).toEqual([]);
    expect(first.refusals.map((r) => r.value)).toEqual([
      {
        schemaVersion: 1,
        id: 'R-17',
        received: '2025-05-01',
        refused: '2025-05-06',
        reason: 'outside_time_limit',
        signposted: true,
        procedure: 'corporate',
      },
      expect.objectContaining({ id: 'REF-2025-06-03-other-none-1', signposted: false }),
      expect.objectContaining({ id: 'REF-2025-06-03-other-none-2' }),
    ]);
    // Read again, the same ids: a second import updates the same items.
    expect(plan({ 'refusals.csv': text }).refusals.map((r) => r.value.id)).toEqual(
      first.refusals.map((r) => r.value.id),
    );
  });

  it('names the row and column of an unknown reason, a missing other reason, an early refusal and an unknown case', () => {
    const result = plan(
      {
        'refusals.csv': [
          `${REFUSALS}`,
          '2025-05-01,2025-05-06,too_late,,yes,,',
          '2025-05-01,2025-05-06,other,,yes,,',
          '2025-05-09,2025-05-06,unreasonable,,yes,,',
          '2025-05-01,2025-05-06,unreasonable,,yes,CSC-2025-0999,',
          '2025-05-01,2025-05-06,unreasonable,,yes,CSC-2025-0001,',
        ].join('\n'),
      },
      ['CSC-2025-0001'],
    );
    const where = result.errors.map((e) => [e.file, e.row, e.column]);
    expect(where).toEqual([
      ['refusals.csv', 2, 'reason'],
      ['refusals.csv', 3, 'reasonOther'],
      ['refusals.csv', 4, 'refused'],
      ['refusals.csv', 5, 'case_reference'],
    ]);
    expect(result.errors[0]!.message).toContain('outside_time_limit');
    // The link is checked across the files once every row is read, so row 5 is read and then
    // left out of the write by its error (writeImport), as a cost's or an action's is.
    expect(result.refusals.map((r) => r.row)).toEqual([5, 6]);
  });
});

describe('ombudsman_years.csv', () => {
  const HEADER =
    'year,enquiries_received,decisions,detailed_investigations,upheld_percent,similar_authorities_upheld_percent,compliance_percent,satisfactory_remedy_percent,public_reports';

  it('reads one row a year, a blank figure left out', () => {
    const result = plan({
      'ombudsman_years.csv': `${HEADER}\n2024-25,61,58,21,76,80,100,,0\n`,
    });
    expect(result.errors).toEqual([]);
    expect(result.ombudsmanYears.map((o) => o.value)).toEqual([
      {
        schemaVersion: 1,
        year: '2024-25',
        enquiriesReceived: 61,
        decisions: 58,
        detailedInvestigations: 21,
        upheldPercent: 76,
        similarAuthoritiesUpheldPercent: 80,
        compliancePercent: 100,
        publicReports: 0,
      },
    ]);
  });

  it('refuses a percentage over 100, a year written twice and a year that is not a financial year', () => {
    const result = plan({
      'ombudsman_years.csv': [
        HEADER,
        '2024-25,61,58,21,176,80,100,,0',
        '2023-24,50,40,10,70,80,100,,0',
        '2023-24,50,40,10,70,80,100,,0',
        '2023/24,50,40,10,70,80,100,,0',
      ].join('\n'),
    });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'upheldPercent'],
      [5, 'year'],
      [4, 'year'],
    ]);
  });
});
