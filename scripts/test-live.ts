/**
 * `npm run test:live`: the contract checks that matter most, run against a real Microsoft 365
 * site instead of the emulator (test/live/, docs/contracts.md "The live suite"). It needs:
 *   FD_LIVE_GRAPH  Graph's base URL, e.g. https://graph.microsoft.com/v1.0
 *   FD_LIVE_SITE   the development site, e.g. contoso.sharepoint.com:/sites/feedback-dev
 *   FD_LIVE_TOKEN  a delegated token for Graph with Sites.Manage.All on that site
 * Without them it says what is missing and exits 2: it never passes without having run.
 */
import { spawnSync } from 'node:child_process';
import { createLogger, stderrSink } from '../src/log/logger';

const log = createLogger({ scope: 'test:live', sink: stderrSink });

const NEEDED = {
  FD_LIVE_GRAPH: "Graph's base URL, e.g. https://graph.microsoft.com/v1.0",
  FD_LIVE_SITE:
    'the development site, as host:/server-relative path, e.g. contoso.sharepoint.com:/sites/feedback-dev',
  FD_LIVE_TOKEN:
    'a bearer token for Graph (delegated, Sites.Manage.All on that site; e.g. from `az account get-access-token --resource https://graph.microsoft.com`)',
} as const;

const missing = Object.keys(NEEDED).filter((name) => !process.env[name]);
if (missing.length > 0) {
  log.error(
    [
      `did not run: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.`,
      'It runs the contract checks against a real SharePoint site (docs/contracts.md, "The live suite"). Set:',
      ...Object.entries(NEEDED).map(([name, what]) => `  ${name}  ${what}`),
      'It creates scratch lists named "FD live check …" on that site and deletes them afterwards.',
    ].join('\n'),
  );
  process.exit(2);
}
if (!/^https:\/\//.test(process.env.FD_LIVE_GRAPH ?? '')) {
  log.error('FD_LIVE_GRAPH must be an https URL (e.g. https://graph.microsoft.com/v1.0).');
  process.exit(2);
}
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.live.config.ts'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
