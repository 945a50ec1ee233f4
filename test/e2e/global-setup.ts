import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Playwright's global setup: the demo stack (`scripts/demo-stack.ts`) on random ports with a
 * fresh data folder and a small seed (fast), serving the built pages from `dist/`
 * (`npm run test:e2e` builds first). The specs read FD_WEB_URL (the pages' folder, ending in
 * `/`), FD_EMULATOR_URL and FD_GRAPH_URL. The stack runs in a child process under tsx: the
 * app's sources use import forms Playwright's own loader does not take (JSON modules).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fd-e2e-'));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'scripts/demo-stack-process.ts'),
      '--data',
      dataDir,
      '--seed-cases',
      process.env.FD_E2E_SEED_CASES ?? '60',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const urls = await new Promise<{ webUrl: string; emulatorUrl: string; graphUrl: string }>(
    (resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(
        () => reject(new Error(`demo stack not ready in 120 s:\n${stderr}`)),
        120_000,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const line = /^FD_STACK (.+)$/m.exec(stdout);
        if (line) {
          clearTimeout(timer);
          resolve(
            JSON.parse(line[1]!) as { webUrl: string; emulatorUrl: string; graphUrl: string },
          );
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`demo stack exited (${code}) before it was ready:\n${stderr}`));
      });
    },
  );
  process.env.FD_WEB_URL = urls.webUrl;
  process.env.FD_EMULATOR_URL = urls.emulatorUrl;
  process.env.FD_GRAPH_URL = urls.graphUrl;
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
