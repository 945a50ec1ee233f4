import { describe, expect, it } from 'vitest';
import { asCaseReference } from '../../../src/domain/primitives/brand';
import { foundSentence } from '../../../src/taskpane/model/foundCases';

describe('what the pane says after looking a case up', () => {
  const reference = { kind: 'reference', reference: asCaseReference('CSC-2099-9999') } as const;

  it('names a reference that does not exist, and one that does', () => {
    expect(foundSentence(reference, 'csc-2099-9999', 0)).toBe(
      'There is no case CSC-2099-9999. Check the reference.',
    );
    expect(foundSentence(reference, 'csc-2099-9999', 1)).toBe('Found CSC-2099-9999.');
  });

  it('echoes a surname as the officer typed it, and counts what it found', () => {
    const surname = { kind: 'surname', surname: 'obrien' } as const;
    expect(foundSentence(surname, '  O’Brien ', 0)).toBe(
      'No case has an email from someone called O’Brien.',
    );
    expect(foundSentence(surname, 'O’Brien', 1)).toBe(
      'Found 1 case with an email from someone called O’Brien.',
    );
  });

  it('says the list is the most recent when it is full', () => {
    const address = { kind: 'address', address: 'dana@example.org' } as const;
    expect(foundSentence(address, 'dana@example.org', 10)).toBe(
      'Found 10 cases with an email from dana@example.org, the most recently written to first.',
    );
  });
});
