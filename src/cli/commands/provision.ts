import { commonOptions, parseCommandArgs, UsageError, type CommandIo } from '../command';
import { createGraphClient } from '../../data/graph/client';
import { GraphRequestError } from '../../data/graph/errors';
import { provisionSite } from '../../data/provision/provisionSite';

export const summary =
  'create or update every list, column and index the app needs (idempotent): [--graph URL] [--site ID]';

const USAGE = `usage: feedback-desk provision [--graph URL] [--site ID] [--format json|text]
Creates the Feedback Desk lists, columns and indexes in the site, or adds what is missing.
Running it again changes nothing. A bearer token for a tenant is read from FEEDBACK_DESK_TOKEN.
Prints JSON: {"siteId","lists":{name:id},"changes":[{"list","action","column","detail"}]}.`;

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(argv, commonOptions);
  if (values.help) {
    io.stderr(USAGE);
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError('--format must be json or text');
  const client = cliGraphClient(values.graph);
  try {
    const report = await provisionSite(client, values.site, (line) => io.stderr(line));
    if (values.format === 'json') io.stdout(JSON.stringify(report));
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
