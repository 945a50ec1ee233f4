import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { startEmulator, type RunningEmulator } from '../../emulator/server';

const fixtures = new URL('../fixtures/import/known-report/', import.meta.url);
const expected = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));

let emulator: RunningEmulator;
let work: string;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--graph', emulator.graphUrl], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'known-report-'));
  emulator = await startEmulator({ port: 0, dataDir: join(work, 'emulator') });
  expect((await cli('provision')).code).toBe(0);
  // A copy, so the checkpoint file an import may leave never lands in the repository.
  cpSync(fixtures, join(work, 'files'), { recursive: true });
});

afterAll(async () => {
  await emulator?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The records in the files, by list: every row of every file, then none. */
const EVERY_ROW = {
  cases: 36,
  stages: 36,
  ombudsman: 6,
  costs: 12,
  actions: 6,
  demand: 4,
  refusals: 4,
  ombudsmanYears: 2,
  equality: 6,
};
const NO_ROW = Object.fromEntries(Object.keys(EVERY_ROW).map((kind) => [kind, 0]));

describe('import a hand-worked history, then report on it through Graph', () => {
  it('imports every row of every file', async () => {
    const { code, stdout, stderr } = await cli('import', join(work, 'files'));
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      imported: EVERY_ROW,
      updated: NO_ROW,
      resumed: NO_ROW,
      errors: [],
    });
    expect(stderr).toMatch(/import \[#+\] 100% 112\/112/);
  });

  it('updates rather than duplicates when the same files are imported again', async () => {
    const { code, stdout } = await cli('import', join(work, 'files'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      imported: NO_ROW,
      updated: EVERY_ROW,
    });
  });

  it('reports every figure of the children’s statutory report as worked out by hand', async () => {
    const { code, stdout, stderr } = await cli(
      'report',
      '--year',
      '2025-26',
      '--procedure',
      'children_statutory',
      '--format',
      'json',
    );
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected('expected-children_statutory-2025-26.json'));
  });

  it('reports the Complaint Handling Code figures for corporate complaints', async () => {
    const { stdout } = await cli('report', '--year', '2025-26', '--procedure', 'corporate');
    expect(JSON.parse(stdout).code).toEqual(expected('expected-corporate-code-2025-26.json'));
  });
});
