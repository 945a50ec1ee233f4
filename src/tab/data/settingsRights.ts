import type { SiteRolesInfo } from '../../data/store';

/**
 * What the Settings view offers the signed-in person. Only complaints managers may change the
 * settings (the Settings list's permissions, docs/deploy.md "Who may do what"); the page
 * follows their groups so nobody fills in a form SharePoint will refuse, and SharePoint still
 * decides. When the groups cannot be read the form is offered and SharePoint's answer stands.
 */
export type SettingsRights =
  { readonly mayChange: true } | { readonly mayChange: false; readonly notice: string };

export const SETTINGS_READ_ONLY_NOTICE =
  'Only complaints managers can change these settings. Ask a complaints manager if something here needs to change.';

/** `settingsRightsOf({ mine: ['officers'], headsOfService: [] })` → `{ mayChange: false, notice: SETTINGS_READ_ONLY_NOTICE }` */
export function settingsRightsOf(roles: SiteRolesInfo | undefined): SettingsRights {
  const mine = roles?.mine;
  if (mine === undefined || mine.includes('managers')) return { mayChange: true };
  return { mayChange: false, notice: SETTINGS_READ_ONLY_NOTICE };
}
