import { describe, expect, it } from 'vitest';
import { columnPatch } from '../../../../src/data/provision/columnDiff';
import { choiceColumn, textColumn } from '../../../../src/data/lists/columns';

describe('columnPatch', () => {
  it('asks for nothing when the column is as needed', () => {
    const want = textColumn('Reference', { unique: true });
    expect(columnPatch(want, { ...want, displayName: 'Renamed by the council' })).toBeUndefined();
  });
  it('adds a missing index and unique constraint', () => {
    expect(
      columnPatch(textColumn('Reference', { unique: true }), {
        name: 'Reference',
        text: { allowMultipleLines: false, maxLength: 255 },
      }),
    ).toEqual({
      indexed: true,
      enforceUniqueValues: true,
    });
  });
  it('adds missing choices and keeps the ones a council added', () => {
    const want = choiceColumn('Outcome', ['upheld', 'not_upheld']);
    const have = {
      ...want,
      choice: { ...(want.choice as object), choices: ['upheld', 'council_own'] },
    };
    expect(columnPatch(want, have)).toEqual({
      choice: { choices: ['upheld', 'council_own', 'not_upheld'] },
    });
  });
});
