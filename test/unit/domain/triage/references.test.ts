import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../../src/domain/triage';

describe('extractReferences', () => {
  it('finds council case references of every procedure', () => {
    expect(
      extractReferences(
        'Re CSC-2024-0012, ASC-2025-0456, CORP-2023-0007, MP-2025-0101 and COMP-2025-0003',
      ),
    ).toEqual([
      'CSC-2024-0012',
      'ASC-2025-0456',
      'CORP-2023-0007',
      'MP-2025-0101',
      'COMP-2025-0003',
    ]);
  });

  it("finds other councils' formats and labelled references, once each", () => {
    expect(
      extractReferences(
        'COR-2024-0099 (your ref ASC/FIN/1234). Ombudsman ref: 24 123 456. Report ref RD-55123. Again: COR-2024-0099',
      ),
    ).toEqual(['COR-2024-0099', 'ASC/FIN/1234', '24 123 456', 'RD-55123']);
  });

  it('ignores words, dates and phone numbers after "ref"', () => {
    expect(
      extractReferences(
        'Please quote our reference in any reply. Ref: 01/02/2025. Ref 01632960000',
      ),
    ).toEqual([]);
  });
});
