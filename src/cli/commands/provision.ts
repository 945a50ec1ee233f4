import { commonOptions, parseCommandArgs, UsageError, type CommandIo } from '../command';
import { createGraphClient } from '../../data/graph/client';
import { GraphRequestError } from '../../data/graph/errors';
import { provisionSite } from '../../data/provision/provisionSite';
import {
  applyPermissionPlan,
  describePermissionPlan,
  permissionPlan,
  type PermissionChange,
} from '../../data/provision/permissionPlan';
import { defaultRoleGroups } from '../../data/lists/siteRoles';
import { createSharePointRest, SharePointRestError } from '../../data/sharepoint/restClient';
import { siteRestWebUrl } from '../../data/sharepoint/webUrl';

export const summary =
  'create or update every list, column and index the app needs (idempotent): [--graph URL] [--site ID]';

const USAGE = `usage: feedback-desk provision [--graph URL] [--site ID] [--format json|text]
       [--apply-permissions] [--sharepoint URL] [--officers-group NAME] [--managers-group NAME] [--heads-group NAME]
Creates the Feedback Desk lists, columns and indexes in the site, or adds what is missing.
Running it again changes nothing. A bearer token for a tenant is read from FEEDBACK_DESK_TOKEN.
Graph cannot set SharePoint permissions: without --apply-permissions the groups and list
permissions the app needs are printed on stderr for an administrator to make; with it they are
made through SharePoint's REST API at --sharepoint (default: the site's address from Graph),
with a SharePoint token of a site owner from FEEDBACK_DESK_SHAREPOINT_TOKEN.
Group names default to "Complaints officers", "Complaints managers", "Heads of service".
Prints JSON: {"siteId","lists":{name:id},"changes":[{"list","action","column","detail"}],
"permissions":{"plan":{"groups","lists"},"applied":[{"action","target","detail"}]|null}}.`;

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    ...commonOptions,
    'apply-permissions': { type: 'boolean', default: false },
    sharepoint: { type: 'string' },
    'officers-group': { type: 'string', default: defaultRoleGroups.officers },
    'managers-group': { type: 'string', default: defaultRoleGroups.managers },
    'heads-group': { type: 'string', default: defaultRoleGroups.headsOfService },
  });
  const groups = {
    officers: values['officers-group'].trim(),
    managers: values['managers-group'].trim(),
    headsOfService: values['heads-group'].trim(),
  };
  if (Object.values(groups).some((name) => name === ''))
    throw new UsageError('group names must not be empty');
  if (new Set(Object.values(groups).map((n) => n.toLowerCase())).size !== 3)
    throw new UsageError('the three groups need three different names');
  if (values.help) {
    io.stderr(USAGE);
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError('--format must be json or text');
  const client = cliGraphClient(values.graph);
  const guide = io.guide ?? io.stderr;
  try {
    const report = await provisionSite(client, values.site, (line) => io.stderr(line));
    const plan = permissionPlan(groups);
    let applied: PermissionChange[] | null = null;
    if (values['apply-permissions']) {
      const webUrl = values.sharepoint ?? (await siteRestWebUrl(client, values.graph, values.site));
      const token = process.env.FEEDBACK_DESK_SHAREPOINT_TOKEN;
      const rest = createSharePointRest({
        webUrl,
        ...(token ? { getAccessToken: () => Promise.resolve(token) } : {}),
      });
      try {
        applied = await applyPermissionPlan(rest, plan, (line) => guide(line));
      } catch (error) {
        if (!(error instanceof SharePointRestError)) throw error;
        io.stderr(
          `feedback-desk provision: the lists are in place, but SharePoint refused the permissions (${error.status}: ${error.message}). ${
            error.status === 401 || error.status === 403
              ? 'Run it as an owner of the site, with FEEDBACK_DESK_SHAREPOINT_TOKEN set, or make them by hand as printed without --apply-permissions.'
              : ''
          }`.trim(),
        );
        return 1;
      }
    } else guide(describePermissionPlan(plan, values.sharepoint));
    const output = { ...report, permissions: { plan, applied } };
    if (values.format === 'json') io.stdout(JSON.stringify(output));
    else
      io.stdout(
        report.changes.length === 0
          ? `Nothing to change: ${Object.keys(report.lists).length} lists already provisioned.`
          : `${report.changes.length} changes made.`,
      );
    io.stderr(
      report.changes.length === 0
        ? 'provision: everything was already in place'
        : `provision: ${report.changes.length} change(s)`,
    );
    return 0;
  } catch (error) {
    if (error instanceof GraphRequestError) {
      io.stderr(`feedback-desk provision: ${describeGraphFailure(error, values.graph)}`);
      return 1;
    }
    throw error;
  }
}

/** A Graph client for the command line: the token (tenants only) comes from the environment. */
export function cliGraphClient(graph: string) {
  try {
    new URL(graph);
  } catch {
    throw new UsageError(
      `--graph must be a URL such as http://127.0.0.1:4321/v1.0 (got "${graph}")`,
    );
  }
  const token = process.env.FEEDBACK_DESK_TOKEN;
  return createGraphClient({
    baseUrl: graph,
    organisation: process.env.FEEDBACK_DESK_ORGANISATION ?? 'Council',
    ...(token ? { getAccessToken: () => Promise.resolve(token) } : {}),
  });
}

/** One line: what failed and what to check. */
export function describeGraphFailure(error: GraphRequestError, graph: string): string {
  if (error.status === 0)
    return `no answer from ${graph} (${error.code}): is the emulator running (npm run emulator) or the URL right?`;
  return `Graph answered ${error.status} ${error.code}: ${error.message}`;
}
