import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emulatorLog } from '../../emulator/log';
import { startEmulator } from '../../emulator/server';
import { newDataDir } from './harness';

/**
 * The emulator logs through the redacting logger, and knows the people of its directory: a
 * line that names one of them, in any case, does not carry the name.
 */
describe('the emulator’s log', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('redacts the names of its directory’s people and their contact details', async () => {
    const dataDir = newDataDir();
    dirs.push(dataDir);
    const emulator = await startEmulator({
      port: 0,
      dataDir,
      directory: [{ upn: 'kezia.dsouza@example.org', displayName: 'Kezia Dsouza' }],
    });
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      emulatorLog.error(
        'PATCH by KEZIA DSOUZA failed',
        new Error('kezia.dsouza@example.org, 07700 900418'),
      );
    } finally {
      await emulator.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error emulator: PATCH by \[name\] \[name\] failed /);
    expect(lines[0]!.toLowerCase()).not.toMatch(/kezia|dsouza|900418/);
  });
});
