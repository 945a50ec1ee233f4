/**
 * `npm run emulator -- --port 4321 --data .data/emulator [--threshold 5000] [--time-zone Europe/London] [--strict]
 *   [--latency sharepoint] [--allow-origin https://demo.example.org]… [--directory people.json]`
 * Runs the Graph emulator alone until SIGINT/SIGTERM, then closes the database cleanly.
 * `--strict` (`npm run emulator:strict`): HTTPS, bearer tokens from POST /_dev/token; prints
 * the certificate to trust. `--latency sharepoint`: answers at SharePoint Online's speed
 * (emulator/latency.ts, docs/performance.md); off by default and in tests. Browsers may call it
 * from pages on this machine only, plus each `--allow-origin` (emulator/http/cors.ts).
 */
import { parseArgs } from 'node:util';
import { startEmulator } from './server';
import { loadDirectoryFile, type Directory } from './security/principal';
import { latencyModelNamed } from './latency';
import { emulatorLog } from './log';

function fail(message: string): never {
  emulatorLog.error(message);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.data/emulator' },
      threshold: { type: 'string' },
      'time-zone': { type: 'string', default: 'Europe/London' },
      strict: { type: 'boolean', default: false },
      directory: { type: 'string' },
      latency: { type: 'string', default: 'off' },
      'allow-origin': { type: 'string', multiple: true, default: [] },
    },
    strict: true,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, not '${values.port}'`);
const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
if (threshold !== undefined && !(Number.isInteger(threshold) && threshold >= 0))
  fail('--threshold must be a whole number');
const latencyChoice = latencyModelNamed(values.latency);
if (!latencyChoice.ok) fail(latencyChoice.message);
const latency = latencyChoice.model;

// The people tokens and the plain emulator's user header may name (a JSON file; the demo's
// is src/data/seed/demoDirectory.json). Read as data: the emulator imports nothing of the app.
let directory: Directory | undefined;
try {
  directory = values.directory ? loadDirectoryFile(values.directory) : undefined;
} catch (error) {
  fail(`--directory: ${error instanceof Error ? error.message : String(error)}`);
}
// Loaded only when asked for: the plain emulator needs no certificates or token checks.
const strict = values.strict
  ? (await import('./strict/strictMode')).createStrictMode({
      dataDir: values.data,
      ...(directory ? { directory } : {}),
    })
  : undefined;
const emulator = await startEmulator({
  port,
  host: values.host,
  dataDir: values.data,
  ...(threshold === undefined ? {} : { largeListThreshold: threshold }),
  ...(directory ? { directory } : {}),
  timeZone: values['time-zone'],
  ...(latency ? { latency } : {}),
  allowedOrigins: values['allow-origin'],
  ...strict?.options,
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

emulatorLog.info(
  `Graph emulator${strict ? ' (strict)' : ''}${!latency ? '' : ` at SharePoint speed (${latency.baseMs} ms + ${latency.perItemMs} ms an item, ${latency.concurrency} at once)`} listening on ${emulator.url} (Graph base URL ${emulator.graphUrl}, data in ${values.data})`,
);
if (strict) {
  emulatorLog.info(
    `Tokens: POST ${emulator.url}/_dev/token; switches: ${emulator.url}/_dev/auth; certificate: ${strict.certPath}`,
  );
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  emulatorLog.info(`${signal}, closing`);
  emulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      emulatorLog.error('closing failed', error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
