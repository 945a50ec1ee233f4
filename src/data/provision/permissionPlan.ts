import { allLists, archiveLibrary } from '../lists';
import {
  defaultRoleGroups,
  roleDescriptions,
  siteRoles,
  type ListAccess,
  type RoleGroups,
  type SiteRole,
} from '../lists/siteRoles';
import { restString, type SharePointRest } from '../sharepoint/restClient';

/**
 * The SharePoint permissions Feedback Desk needs, derived from the list definitions' `access`
 * (one place): a group per role, a permission level that can add items but never change them,
 * and on every list its own permissions — the site's owners with Full Control, each role with
 * what `access` gives it, nobody else. Graph cannot set these; `applyPermissionPlan` sets them
 * through SharePoint's REST API and `describePermissionPlan` writes them out for an
 * administrator to follow by hand (docs/deploy.md, "Who may do what").
 */

/** The permission levels the plan uses: SharePoint's own, and one of ours. */
export type PermissionLevel = 'Full Control' | 'Contribute' | 'Read' | typeof ADD_ONLY_LEVEL;

/** Read, and add items; no edit or delete, so a record once added stays as it was made. */
export const ADD_ONLY_LEVEL = 'Feedback Desk: add only';

/**
 * SharePoint's Read level with AddListItems (PermissionKind 2, bit 0x2) added. Read's masks
 * are SharePoint's published defaults (`Low` 138612833, `High` 176).
 */
export const ADD_ONLY_PERMISSIONS = { Low: String(138612833 | 0x2), High: '176' } as const;

/** What each kind of access becomes on a list. */
const levelOf: Record<keyof ListAccess, PermissionLevel> = {
  edit: 'Contribute',
  add: ADD_ONLY_LEVEL,
  read: 'Read',
};

export interface ListGrant {
  /** `owners`: the site's owners group, whatever it is called. */
  readonly principal: 'owners' | SiteRole;
  readonly level: PermissionLevel;
}

export interface PermissionPlan {
  readonly groups: readonly {
    readonly role: SiteRole;
    readonly name: string;
    readonly description: string;
  }[];
  readonly lists: readonly { readonly list: string; readonly grants: readonly ListGrant[] }[];
}

/** The one grant each role gets on a list with this access (the widest, if named twice). */
export function grantsFor(access: ListAccess): ListGrant[] {
  const grants: ListGrant[] = [{ principal: 'owners', level: 'Full Control' }];
  for (const role of siteRoles) {
    const kind = (['edit', 'add', 'read'] as const).find((k) => access[k]?.includes(role));
    if (kind) grants.push({ principal: role, level: levelOf[kind] });
  }
  return grants;
}

/** `permissionPlan()` → `{ groups: [{ role: 'officers', name: 'Complaints officers', … }, …], lists: [{ list: 'Cases', grants: […] }, …] }` */
export function permissionPlan(groups: RoleGroups = defaultRoleGroups): PermissionPlan {
  return {
    groups: siteRoles.map((role) => ({
      role,
      name: groups[role],
      description: roleDescriptions[role],
    })),
    lists: [...allLists, archiveLibrary].map((definition) => ({
      list: definition.displayName,
      grants: grantsFor(definition.access),
    })),
  };
}

const principalName = (plan: PermissionPlan, principal: ListGrant['principal']) =>
  principal === 'owners'
    ? 'the site’s Owners group'
    : `"${plan.groups.find((g) => g.role === principal)?.name ?? principal}"`;

/**
 * The plan as steps an administrator can follow, in the site's settings or with the REST
 * calls shown (each needs Full Control of the site).
 */
export function describePermissionPlan(plan: PermissionPlan, webUrl = '{site}'): string {
  const api = `${webUrl.replace(/\/$/, '')}/_api`;
  const lines: string[] = [
    'Permissions Graph cannot set — make them in the site (Site settings → People and groups, and each list’s Settings → Permissions for this list), or run `npx feedback-desk provision --apply-permissions` with a SharePoint token of a site owner:',
    '',
    '1. Create these SharePoint groups, then add people to them:',
    ...plan.groups.map(
      (g) =>
        `   - "${g.name}" (${g.description})  POST ${api}/web/sitegroups {"Title":"${g.name}","Description":"…"}`,
    ),
    `2. Create the permission level "${ADD_ONLY_LEVEL}": Read, plus Add Items (no Edit, no Delete).`,
    `   POST ${api}/web/roledefinitions {"Name":"${ADD_ONLY_LEVEL}","BasePermissions":{"Low":"${ADD_ONLY_PERMISSIONS.Low}","High":"${ADD_ONLY_PERMISSIONS.High}"},"Order":200}`,
    '3. On each list, stop inheriting permissions, remove every other entry, and grant exactly:',
  ];
  for (const { list, grants } of plan.lists) {
    lines.push(
      `   - ${list}: ${grants.map((g) => `${principalName(plan, g.principal)} ${g.level}`).join('; ')}`,
      `     POST ${api}/web/lists/getbytitle('${list}')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`,
      `     then POST …/roleassignments/addroleassignment(principalid={group id},roledefid={level id}) for each`,
    );
  }
  return lines.join('\n');
}

export interface PermissionChange {
  readonly action:
    'created_group' | 'created_level' | 'broke_inheritance' | 'granted' | 'removed_grant';
  readonly target: string;
  readonly detail?: string;
}

interface RestGroup {
  Id: number;
  Title: string;
}
interface RestRole {
  Id: number;
  Name: string;
  RoleTypeKind: number;
}
interface RestAssignment {
  PrincipalId: number;
  RoleDefinitionBindings?: { Id: number; Name: string }[];
}

/** SharePoint's built-in levels by their RoleTypeKind, so a translated site still matches. */
const BUILT_IN_KIND: Partial<Record<PermissionLevel, number>> = {
  'Full Control': 5,
  Contribute: 3,
  Read: 2,
};

/**
 * Makes the site's groups and list permissions what the plan says, through SharePoint's REST
 * API. Idempotent: a second run finds everything in place and changes nothing. Grants the plan
 * does not name are removed from Feedback Desk's lists (so only heads of service can add a
 * sign-off even if the site's Members group had been given access).
 */
export async function applyPermissionPlan(
  rest: SharePointRest,
  plan: PermissionPlan,
  log: (line: string) => void = () => {},
): Promise<PermissionChange[]> {
  const changes: PermissionChange[] = [];
  const change = (c: PermissionChange) => {
    changes.push(c);
    log(`${c.action.replace('_', ' ')} ${c.target}${c.detail ? ` (${c.detail})` : ''}`);
  };

  const existingGroups = (await rest.get<{ value: RestGroup[] }>('web/sitegroups')).value;
  const groupIds = new Map<string, number>();
  for (const group of plan.groups) {
    let found = existingGroups.find((g) => g.Title.toLowerCase() === group.name.toLowerCase());
    if (!found) {
      found = await rest.post<RestGroup>('web/sitegroups', {
        Title: group.name,
        Description: group.description,
      });
      change({ action: 'created_group', target: group.name });
    }
    groupIds.set(group.role, found.Id);
  }
  const owners = await rest.get<RestGroup>('web/associatedownergroup');

  let roles = (await rest.get<{ value: RestRole[] }>('web/roledefinitions')).value;
  if (!roles.some((r) => r.Name === ADD_ONLY_LEVEL)) {
    await rest.post('web/roledefinitions', {
      Name: ADD_ONLY_LEVEL,
      Description: 'Feedback Desk: view, and add items; never edit or delete them.',
      BasePermissions: ADD_ONLY_PERMISSIONS,
      Order: 200,
    });
    change({ action: 'created_level', target: ADD_ONLY_LEVEL });
    roles = (await rest.get<{ value: RestRole[] }>('web/roledefinitions')).value;
  }
  const levelId = (level: PermissionLevel): number => {
    const kind = BUILT_IN_KIND[level];
    const role = roles.find((r) =>
      kind === undefined ? r.Name === level : r.RoleTypeKind === kind,
    );
    if (!role) throw new Error(`The site has no "${level}" permission level.`);
    return role.Id;
  };

  for (const { list, grants } of plan.lists) {
    const path = `web/lists/getbytitle('${restString(list)}')`;
    const info = await rest.get<{ HasUniqueRoleAssignments: boolean }>(
      `${path}?$select=HasUniqueRoleAssignments`,
    );
    if (!info.HasUniqueRoleAssignments) {
      await rest.post(
        `${path}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`,
      );
      change({ action: 'broke_inheritance', target: list });
    }
    const wanted = grants.map((g) => ({
      principalId: g.principal === 'owners' ? owners.Id : groupIds.get(g.principal)!,
      roleId: levelId(g.level),
      label: `${principalName(plan, g.principal)} ${g.level}`,
    }));
    const current = (
      await rest.get<{ value: RestAssignment[] }>(
        `${path}/roleassignments?$expand=RoleDefinitionBindings`,
      )
    ).value.flatMap((a) =>
      (a.RoleDefinitionBindings ?? []).map((b) => ({ principalId: a.PrincipalId, roleId: b.Id })),
    );
    const same = (a: { principalId: number; roleId: number }, b: typeof a) =>
      a.principalId === b.principalId && a.roleId === b.roleId;
    for (const grant of wanted) {
      if (current.some((c) => same(c, grant))) continue;
      await rest.post(
        `${path}/roleassignments/addroleassignment(principalid=${grant.principalId},roledefid=${grant.roleId})`,
      );
      change({ action: 'granted', target: list, detail: grant.label });
    }
    for (const extra of current.filter((c) => !wanted.some((w) => same(w, c)))) {
      await rest.post(
        `${path}/roleassignments/removeroleassignment(principalid=${extra.principalId},roledefid=${extra.roleId})`,
      );
      change({
        action: 'removed_grant',
        target: list,
        detail: `principal ${extra.principalId}, level ${extra.roleId}`,
      });
    }
  }
  return changes;
}
