import { describe, expect, it } from 'vitest';
import { countNotReferred } from '../../../../src/tab/data/openCaseRows';

describe('countNotReferred', () => {
  it('counts only the flagged cases with no referral recorded', () => {
    expect(countNotReferred([])).toBe(0);
    expect(
      countNotReferred([
        { safeguarding: 'not_referred' },
        { safeguarding: 'referred' },
        { safeguarding: 'none' },
        { safeguarding: 'not_referred' },
      ]),
    ).toBe(2);
  });
});
