import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatReference,
  nextReference,
  parseReference,
  referencePrefix,
} from '../../../../src/domain/records';

describe('case references', () => {
  it('uses a prefix per procedure and type', () => {
    expect(referencePrefix('complaint', 'children_statutory')).toBe('CSC');
    expect(referencePrefix('complaint', 'adults_statutory')).toBe('ASC');
    expect(referencePrefix('complaint', 'corporate')).toBe('CORP');
    expect(referencePrefix('complaint', null)).toBe('CORP');
    expect(referencePrefix('mp_enquiry', null)).toBe('MP');
    expect(referencePrefix('compliment', null)).toBe('COMP');
    expect(referencePrefix('comment', null)).toBe('CMT');
  });

  it('formats and parses', () => {
    expect(formatReference('CSC', 2025, 42)).toBe('CSC-2025-0042');
    expect(parseReference('CSC-2025-0042')).toEqual({ prefix: 'CSC', year: 2025, sequence: 42 });
    expect(parseReference('CSC-25-42')).toBeUndefined();
  });

  it('takes the number after the highest of the same prefix and year', () => {
    const taken = ['CSC-2025-0041', 'CSC-2025-0042', 'ASC-2025-0100', 'CSC-2024-0999'];
    expect(nextReference('CSC', 2025, taken)).toBe('CSC-2025-0043');
    expect(nextReference('CSC', 2026, taken)).toBe('CSC-2026-0001');
  });

  it('never returns a reference already taken', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20_000 }), { maxLength: 50 }), (numbers) => {
        const taken = numbers.map((n) => formatReference('CORP', 2025, n));
        expect(taken).not.toContain(nextReference('CORP', 2025, taken));
      }),
    );
  });
});
