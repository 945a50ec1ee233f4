import type { SiteRolesInfo } from '../../data/store';

/**
 * Whether the page offers the complaints manager's forms (Ombudsman cases, costs, the
 * Ombudsman's annual figures): complaints managers only, as the lists' permissions say
 * (docs/deploy.md "Who may do what"). When the groups cannot be read the forms are offered and
 * SharePoint's answer stands (the store says who may).
 */
export function mayRecordAsManager(roles: SiteRolesInfo | undefined): boolean {
  const mine = roles?.mine;
  return mine === undefined || mine.includes('managers');
}
