import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/data/import/importPlan';

/**
 * cases.csv's columns for what issue 16 records: the complaints manager's escalation after
 * delay, an early referral to the Ombudsman after Stage 2, and the elements a Stage 2
 * investigation looked into and upheld (docs/import.md). Rows written from the rule.
 */
const HEADER =
  'reference,type,procedure,received,stage1_responded,stage2_requested,stage2_responded,outcome,closed,escalated_for_delay,early_ombudsman_referral,stage2_elements_investigated,stage2_elements_upheld,stage2_elements_partly_upheld';
const plan = (rows: string[]) =>
  planImport(new Map([['cases.csv', `${[HEADER, ...rows].join('\n')}\n`]]), new Set());

describe('cases.csv: escalation after delay, early Ombudsman referral, Stage 2 elements', () => {
  it('reads them onto the case and its Stage 2', () => {
    const result = plan([
      'CSC-1,complaint,children_statutory,2025-05-01,2025-06-20,2025-06-23,2025-09-01,partly_upheld,2025-09-01,yes,yes,5,1,2',
      'CSC-2,complaint,children_statutory,2025-05-02,2025-05-20,,,not_upheld,2025-05-20,,,,,',
    ]);
    expect(result.errors).toEqual([]);
    const [first, second] = result.cases;
    expect(first?.case).toMatchObject({ escalatedForDelay: true, earlyOmbudsmanReferral: true });
    expect(first?.stages.find((s) => s.number === 2)?.elements).toEqual({
      investigated: 5,
      upheld: 1,
      partlyUpheld: 2,
    });
    expect(second?.case.escalatedForDelay).toBeUndefined();
    expect(second?.stages.every((s) => s.elements === undefined)).toBe(true);
  });

  it('refuses elements without a Stage 2, without a count investigated, or upheld beyond it', () => {
    const result = plan([
      'CSC-3,complaint,children_statutory,2025-05-01,2025-06-20,,,,,,,3,1,0',
      'CSC-4,complaint,children_statutory,2025-05-01,2025-06-20,2025-06-23,,,,,,,1,0',
      'CSC-5,complaint,children_statutory,2025-05-01,2025-06-20,2025-06-23,,,,,,2,2,1',
    ]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'stage2_requested'],
      [3, 'stage2_elements_investigated'],
      [4, 'stage2_elements_upheld'],
    ]);
    expect(result.cases).toEqual([]);
  });

  it('reads who the complaint is from or about, legal hold and place', () => {
    const header =
      'reference,type,procedure,received,looked_after_child,young_person_age,advocacy,legal_hold,postcode_district,ward';
    const result = planImport(
      new Map([
        [
          'cases.csv',
          `${header}\nCSC-9,complaint,children_statutory,2025-05-01,yes,16_to_17,offered_taken_up,yes,ex4,Riverside\nCSC-10,complaint,children_statutory,2025-05-01,,,,,EX4 4QJ,\n`,
        ],
      ]),
      new Set(),
    );
    expect(result.cases[0]?.case).toMatchObject({
      lookedAfterChild: true,
      youngPersonAge: '16_to_17',
      advocacy: 'offered_taken_up',
      legalHold: true,
      postcodeDistrict: 'EX4',
      ward: 'Riverside',
    });
    // A whole postcode is refused: only its first half is kept.
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[3, 'postcode_district']]);
  });

  it('reads why a closed case was withdrawn, and refuses a reason it does not know', () => {
    const header = 'reference,type,procedure,received,closed,outcome,withdrawn_as';
    const result = planImport(
      new Map([
        [
          'cases.csv',
          `${header}\nCORP-11,complaint,corporate,2025-05-01,2025-05-09,withdrawn,duplicate\nCORP-12,complaint,corporate,2025-05-01,2025-05-09,withdrawn,changed_mind\n`,
        ],
      ]),
      new Set(),
    );
    expect(result.errors.map((e) => e.message)).toEqual([expect.stringContaining('changed_mind')]);
    expect(result.cases[0]?.case).toMatchObject({ withdrawnAs: 'duplicate' });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[3, 'withdrawn_as']]);
  });

  it('reads a complaint in parts, each with its service area and its finding when it has one', () => {
    const header = 'reference,type,procedure,received,service_area,parts';
    const result = planImport(
      new Map([
        [
          'cases.csv',
          [
            header,
            'CSC-20,complaint,children_statutory,2025-05-01,Fostering,"Fostering: upheld; First response / MASH: not_upheld ; Leaving care"',
            'CSC-21,complaint,children_statutory,2025-05-01,Fostering,',
            'CSC-22,complaint,children_statutory,2025-05-01,Fostering,Fostering: upheld',
            'CSC-23,complaint,children_statutory,2025-05-01,Fostering,"Fostering: upheld; : partly_upheld"',
          ].join('\n') + '\n',
        ],
      ]),
      new Set(),
    );
    expect(result.cases[0]?.case.parts).toEqual([
      { serviceArea: 'Fostering', finding: 'upheld' },
      { serviceArea: 'First response / MASH', finding: 'not_upheld' },
      { serviceArea: 'Leaving care' },
    ]);
    expect(result.cases[1]?.case.parts).toBeUndefined();
    // One part says no more than the case; a part needs its service area.
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'parts'],
      [5, 'parts'],
    ]);
  });
});
