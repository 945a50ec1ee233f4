import { describe, expect, it } from 'vitest';
import { settingsRightsOf } from '../../../../src/tab/data/settingsRights';

const heads = [{ name: 'Grace Example', upn: 'grace@example.gov.uk' }];

describe('who the Settings view lets change the settings', () => {
  it('a complaints manager may, whatever other groups they are in', () => {
    expect(settingsRightsOf({ mine: ['managers'], headsOfService: heads })).toEqual({
      mayChange: true,
    });
    expect(
      settingsRightsOf({ mine: ['officers', 'managers', 'headsOfService'], headsOfService: [] }),
    ).toEqual({ mayChange: true });
  });

  it('an officer, a head of service, or someone in no group reads them, and is told who can change them', () => {
    for (const mine of [
      ['officers'],
      ['headsOfService'],
      ['officers', 'headsOfService'],
      [],
    ] as const) {
      const rights = settingsRightsOf({ mine, headsOfService: heads });
      expect(rights.mayChange).toBe(false);
      expect(!rights.mayChange && rights.notice).toMatch(/^Only complaints managers can change/);
    }
  });

  it('when the groups are unknown (not read yet, or unreadable) the form is offered and SharePoint decides', () => {
    expect(settingsRightsOf(undefined)).toEqual({ mayChange: true });
    expect(settingsRightsOf({ headsOfService: heads })).toEqual({ mayChange: true });
  });
});
