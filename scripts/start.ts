import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOutput } from '../src/cli/output';
import { createLogger } from '../src/log/logger';
import { demoUsers } from '../src/data/seed/demoPeople';
import { startDemoStack, type DemoStack } from './demo-stack';

/**
 * `npm start`: builds the pages when `dist/` is missing or older than the sources, starts the
 * emulator on 127.0.0.1:4321 (data kept in `.data/`), provisions and — first time only —
 * seeds, serves the pages on port 3000 (or the next free one) and prints where everything is.
 * Ctrl-C stops it all; the next start finds the same data. FD_EMULATOR_PORT, FD_WEB_PORT and
 * FD_NO_BUILD=1 (serve dist/ as it is) change the defaults.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
/** Progress and problems; the banner with the addresses is the command's output. */
const log = createLogger({ scope: 'npm start' });
log.names.add(demoUsers.map((person) => person.name));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
  const page = path.join(root, 'dist', 'workbench.html');
  // FD_NO_BUILD=1: serve dist/ as it is (e.g. while editing sources you build yourself).
  if (process.env.FD_NO_BUILD === '1' && existsSync(page)) return;
  const sources = Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'assets')),
    statSync(path.join(root, 'webpack.config.ts')).mtimeMs,
  );
  if (existsSync(page) && statSync(page).mtimeMs >= sources) return;
  log.info(
    existsSync(page)
      ? 'The sources changed: rebuilding the pages…'
      : 'Building the pages (first run)…',
  );
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    log.error(
      'the build failed (see above). Fix it, or run "npm run build" to see the errors again.',
    );
    process.exit(1);
  }
}

async function startOnFreeWebPort(emulatorPort: number, firstWebPort: number): Promise<DemoStack> {
  for (let port = firstWebPort; port < firstWebPort + 20; port += 1) {
    try {
      return await startDemoStack({
        dataDir: path.join(root, '.data'),
        emulatorPort,
        webPort: port,
        log: (line) => log.info(line),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = error instanceof Error ? error.message : String(error);
      if (code === 'EADDRINUSE' && message.includes(`:${emulatorPort}`)) {
        log.error(
          `port ${emulatorPort} is in use — is another "npm start" or emulator running? Stop it, or set FD_EMULATOR_PORT.`,
        );
        process.exit(1);
      }
      if (code !== 'EADDRINUSE') throw error;
    }
  }
  log.error(`no free web port from ${firstWebPort}; set FD_WEB_PORT.`);
  process.exit(1);
}

async function main(): Promise<void> {
  buildIfStale();
  const stack = await startOnFreeWebPort(
    Number(process.env.FD_EMULATOR_PORT ?? 4321),
    Number(process.env.FD_WEB_PORT ?? 3000),
  );
  writeOutput(`
Feedback Desk is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):
  Workbench (demo inbox + triage pane): ${stack.webUrl}workbench.html
  Teams tab:                           ${stack.webUrl}tab.html
  Graph emulator:                      ${stack.emulatorUrl}  (Graph base URL ${stack.graphUrl})
Data is kept in .data/. Press Ctrl-C to stop.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info('Stopping…');
    await stack.close();
    log.info('Stopped. The data is in .data/ for next time.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
