import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoStack } from '../../scripts/demo-stack';

/**
 * Playwright's global setup: the demo stack on random ports with a fresh data folder and a
 * small seed (fast), built pages from `dist/` (`npm run test:e2e` builds first). The specs
 * read FD_WEB_URL (the pages' folder, ending in `/`), FD_EMULATOR_URL and FD_GRAPH_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fd-e2e-'));
  const stack = await startDemoStack({
    dataDir,
    seedCases: Number(process.env.FD_E2E_SEED_CASES ?? 60),
    seed: 'e2e',
  });
  process.env.FD_WEB_URL = stack.webUrl;
  process.env.FD_EMULATOR_URL = stack.emulatorUrl;
  process.env.FD_GRAPH_URL = stack.graphUrl;
  return async () => {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
