import type { Store } from '../store/store';
import type { ListRecord } from '../store/lists';
import type { SiteRecord } from '../store/sites';
import { GraphError } from '../graph/errors';
import type { Principal } from './principal';

/**
 * SharePoint's security model, as far as Feedback Desk relies on it: site groups with members,
 * role definitions (permission levels, as SharePoint's `BasePermissions` bit masks), role
 * assignments on the web or on a list that has stopped inheriting them. Set up through the
 * SharePoint REST endpoints in `rest.ts` (as provisioning does against a real site) and
 * checked on every Graph request to a list: View Items to read it (or see it among the site's
 * lists), add, edit or delete to write.
 *
 * A site no list of which has its own permissions yet is open to every signed-in person, as
 * the emulator always was; once provisioning breaks a list's inheritance, every request to
 * that site is checked.
 */

/** `BasePermissions` bits (SharePoint's PermissionKind n is bit n − 1 of `Low`). */
export const PERMISSION = {
  viewListItems: 0x1,
  addListItems: 0x2,
  editListItems: 0x4,
  deleteListItems: 0x8,
  manageLists: 0x800,
  managePermissions: 0x2000000,
} as const;

export interface RoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly low: number;
  readonly high: number;
  /** SharePoint's RoleTypeKind: 2 Reader, 3 Contributor, 5 Administrator, 6 Editor, 0 custom. */
  readonly kind: number;
  readonly order: number;
}

/** The permission levels every SharePoint site has, with their ids and masks. */
const BUILT_IN_ROLES: readonly RoleDefinition[] = [
  {
    id: 1073741829,
    name: 'Full Control',
    description: 'Has full control.',
    low: 4294967295,
    high: 2147483647,
    kind: 5,
    order: 1,
  },
  {
    id: 1073741830,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items.',
    low: 1011030767,
    high: 432,
    kind: 6,
    order: 48,
  },
  {
    id: 1073741827,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    low: 1011028719,
    high: 432,
    kind: 3,
    order: 64,
  },
  {
    id: 1073741826,
    name: 'Read',
    description: 'Can view pages and list items and download documents.',
    low: 138612833,
    high: 176,
    kind: 2,
    order: 128,
  },
];

export interface SitePrincipal {
  readonly id: number;
  readonly kind: 'group' | 'user';
  readonly title: string;
  /** Users: `i:0#.f|membership|{upn}`; groups: their title. */
  readonly login: string;
  readonly email: string;
  readonly description: string;
}

interface PrincipalRow {
  id: number;
  kind: 'group' | 'user';
  title: string;
  login: string;
  email: string;
  description: string;
}

/** The scope of a role assignment: the web, or a list by its id. */
export type Scope = { readonly kind: 'web' } | { readonly kind: 'list'; readonly list: ListRecord };
const scopeKey = (scope: Scope) => (scope.kind === 'web' ? 'web' : scope.list.id);

export const userLogin = (upn: string) => `i:0#.f|membership|${upn.toLowerCase()}`;

function ensureSchema(store: Store): void {
  store.derive('security-schema', () => {
    store.db.exec(`
      CREATE TABLE IF NOT EXISTS sp_principals (
        site_id TEXT NOT NULL, id INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
        login TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (site_id, id), UNIQUE (site_id, kind, login COLLATE NOCASE));
      CREATE TABLE IF NOT EXISTS sp_group_members (
        site_id TEXT NOT NULL, group_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
        PRIMARY KEY (site_id, group_id, user_id));
      CREATE TABLE IF NOT EXISTS sp_role_definitions (
        site_id TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
        low INTEGER NOT NULL, high INTEGER NOT NULL, kind INTEGER NOT NULL, ord INTEGER NOT NULL,
        PRIMARY KEY (site_id, id), UNIQUE (site_id, name COLLATE NOCASE));
      CREATE TABLE IF NOT EXISTS sp_unique_scopes (
        site_id TEXT NOT NULL, scope TEXT NOT NULL, PRIMARY KEY (site_id, scope));
      CREATE TABLE IF NOT EXISTS sp_role_assignments (
        site_id TEXT NOT NULL, scope TEXT NOT NULL, principal_id INTEGER NOT NULL,
        role_id INTEGER NOT NULL, PRIMARY KEY (site_id, scope, principal_id, role_id));
    `);
    return true;
  });
}

/**
 * A site's security, made on first use as SharePoint makes a new site's: the Owners, Members
 * and Visitors groups with Full Control, Edit and Read on the web, and the built-in levels.
 */
export class SiteSecurity {
  constructor(
    readonly store: Store,
    readonly site: SiteRecord,
  ) {
    ensureSchema(store);
    store.transaction(() => {
      const known = store
        .sql('SELECT COUNT(*) AS n FROM sp_role_definitions WHERE site_id = ?')
        .get(site.id) as { n: number };
      if (known.n > 0) return;
      for (const role of BUILT_IN_ROLES)
        store
          .sql(
            'INSERT INTO sp_role_definitions(site_id, id, name, description, low, high, kind, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            site.id,
            role.id,
            role.name,
            role.description,
            role.low,
            role.high,
            role.kind,
            role.order,
          );
      const name = site.displayName;
      const groups: [number, string, number][] = [
        [3, `${name} Owners`, 1073741829],
        [4, `${name} Visitors`, 1073741826],
        [5, `${name} Members`, 1073741830],
      ];
      for (const [id, title, role] of groups) {
        this.#insertPrincipal(id, 'group', title, title, '', '');
        this.#assign({ kind: 'web' }, id, role);
      }
    });
  }

  #insertPrincipal(
    id: number,
    kind: 'group' | 'user',
    title: string,
    login: string,
    email: string,
    description: string,
  ) {
    this.store
      .sql(
        'INSERT INTO sp_principals(site_id, id, kind, title, login, email, description) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(this.site.id, id, kind, title, login, email, description);
  }

  #nextPrincipalId(): number {
    const row = this.store
      .sql('SELECT MAX(id) AS id FROM sp_principals WHERE site_id = ?')
      .get(this.site.id) as { id: number | null };
    return Math.max(row.id ?? 0, 10) + 1;
  }

  #assign(scope: Scope, principalId: number, roleId: number) {
    this.store
      .sql(
        'INSERT OR IGNORE INTO sp_role_assignments(site_id, scope, principal_id, role_id) VALUES (?, ?, ?, ?)',
      )
      .run(this.site.id, scopeKey(scope), principalId, roleId);
  }

  // Principals

  principals(kind: 'group' | 'user'): SitePrincipal[] {
    return this.store
      .sql('SELECT * FROM sp_principals WHERE site_id = ? AND kind = ? ORDER BY id')
      .all(this.site.id, kind) as PrincipalRow[];
  }

  principal(id: number): SitePrincipal | undefined {
    return this.store
      .sql('SELECT * FROM sp_principals WHERE site_id = ? AND id = ?')
      .get(this.site.id, id) as PrincipalRow | undefined;
  }

  groupByName(title: string): SitePrincipal | undefined {
    return this.store
      .sql(
        "SELECT * FROM sp_principals WHERE site_id = ? AND kind = 'group' AND title = ? COLLATE NOCASE",
      )
      .get(this.site.id, title) as PrincipalRow | undefined;
  }

  ownersGroup(): SitePrincipal {
    const owners = this.principal(3);
    if (!owners) throw new Error('the site has no owners group');
    return owners;
  }

  createGroup(title: string, description: string): SitePrincipal {
    if (this.groupByName(title))
      throw new GraphError(
        400,
        'SPException',
        `The specified name is already in use. (group "${title}")`,
      );
    const id = this.#nextPrincipalId();
    this.#insertPrincipal(id, 'group', title, title, '', description);
    return this.principal(id)!;
  }

  /** The site's user for this person, added on first mention (SharePoint's `ensureuser`). */
  ensureUser(upn: string, displayName: string): SitePrincipal {
    const login = userLogin(upn);
    const found = this.store
      .sql(
        "SELECT * FROM sp_principals WHERE site_id = ? AND kind = 'user' AND login = ? COLLATE NOCASE",
      )
      .get(this.site.id, login) as PrincipalRow | undefined;
    if (found) return found;
    const id = this.#nextPrincipalId();
    this.#insertPrincipal(id, 'user', displayName, login, upn.toLowerCase(), '');
    return this.principal(id)!;
  }

  userOf(upn: string): SitePrincipal | undefined {
    return this.store
      .sql(
        "SELECT * FROM sp_principals WHERE site_id = ? AND kind = 'user' AND login = ? COLLATE NOCASE",
      )
      .get(this.site.id, userLogin(upn)) as PrincipalRow | undefined;
  }

  members(groupId: number): SitePrincipal[] {
    return this.store
      .sql(
        'SELECT p.* FROM sp_group_members m JOIN sp_principals p ON p.site_id = m.site_id AND p.id = m.user_id WHERE m.site_id = ? AND m.group_id = ? ORDER BY p.id',
      )
      .all(this.site.id, groupId) as PrincipalRow[];
  }

  addMember(groupId: number, userId: number): void {
    this.store
      .sql('INSERT OR IGNORE INTO sp_group_members(site_id, group_id, user_id) VALUES (?, ?, ?)')
      .run(this.site.id, groupId, userId);
  }

  removeMember(groupId: number, userId: number): void {
    this.store
      .sql('DELETE FROM sp_group_members WHERE site_id = ? AND group_id = ? AND user_id = ?')
      .run(this.site.id, groupId, userId);
  }

  groupsOf(userId: number): SitePrincipal[] {
    return this.store
      .sql(
        'SELECT p.* FROM sp_group_members m JOIN sp_principals p ON p.site_id = m.site_id AND p.id = m.group_id WHERE m.site_id = ? AND m.user_id = ? ORDER BY p.id',
      )
      .all(this.site.id, userId) as PrincipalRow[];
  }

  // Permission levels

  roles(): RoleDefinition[] {
    return (
      this.store
        .sql('SELECT * FROM sp_role_definitions WHERE site_id = ? ORDER BY ord, id')
        .all(this.site.id) as (Omit<RoleDefinition, 'order'> & { ord: number })[]
    ).map(({ ord, ...rest }) => ({ ...rest, order: ord }));
  }

  role(id: number): RoleDefinition | undefined {
    return this.roles().find((r) => r.id === id);
  }

  createRole(name: string, description: string, low: number, high: number, order: number) {
    if (this.roles().some((r) => r.name.toLowerCase() === name.toLowerCase()))
      throw new GraphError(
        400,
        'SPException',
        `A permission level named "${name}" exists already.`,
      );
    const id = Math.max(1073741932, ...this.roles().map((r) => r.id)) + 1;
    this.store
      .sql(
        'INSERT INTO sp_role_definitions(site_id, id, name, description, low, high, kind, ord) VALUES (?, ?, ?, ?, ?, ?, 0, ?)',
      )
      .run(this.site.id, id, name, description, low >>> 0, high >>> 0, order);
    return this.role(id)!;
  }

  // Role assignments

  hasUniqueAssignments(list: ListRecord): boolean {
    return (
      this.store
        .sql('SELECT 1 FROM sp_unique_scopes WHERE site_id = ? AND scope = ?')
        .get(this.site.id, list.id) !== undefined
    );
  }

  /** The scope whose assignments apply to the list: its own, or the web's it inherits. */
  effectiveScope(list: ListRecord | undefined): Scope {
    return list && this.hasUniqueAssignments(list) ? { kind: 'list', list } : { kind: 'web' };
  }

  assignments(scope: Scope): { principalId: number; roleId: number }[] {
    return (
      this.store
        .sql(
          'SELECT principal_id, role_id FROM sp_role_assignments WHERE site_id = ? AND scope = ? ORDER BY principal_id, role_id',
        )
        .all(this.site.id, scopeKey(scope)) as { principal_id: number; role_id: number }[]
    ).map((r) => ({ principalId: r.principal_id, roleId: r.role_id }));
  }

  /** SharePoint's `breakroleinheritance(copyRoleAssignments, clearSubscopes)` on a list. */
  breakInheritance(list: ListRecord, copyRoleAssignments: boolean): void {
    if (this.hasUniqueAssignments(list)) return;
    const inherited = this.assignments({ kind: 'web' });
    this.store
      .sql('INSERT INTO sp_unique_scopes(site_id, scope) VALUES (?, ?)')
      .run(this.site.id, list.id);
    if (copyRoleAssignments)
      for (const a of inherited) this.#assign({ kind: 'list', list }, a.principalId, a.roleId);
  }

  resetInheritance(list: ListRecord): void {
    this.store
      .sql('DELETE FROM sp_unique_scopes WHERE site_id = ? AND scope = ?')
      .run(this.site.id, list.id);
    this.store
      .sql('DELETE FROM sp_role_assignments WHERE site_id = ? AND scope = ?')
      .run(this.site.id, list.id);
  }

  addAssignment(list: ListRecord, principalId: number, roleId: number): void {
    if (!this.principal(principalId))
      throw new GraphError(400, 'SPException', `There is no principal ${principalId} in the site.`);
    if (!this.role(roleId))
      throw new GraphError(
        400,
        'SPException',
        `There is no permission level ${roleId} in the site.`,
      );
    if (!this.hasUniqueAssignments(list))
      throw new GraphError(
        400,
        'SPException',
        'This operation is not allowed on an object that inherits permissions.',
      );
    this.#assign({ kind: 'list', list }, principalId, roleId);
  }

  removeAssignment(list: ListRecord, principalId: number, roleId: number): void {
    this.store
      .sql(
        'DELETE FROM sp_role_assignments WHERE site_id = ? AND scope = ? AND principal_id = ? AND role_id = ?',
      )
      .run(this.site.id, list.id, principalId, roleId);
  }

  /** Has any list of the site its own permissions? Only then are writes checked. */
  enforced(): boolean {
    return (
      this.store
        .sql('SELECT 1 FROM sp_unique_scopes WHERE site_id = ? LIMIT 1')
        .get(this.site.id) !== undefined
    );
  }

  /** The `Low` bits this principal holds on the scope, through itself and its groups. */
  permissionsOf(principal: Principal, scope: Scope): number {
    if (principal.kind === 'admin') return 0xffffffff;
    const user = this.userOf(principal.upn);
    if (!user) return 0;
    const ids = new Set([user.id, ...this.groupsOf(user.id).map((g) => g.id)]);
    let low = 0;
    for (const a of this.assignments(scope))
      if (ids.has(a.principalId)) low |= this.role(a.roleId)?.low ?? 0;
    return low >>> 0;
  }

  /** Does the principal hold every bit of `needed` on the scope? */
  may(principal: Principal, scope: Scope, needed: number): boolean {
    return (this.permissionsOf(principal, scope) & needed) >>> 0 === needed;
  }
}

/** What a Graph write needs, by what it does. */
export type WriteKind = 'add' | 'edit' | 'delete' | 'manage';
const NEEDED: Record<WriteKind, number> = {
  add: PERMISSION.addListItems,
  edit: PERMISSION.editListItems,
  delete: PERMISSION.deleteListItems,
  manage: PERMISSION.manageLists,
};

/**
 * Refuses a write the principal may not make, as SharePoint does through Graph:
 * 403 `accessDenied`, "Access denied". Nothing is written.
 */
export function assertMayWrite(
  store: Store,
  site: SiteRecord,
  principal: Principal | undefined,
  list: ListRecord | undefined,
  kind: WriteKind,
): void {
  if (!principal || principal.kind === 'admin') return;
  const security = new SiteSecurity(store, site);
  if (!security.enforced()) return;
  if (!security.may(principal, security.effectiveScope(list), NEEDED[kind]))
    throw new GraphError(403, 'accessDenied', 'Access denied');
}

/**
 * May the principal see the list and its items (View Items)? SharePoint trims what a person
 * cannot see: such a list is left out of the site's lists, and reading it by id is refused
 * with 403 `accessDenied` (`assertMayView`). Open to all on a site not yet enforced.
 */
export function mayView(
  store: Store,
  site: SiteRecord,
  principal: Principal | undefined,
  list: ListRecord,
): boolean {
  if (!principal || principal.kind === 'admin') return true;
  const security = new SiteSecurity(store, site);
  if (!security.enforced()) return true;
  return security.may(principal, security.effectiveScope(list), PERMISSION.viewListItems);
}

export function assertMayView(
  store: Store,
  site: SiteRecord,
  principal: Principal | undefined,
  list: ListRecord,
): void {
  if (!mayView(store, site, principal, list))
    throw new GraphError(403, 'accessDenied', 'Access denied');
}

/** Makes the security tables, once per database (at start, outside any transaction). */
export function createSecuritySchema(store: Store): void {
  ensureSchema(store);
}
