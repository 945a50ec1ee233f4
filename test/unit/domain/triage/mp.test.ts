import { describe, expect, it } from 'vitest';
import { findMp } from '../../../../src/domain/triage';

describe('findMp', () => {
  it('reads the name from a signature and the constituency from "Member of Parliament for"', () => {
    expect(
      findMp('Yours sincerely,\n\nRuth Calder\nMember of Parliament for Eastby and Fenn\n'),
    ).toEqual({
      name: 'Ruth Calder',
      constituency: 'Eastby and Fenn',
    });
  });

  it('reads the MP a caseworker writes for, with titles kept', () => {
    expect(findMp('I write on behalf of Sir Tom Avery MP about his constituent.')).toEqual({
      name: 'Sir Tom Avery',
    });
  });

  it('reads a constituency from a piped signature', () => {
    expect(
      findMp('Thanks\nLee | Office of Nia Grant MP | Westholme North | 020 7946 0000'),
    ).toEqual({
      name: 'Nia Grant',
      constituency: 'Westholme North',
    });
  });

  it('prefers the sender name when it names the MP', () => {
    expect(findMp('Please see below.', 'Office of Bea Lund MP')?.name).toBe('Bea Lund');
  });

  it('returns null when no MP is named', () => {
    expect(findMp('I have written to my MP about this.')).toBeNull();
  });
});
