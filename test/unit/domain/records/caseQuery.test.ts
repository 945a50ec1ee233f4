import { describe, expect, it } from 'vitest';
import { readCaseQuery, surnameKey } from '../../../../src/domain/records';

/**
 * Written from what officers type into the pane's "Find a case" box, before the code: a
 * reference they read off a letter, the surname a caller gave, or the address a follow-up came
 * from. Each is read as one of the three, or refused with a sentence that says what to type.
 */
describe('what an officer typed to find a case', () => {
  it('reads a reference however it was typed', () => {
    expect(readCaseQuery('  csc-2025-0042 ')).toEqual({
      kind: 'reference',
      reference: 'CSC-2025-0042',
    });
    expect(readCaseQuery('CORP-2026-12345')).toEqual({
      kind: 'reference',
      reference: 'CORP-2026-12345',
    });
  });

  it('refuses something that is nearly a reference, saying what one looks like', () => {
    const read = readCaseQuery('CSC-25-42');
    expect(read.kind).toBe('problem');
    expect(read.kind === 'problem' && read.problem).toContain('CSC-2025-0042');
  });

  it('reads an email address, keeping it as typed but trimmed', () => {
    expect(readCaseQuery(' Dana.Okafor@Example.org ')).toEqual({
      kind: 'address',
      address: 'Dana.Okafor@Example.org',
    });
  });

  it('refuses an address with no domain', () => {
    const read = readCaseQuery('dana@');
    expect(read.kind).toBe('problem');
    expect(read.kind === 'problem' && read.problem).toMatch(/email address/);
  });

  it('reads a surname, or a whole name, as the surname in the form it is stored', () => {
    expect(readCaseQuery('Okafor')).toEqual({ kind: 'surname', surname: 'okafor' });
    expect(readCaseQuery('Dana Okafor')).toEqual({ kind: 'surname', surname: 'okafor' });
    expect(readCaseQuery('O’Brien')).toEqual({ kind: 'surname', surname: 'obrien' });
    expect(readCaseQuery("O'Brien")).toEqual({ kind: 'surname', surname: 'obrien' });
    expect(readCaseQuery('Zoë Müller')).toEqual({ kind: 'surname', surname: 'muller' });
  });

  it('refuses nothing, one letter, and digits that are not a reference', () => {
    for (const typed of ['', '   ', 'O', '0147', 'flat 3']) {
      const read = readCaseQuery(typed);
      expect(read.kind, typed).toBe('problem');
    }
  });
});

describe('the surname a sender’s name is found by', () => {
  it('is the last word of a name, in lower case without accents', () => {
    expect(surnameKey('Dana Okafor')).toBe('okafor');
    expect(surnameKey('Mrs J. SMITH')).toBe('smith');
    expect(surnameKey('Siobhán Ní Bhriain')).toBe('bhriain');
    expect(surnameKey('Priya Patel-Shah')).toBe('patel-shah');
  });

  it('is the part before the comma of a name written surname first', () => {
    expect(surnameKey('Okafor, Dana')).toBe('okafor');
  });

  it('ignores what mail systems add around a name', () => {
    expect(surnameKey('"Dana Okafor"')).toBe('okafor');
    expect(surnameKey('Dana Okafor (Parent Carer Forum)')).toBe('okafor');
    expect(surnameKey('Sam Jones MP')).toBe('jones');
    expect(surnameKey('Cllr Ann Lee OBE')).toBe('lee');
  });

  it('is nothing for a name that is an address, or has no letters', () => {
    expect(surnameKey('dana@example.org')).toBeUndefined();
    expect(surnameKey('')).toBeUndefined();
    expect(surnameKey('12345')).toBeUndefined();
  });
});
