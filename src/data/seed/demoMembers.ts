import { defaultRoleGroups, siteRoles, type RoleGroups } from '../lists/siteRoles';
import { restString, type SharePointRest } from '../sharepoint/restClient';
import { demoGroups, demoPeople } from './demoPeople';

/**
 * Puts the demo people in their SharePoint groups (made by `provision --apply-permissions`),
 * so the demo's officers, complaints manager and heads of service can each do their part and
 * no more. Adding someone twice changes nothing. Returns how many memberships it asked for.
 */
export async function addDemoMembers(
  rest: SharePointRest,
  groups: RoleGroups = defaultRoleGroups,
): Promise<number> {
  let count = 0;
  for (const role of siteRoles) {
    for (const key of demoGroups[role]) {
      await rest.post(`web/sitegroups/getbyname('${restString(groups[role])}')/users`, {
        LoginName: `i:0#.f|membership|${demoPeople[key].upn}`,
      });
      count += 1;
    }
  }
  return count;
}
