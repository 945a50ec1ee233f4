import { describe, expect, it } from 'vitest';
import { asCaseReference } from '../../../src/domain/primitives/brand';
import { newCaseAction, nextActionId } from '../../../src/services/addAction';

const ref = asCaseReference('CSC-2026-0042');

describe('adding a remedy or action to a case', () => {
  it('numbers a case’s actions after the highest it has, ignoring other cases’ and imported ids', () => {
    expect(nextActionId(ref, [])).toBe('ACT-CSC-2026-0042-1');
    expect(
      nextActionId(ref, [
        { id: 'ACT-CSC-2026-0042-1' },
        { id: 'ACT-CSC-2026-0042-4' },
        { id: 'ACT-CSC-2026-0043-9' },
        { id: 'ACT-8f3a2c' },
      ]),
    ).toBe('ACT-CSC-2026-0042-5');
  });

  it('makes an open action of the kind chosen, with the words trimmed', () => {
    const made = newCaseAction(ref, 'ACT-CSC-2026-0042-1', {
      kind: 'individual_remedy',
      action: '  Refund the £35 charge ',
      owner: ' Parking manager',
      due: '2026-12-18',
    });
    expect(made).toEqual({
      ok: true,
      value: {
        schemaVersion: 1,
        id: 'ACT-CSC-2026-0042-1',
        caseReference: ref,
        action: 'Refund the £35 charge',
        owner: 'Parking manager',
        due: '2026-12-18',
        status: 'open',
        kind: 'individual_remedy',
        learning: [],
      },
    });
  });

  it('says what to fix when the words, the owner or the date are missing', () => {
    const made = newCaseAction(ref, 'ACT-CSC-2026-0042-1', {
      kind: 'training',
      action: ' ',
      owner: '',
      due: '2026-02-30',
    });
    expect(made).toEqual({
      ok: false,
      error: {
        code: 'problems',
        message: 'The action was not added.',
        problems: {
          action: 'Say what will be done',
          owner: 'Name who will do it',
          due: 'Enter the whole date it is promised by: day, month and year',
        },
      },
    });
  });
});
