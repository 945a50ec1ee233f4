/**
 * The three roles of Feedback Desk, each a SharePoint group on the complaints site
 * (docs/deploy.md, "Who may do what"): SharePoint, not the page, decides what each may write.
 */
export const siteRoles = ['officers', 'managers', 'headsOfService'] as const;
export type SiteRole = (typeof siteRoles)[number];

/** The groups' names on the site; a council may choose its own (`provision --group-…`, config.json `groups`). */
export type RoleGroups = Readonly<Record<SiteRole, string>>;

export const defaultRoleGroups: RoleGroups = {
  officers: 'Complaints officers',
  managers: 'Complaints managers',
  headsOfService: 'Heads of service',
};

export const roleDescriptions: Readonly<Record<SiteRole, string>> = {
  officers:
    'Feedback Desk: triage, cases, stages, correspondence, learning actions and action plans.',
  managers: 'Feedback Desk: as officers, and the settings, Ombudsman cases and costs.',
  headsOfService: 'Feedback Desk: sign off action plans (add sign-offs).',
};

/**
 * Who may do what with a list's items. Site owners keep full control of every list.
 * - `edit`: add, edit and delete items;
 * - `add`: add items and read them, never change them afterwards (a record once made);
 * - `read`: read only.
 */
export interface ListAccess {
  readonly edit: readonly SiteRole[];
  readonly add?: readonly SiteRole[];
  readonly read: readonly SiteRole[];
}

/** The lists of a complaints team's daily work: officers and managers write, heads of service read. */
export const teamAccess: ListAccess = {
  edit: ['officers', 'managers'],
  read: ['headsOfService'],
};

/**
 * The complaints manager's records (the settings, Ombudsman cases, costs): managers write,
 * officers and heads of service read (docs/domain.md, "Who uses it").
 */
export const managerAccess: ListAccess = {
  edit: ['managers'],
  read: ['officers', 'headsOfService'],
};
