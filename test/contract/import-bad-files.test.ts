import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { main } from '../../src/cli/main';
import { mulberry32, generateCasesCsv } from '../fixtures/import/generateHistory';

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

function filesDir(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** Items in the Cases list, read through Graph. */
async function caseCount(): Promise<number> {
  const lists = (await (
    await fetch(`${emulator.graphUrl}/sites/root/lists?$select=id,displayName`)
  ).json()) as {
    value: { id: string; displayName: string }[];
  };
  const id = lists.value.find((l) => l.displayName === 'Cases')?.id;
  let count = 0;
  let next: string | undefined =
    `${emulator.graphUrl}/sites/root/lists/${id}/items?$select=id&$top=5000`;
  while (next) {
    const page = (await (await fetch(next)).json()) as {
      value: unknown[];
      '@odata.nextLink'?: string;
    };
    count += page.value.length;
    next = page['@odata.nextLink'];
  }
  return count;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'import-bad-'));
  emulator = await startEmulator({ port: 0, dataDir: join(work, 'emulator') });
  expect((await cli('provision')).code).toBe(0);
});

afterAll(async () => {
  await emulator?.close();
  rmSync(work, { recursive: true, force: true });
});

const HEADER = 'reference,type,procedure,received,closed';
const GOOD = 'CSC-9,complaint,children_statutory,2025-06-02,2025-06-20';

describe('bad CSV files write nothing and say exactly what is wrong', () => {
  const cases: [string, Record<string, string | Buffer>, object][] = [
    [
      'missing columns',
      { 'cases.csv': `reference,type\nCSC-1,complaint\n` },
      { row: 1, column: 'procedure', message: 'missing column "procedure"' },
    ],
    [
      'a bad date',
      { 'cases.csv': `${HEADER}\n${GOOD}\nCSC-2,complaint,corporate,31/03/2025,\n` },
      { row: 3, column: 'received' },
    ],
    [
      'an unknown code',
      { 'cases.csv': `${HEADER}\n${GOOD}\nCSC-2,complaint,highways,2025-06-02,\n` },
      { row: 3, column: 'procedure' },
    ],
    [
      'a duplicate reference',
      { 'cases.csv': `${HEADER}\n${GOOD}\n${GOOD}\n` },
      { row: 3, column: 'reference', message: 'duplicate: reference CSC-9 is already on row 2' },
    ],
    [
      'a joint NHS complaint outside the adults procedure',
      {
        'cases.csv': `${HEADER},joint_with_nhs\n${GOOD},no\nCSC-2,complaint,children_statutory,2025-06-02,,yes\n`,
      },
      {
        row: 3,
        column: 'joint_with_nhs',
        message: 'only an adults_statutory complaint can be handled jointly with the NHS',
      },
    ],
    [
      'an agreed response date outside the adults procedure',
      {
        'cases.csv': `${HEADER},stage1_agreed_response\n${GOOD},\nCSC-2,complaint,children_statutory,2025-06-02,,2025-07-01\n`,
      },
      {
        row: 3,
        column: 'stage1_agreed_response',
        message:
          'only an adults_statutory complaint at Stage 1 has a response date agreed with the complainant',
      },
    ],
    [
      'a link to no case',
      {
        'cases.csv': `${HEADER}\n${GOOD}\n`,
        'costs.csv': 'date,type,amount,case_reference\n2025-06-03,redress,50,CSC-404\n',
      },
      { file: 'costs.csv', row: 2, column: 'case_reference' },
    ],
  ];
  for (const [what, files, error] of cases) {
    it(`${what}: exit 1, the row named, nothing written`, async () => {
      const { code, stdout } = await cli('import', filesDir(what.replace(/\W/g, '-'), files));
      expect(code).toBe(1);
      const output = JSON.parse(stdout) as { imported: Record<string, number>; errors: object[] };
      expect(output.errors).toContainEqual(
        expect.objectContaining({ file: 'cases.csv', ...error }),
      );
      expect(Object.values(output.imported).every((n) => n === 0)).toBe(true);
      expect(await caseCount()).toBe(0);
    });
  }

  it('a 10 MB file of garbage: a short list of errors, nothing written', async () => {
    const random = mulberry32(99);
    const bytes = Buffer.alloc(10 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(random() * 256);
    const { code, stdout } = await cli('import', filesDir('garbage', { 'cases.csv': bytes }));
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as { errors: { file: string; message: string }[] };
    expect(output.errors.length).toBeGreaterThan(0);
    expect(output.errors.length).toBeLessThanOrEqual(201);
    expect(output.errors.every((e) => e.file === 'cases.csv' && e.message.length < 600)).toBe(true);
    expect(await caseCount()).toBe(0);
  }, 60_000);

  it('--partial writes the good rows and lists the bad; --dry-run writes nothing', async () => {
    const dir = filesDir('partial', {
      'cases.csv': `${HEADER}\n${GOOD}\nCSC-2,complaint,corporate,2025-13-01,\n`,
    });
    const dry = await cli('import', dir, '--dry-run', '--partial');
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      imported: { cases: 1, stages: 1 },
    });
    expect(await caseCount()).toBe(0);
    const partial = await cli('import', dir, '--partial');
    expect(partial.code).toBe(1);
    expect(JSON.parse(partial.stdout)).toMatchObject({
      imported: { cases: 1, stages: 1 },
      errors: [{ row: 3, column: 'received' }],
    });
    expect(await caseCount()).toBe(1);
  });
});

describe('an interrupted import resumes without duplicates', () => {
  it('is killed part-way, then run again, and every case is there once', async () => {
    const before = await caseCount();
    const rows = 1500;
    const dir = filesDir('interrupted', { 'cases.csv': generateCasesCsv(rows, 5) });
    const bin = join(process.cwd(), 'bin', 'feedback-desk.mjs');
    // A real interruption: the command runs in its own process and is killed (SIGKILL) once
    // its progress bar shows part of the work done.
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [
        bin,
        'import',
        dir,
        '--graph',
        emulator.graphUrl,
        '--concurrency',
        '1',
      ]);
      let killed = false;
      child.stderr.on('data', (chunk: Buffer) => {
        if (!killed && /import \[#+\.+\] [1-9]\d%/.test(chunk.toString())) {
          killed = true;
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () =>
        killed
          ? resolve()
          : reject(new Error('the import finished before it could be interrupted')),
      );
    });
    const part = (await caseCount()) - before;
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(rows);
    const { code, stdout, stderr } = await cli('import', dir);
    expect(code, stdout).toBe(0);
    expect(stderr).toContain('resuming an interrupted import');
    const result = JSON.parse(stdout) as {
      resumed: { cases: number };
      imported: { cases: number };
      updated: { cases: number };
    };
    expect(result.resumed.cases).toBeGreaterThan(0);
    expect(result.resumed.cases + result.imported.cases + result.updated.cases).toBe(rows);
    expect((await caseCount()) - before).toBe(rows);
  }, 180_000);
});
