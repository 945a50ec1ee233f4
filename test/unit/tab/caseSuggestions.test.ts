import { describe, expect, it } from 'vitest';
import { feedbackCaseSchema, type FeedbackCase } from '../../../src/domain/records';
import { caseInWords, caseSuggestions } from '../../../src/tab/views/records/caseSuggestions';

const aCase = (reference: string, received: string, extra: Partial<FeedbackCase> = {}) =>
  feedbackCaseSchema.parse({
    schemaVersion: 2,
    reference,
    type: 'complaint',
    procedure: 'children_statutory',
    status: 'open',
    currentStage: 2,
    received,
    ...extra,
  });

const cases = [
  aCase('CSC-2025-0041', '2025-05-01'),
  aCase('CSC-2025-0042', '2025-06-03'),
  aCase('ASC-2025-0042', '2025-04-01', { procedure: 'adults_statutory', status: 'closed' }),
  aCase('COMP-2025-0007', '2025-07-01', { type: 'compliment', procedure: null, currentStage: 0 }),
];

describe('the case references a record’s case box offers', () => {
  it('offers those holding what is typed, in any case, the most recently received first', () => {
    expect(caseSuggestions(cases, 'csc-2025')).toEqual(['CSC-2025-0042', 'CSC-2025-0041']);
    expect(caseSuggestions(cases, '0042')).toEqual(['CSC-2025-0042', 'ASC-2025-0042']);
  });

  it('offers nothing for one character, and at most thirty', () => {
    expect(caseSuggestions(cases, 'C')).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) =>
      aCase(`CSC-2024-${String(i + 1).padStart(4, '0')}`, '2024-06-01'),
    );
    expect(caseSuggestions(many, 'CSC')).toHaveLength(30);
  });
});

describe('the case a reference names, in words', () => {
  it('says what the case is, its stage, when it came and whether it is open', () => {
    expect(caseInWords(cases, ' csc-2025-0042 ')).toBe(
      "Complaint, Children's social care (statutory), Stage 2, received 3 June 2025, open",
    );
    expect(caseInWords(cases, 'COMP-2025-0007')).toBe('Compliment, received 1 July 2025, open');
    expect(caseInWords(cases, 'CSC-2099-0001')).toBeUndefined();
  });
});
