import { describe, expect, it } from 'vitest';
import {
  ombudsmanYearFormOf,
  ombudsmanYearFromForm,
} from '../../../../src/tab/views/annualReport/ombudsmanYearForm';

const blank = ombudsmanYearFormOf(undefined);

describe("the Ombudsman's annual figures form", () => {
  it('keeps the figures entered and leaves blank ones out (not entered is not zero)', () => {
    expect(
      ombudsmanYearFromForm('2024-25', {
        ...blank,
        enquiriesReceived: ' 1,204 ',
        decisions: '0',
        upheldPercent: '72.5%',
      }),
    ).toEqual({
      ok: true,
      value: {
        schemaVersion: 1,
        year: '2024-25',
        enquiriesReceived: 1204,
        decisions: 0,
        upheldPercent: 72.5,
      },
    });
  });

  it('says what is wrong with each figure', () => {
    const result = ombudsmanYearFromForm('2024-25', {
      ...blank,
      decisions: '4.5',
      compliancePercent: '101',
      publicReports: 'one',
      upheldPercent: '33.33',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.problems).sort()).toEqual([
      'compliancePercent',
      'decisions',
      'publicReports',
      'upheldPercent',
    ]);
  });

  it('shows what was saved, ready to edit', () => {
    const form = ombudsmanYearFormOf({ schemaVersion: 1, year: '2024-25', publicReports: 2 });
    expect(form.publicReports).toBe('2');
    expect(form.decisions).toBe('');
  });
});
