/**
 * `npm run emulator:strict -- --port 4321 --data .data/emulator`
 * The Graph emulator in strict mode (HTTPS, bearer tokens from POST /_dev/token). Prints the
 * URL and the certificate to trust; stops cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from '../server';
import { createStrictMode } from './strictMode';

function fail(message: string): never {
  console.error(`emulator: ${message}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.data/emulator' },
      // Accepted for symmetry with `npm run emulator -- --strict`; this entry is always strict.
      strict: { type: 'boolean', default: true },
    },
    strict: true,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, not '${values.port}'`);

const strict = createStrictMode({ dataDir: values.data });
const emulator = await startEmulator({
  port,
  host: values.host,
  dataDir: values.data,
  ...strict.options,
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

console.log(
  `Graph emulator (strict) listening on ${emulator.url} (Graph base URL ${emulator.graphUrl}, data in ${values.data})`,
);
console.log(
  `Tokens: POST ${emulator.url}/_dev/token; switches: ${emulator.url}/_dev/auth; certificate: ${strict.certPath}`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.error(`emulator: ${signal}, closing`);
  emulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
