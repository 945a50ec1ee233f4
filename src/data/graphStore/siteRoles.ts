import type { Person } from '../../domain/records';
import { StoreFailure } from '../graph/storeError';
import { siteRoles, type RoleGroups, type SiteRole } from '../lists/siteRoles';
import { restString, SharePointRestError, type SharePointRest } from '../sharepoint/restClient';
import type { SiteRolesInfo } from '../store';

interface RestPrincipal {
  Title: string;
  Email?: string;
  UserPrincipalName?: string;
}

/**
 * The signed-in person's roles (their groups on the site, by the configured names) and the
 * members of the heads of service group, through SharePoint's REST API: two requests. The
 * page uses them to choose its buttons and to say whom to ask; SharePoint still decides.
 */
export async function readSiteRoles(
  rest: SharePointRest | undefined,
  groups: RoleGroups,
): Promise<SiteRolesInfo> {
  if (!rest)
    throw new StoreFailure({
      code: 'unavailable',
      message: 'The site’s groups cannot be read here.',
    });
  try {
    // Read apart: who the heads of service are is worth showing even if the person's own
    // groups cannot be read.
    const [mine, heads] = await Promise.all([
      rest
        .get<{ value: RestPrincipal[] }>('web/currentuser/groups?$select=Title')
        .catch(() => undefined),
      rest.get<{ value: RestPrincipal[] }>(
        `web/sitegroups/getbyname('${restString(groups.headsOfService)}')/users?$select=Title,Email,UserPrincipalName`,
      ),
    ]);
    const titles = mine && new Set(mine.value.map((g) => g.Title.toLowerCase()));
    return {
      ...(titles
        ? { mine: siteRoles.filter((role: SiteRole) => titles.has(groups[role].toLowerCase())) }
        : {}),
      headsOfService: heads.value.map((u): Person => ({
        name: u.Title,
        ...((u.UserPrincipalName ?? u.Email) ? { upn: u.UserPrincipalName ?? u.Email } : {}),
      })),
    };
  } catch (error) {
    if (!(error instanceof SharePointRestError)) throw error;
    throw new StoreFailure({
      code: error.status === 403 || error.status === 401 ? 'forbidden' : 'unavailable',
      message: 'The site’s groups could not be read: buttons are shown and SharePoint decides.',
    });
  }
}
