import type { Store } from '../store/store';
import { listsOfSite, type ListRecord } from '../store/lists';
import { siteByPath } from '../store/sites';
import { GraphError } from '../graph/errors';
import { PERMISSION, SiteSecurity, type RoleDefinition, type SitePrincipal } from './permissions';
import type { Directory, Principal } from './principal';
import { ADMIN_IDENTITY } from './principal';

/**
 * The part of SharePoint's REST API (`{site}/_api/web/…`) that sets up and reads site groups
 * and list permissions — what Graph cannot do. Answers as SharePoint does with
 * `Accept: application/json;odata=nometadata`: an object, or `{ value: [...] }` for a
 * collection. Endpoints:
 *
 * - `GET web/currentuser`, `GET web/currentuser/groups`, `GET web/siteusers`
 * - `GET|POST web/sitegroups` (`{"Title","Description"}`), `GET web/sitegroups/getbyname('T')`,
 *   `GET|POST web/sitegroups/getbyname('T')/users` (`{"LoginName":"i:0#.f|membership|upn"}`),
 *   `POST web/sitegroups/getbyname('T')/users/removebyloginname(@v)?@v='…'`
 * - `GET web/associatedownergroup`, `POST web/ensureuser` (`{"logonName"}`)
 * - `GET|POST web/roledefinitions` (`{"Name","Description","Order","BasePermissions":{"Low","High"}}`)
 * - `GET web/lists/getbytitle('T')`, `POST …/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`,
 *   `POST …/resetroleinheritance`, `GET …/roleassignments`,
 *   `POST …/roleassignments/addroleassignment(principalid=N,roledefid=M)` and `removeroleassignment(…)`
 *
 * Reading needs a signed-in person; changing groups or permissions needs Full Control of the
 * site (its owners, or the emulator's admin), else 403 as SharePoint answers it.
 */

export interface RestRequest {
  readonly method: string;
  /** e.g. `/_api/web/sitegroups` or `/sites/complaints/_api/web/currentuser/groups` */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: Buffer;
  readonly principal: Principal;
}

export interface RestResponse {
  readonly status: number;
  readonly body?: unknown;
}

/** SharePoint REST's error body. */
export function restError(status: number, code: string, message: string): RestResponse {
  return { status, body: { 'odata.error': { code, message: { lang: 'en-US', value: message } } } };
}

const accessDenied = () =>
  new GraphError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );

/** `/sites/complaints/_api/web/x` → `{ sitePath: '/sites/complaints', rest: 'web/x' }`. */
export function splitRestPath(path: string): { sitePath: string; rest: string } | undefined {
  const match = /^(\/(?:sites|teams)\/[^/]+)?\/_api\/(.*)$/i.exec(path);
  if (!match) return undefined;
  return { sitePath: match[1] ?? '/', rest: decodeURIComponent(match[2] ?? '') };
}

const groupJson = (g: SitePrincipal) => ({
  Id: g.id,
  Title: g.title,
  LoginName: g.login,
  Description: g.description,
  PrincipalType: 8,
});
const userJson = (u: SitePrincipal) => ({
  Id: u.id,
  Title: u.title,
  Email: u.email,
  LoginName: u.login,
  UserPrincipalName: u.email,
  PrincipalType: 1,
  IsSiteAdmin: false,
});
const principalJson = (p: SitePrincipal) => (p.kind === 'group' ? groupJson(p) : userJson(p));
const roleJson = (r: RoleDefinition) => ({
  Id: r.id,
  Name: r.name,
  Description: r.description,
  Order: r.order,
  RoleTypeKind: r.kind,
  Hidden: false,
  BasePermissions: { Low: String(r.low), High: String(r.high) },
});

/** `'Heads of service'` from `getbyname('Heads of service')` (quotes doubled inside). */
const quoted = (text: string) => text.replace(/''/g, "'");

function parseJson(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new GraphError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    'The request body is not valid JSON.',
  );
}

const stringField = (body: Record<string, unknown>, name: string): string => {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new GraphError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The property '${name}' is required.`,
    );
  return value.trim();
};

const notFound = (what: string) =>
  new GraphError(404, '-2146232832, Microsoft.SharePoint.SPException', `${what} cannot be found.`);

/** Answers one SharePoint REST request. */
export function handleSharePointRest(
  store: Store,
  directory: Directory,
  req: RestRequest,
): RestResponse {
  try {
    return route(store, directory, req);
  } catch (error) {
    if (error instanceof GraphError) return restError(error.status, error.code, error.message);
    throw error;
  }
}

function route(store: Store, directory: Directory, req: RestRequest): RestResponse {
  const split = splitRestPath(req.path);
  const site = split && siteByPath(store, split.sitePath);
  if (!split || !site) throw notFound('The site');
  const security = new SiteSecurity(store, site);
  const rest = split.rest.replace(/\/$/, '');
  const { method, principal } = req;
  const ok = (body: unknown): RestResponse => ({ status: 200, body });
  const list = (items: unknown[]) => ok({ value: items });
  const mustManage = () => {
    if (!security.may(principal, { kind: 'web' }, PERMISSION.managePermissions))
      throw accessDenied();
  };
  const me = principal.kind === 'user' ? security.userOf(principal.upn) : undefined;
  const ensureSelf = () =>
    principal.kind === 'user'
      ? (me ?? store.transaction(() => security.ensureUser(principal.upn, principal.displayName)))
      : undefined;

  if (method === 'GET' && rest === 'web/currentuser') {
    if (principal.kind === 'admin')
      return ok({
        Id: 1,
        Title: ADMIN_IDENTITY.displayName,
        Email: ADMIN_IDENTITY.email,
        LoginName: 'i:0#.w|emulator\\admin',
        UserPrincipalName: ADMIN_IDENTITY.email,
        PrincipalType: 1,
        IsSiteAdmin: true,
      });
    return ok(userJson(ensureSelf()!));
  }
  if (method === 'GET' && rest === 'web/currentuser/groups')
    return list(me ? security.groupsOf(me.id).map(groupJson) : []);
  if (method === 'GET' && rest === 'web/siteusers')
    return list(security.principals('user').map(userJson));
  if (method === 'GET' && rest === 'web/associatedownergroup')
    return ok(groupJson(security.ownersGroup()));
  if (rest === 'web/sitegroups') {
    if (method === 'GET') return list(security.principals('group').map(groupJson));
    if (method === 'POST') {
      mustManage();
      const body = parseJson(req.body);
      const description = typeof body.Description === 'string' ? body.Description : '';
      const group = store.transaction(() =>
        security.createGroup(stringField(body, 'Title'), description),
      );
      return { status: 201, body: groupJson(group) };
    }
  }
  if (method === 'POST' && rest === 'web/ensureuser') {
    mustManage();
    const person = personOf(directory, stringField(parseJson(req.body), 'logonName'));
    return ok(
      userJson(store.transaction(() => security.ensureUser(person.upn, person.displayName))),
    );
  }
  const group =
    /^web\/sitegroups(?:\/getbyname\('((?:[^']|'')*)'\)|\/getbyid\((\d+)\)|\((\d+)\))(\/users(?:\/removebyloginname\(@v\))?)?$/i.exec(
      rest,
    );
  if (group) {
    const found =
      group[1] !== undefined
        ? security.groupByName(quoted(group[1]))
        : security.principal(Number(group[2] ?? group[3]));
    if (!found || found.kind !== 'group') throw notFound('Group');
    const users = group[4];
    if (!users && method === 'GET') return ok(groupJson(found));
    if (users === '/users' && method === 'GET')
      return list(security.members(found.id).map(userJson));
    if (users === '/users' && method === 'POST') {
      mustManage();
      const person = personOf(directory, stringField(parseJson(req.body), 'LoginName'));
      const user = store.transaction(() => {
        const u = security.ensureUser(person.upn, person.displayName);
        security.addMember(found.id, u.id);
        return u;
      });
      return { status: 201, body: userJson(user) };
    }
    if (users && /removebyloginname/i.test(users) && method === 'POST') {
      mustManage();
      const login = (req.query.get('@v') ?? '').replace(/^'|'$/g, '');
      const person = personOf(directory, login);
      const user = security.userOf(person.upn);
      if (user) security.removeMember(found.id, user.id);
      return { status: 200, body: {} };
    }
  }
  if (rest === 'web/roledefinitions') {
    if (method === 'GET') return list(security.roles().map(roleJson));
    if (method === 'POST') {
      mustManage();
      const body = parseJson(req.body);
      const base = (body.BasePermissions ?? {}) as { Low?: unknown; High?: unknown };
      const order = typeof body.Order === 'number' ? body.Order : 1000;
      const role = store.transaction(() =>
        security.createRole(
          stringField(body, 'Name'),
          typeof body.Description === 'string' ? body.Description : '',
          Number(base.Low ?? 0),
          Number(base.High ?? 0),
          order,
        ),
      );
      return { status: 201, body: roleJson(role) };
    }
  }
  const onList = /^web\/lists\/getbytitle\('((?:[^']|'')*)'\)(?:\/(.*))?$/i.exec(rest);
  if (onList) {
    const title = quoted(onList[1] ?? '');
    const target = listsOfSite(store, site.siteGuid).find(
      (l) => l.displayName.toLowerCase() === title.toLowerCase(),
    );
    if (!target) throw notFound(`List '${title}'`);
    return listRoute(store, security, target, onList[2] ?? '', method, mustManage);
  }
  throw new GraphError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The emulator does not serve ${method} _api/${rest}.`,
  );
}

function listRoute(
  store: Store,
  security: SiteSecurity,
  target: ListRecord,
  rest: string,
  method: string,
  mustManage: () => void,
): RestResponse {
  if (rest === '' && method === 'GET')
    return {
      status: 200,
      body: {
        Id: target.id,
        Title: target.displayName,
        HasUniqueRoleAssignments: security.hasUniqueAssignments(target),
      },
    };
  if (rest === 'roleassignments' && method === 'GET') {
    const scope = security.effectiveScope(target);
    return {
      status: 200,
      body: {
        value: security.assignments(scope).map((a) => {
          const member = security.principal(a.principalId);
          const role = security.role(a.roleId);
          return {
            PrincipalId: a.principalId,
            Member: member ? principalJson(member) : { Id: a.principalId },
            RoleDefinitionBindings: role ? [roleJson(role)] : [],
          };
        }),
      },
    };
  }
  if (method !== 'POST') throw notFound(`_api/…/${rest}`);
  const breaking =
    /^breakroleinheritance\(copyroleassignments=(true|false)(?:,clearsubscopes=(?:true|false))?\)$/i.exec(
      rest,
    );
  if (breaking) {
    mustManage();
    store.transaction(() =>
      security.breakInheritance(target, breaking[1]?.toLowerCase() === 'true'),
    );
    return { status: 200, body: {} };
  }
  if (/^resetroleinheritance$/i.test(rest)) {
    mustManage();
    store.transaction(() => security.resetInheritance(target));
    return { status: 200, body: {} };
  }
  const assignment =
    /^roleassignments\/(add|remove)roleassignment\(principalid=(\d+),roledefid=(\d+)\)$/i.exec(
      rest,
    );
  if (assignment) {
    mustManage();
    const [principalId, roleId] = [Number(assignment[2]), Number(assignment[3])];
    store.transaction(() =>
      assignment[1]?.toLowerCase() === 'add'
        ? security.addAssignment(target, principalId, roleId)
        : security.removeAssignment(target, principalId, roleId),
    );
    return { status: 200, body: {} };
  }
  throw notFound(`_api/…/${rest}`);
}

/** The directory's person for a login (`i:0#.f|membership|upn`) or a plain sign-in name. */
function personOf(directory: Directory, login: string) {
  const upn = login.split('|').pop() ?? login;
  const person = directory.find(upn);
  if (!person)
    throw new GraphError(
      404,
      '-2146232832, Microsoft.SharePoint.SPException',
      `The user does not exist or is not unique. (${upn} is not in the emulator's directory.)`,
    );
  return person;
}
