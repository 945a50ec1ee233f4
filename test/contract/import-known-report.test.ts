import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
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

describe('import a hand-worked history, then report on it through Graph', () => {
  it('imports every row of every file', async () => {
    const { code, stdout, stderr } = await cli('import', join(work, 'files'));
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      imported: { cases: 36, stages: 36, ombudsman: 6, costs: 12, actions: 6, demand: 4 },
      updated: { cases: 0, stages: 0, ombudsman: 0, costs: 0, actions: 0, demand: 0 },
      resumed: { cases: 0, stages: 0, ombudsman: 0, costs: 0, actions: 0, demand: 0 },
      errors: [],
    });
    expect(stderr).toMatch(/import \[#+\] 100% 100\/100/);
  });

  it('updates rather than duplicates when the same files are imported again', async () => {
    const { code, stdout } = await cli('import', join(work, 'files'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      imported: { cases: 0, stages: 0, ombudsman: 0, costs: 0, actions: 0, demand: 0 },
      updated: { cases: 36, stages: 36, ombudsman: 6, costs: 12, actions: 6, demand: 4 },
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

  it('writes a Word document that LibreOffice opens, whose tables match the JSON', async () => {
    const out = join(work, 'report.docx');
    const { code } = await cli(
      'report',
      '--year',
      '2025-26',
      '--procedure',
      'children_statutory',
      '--format',
      'docx',
      '--out',
      out,
    );
    expect(code).toBe(0);
    await expectLibreOfficeOpens(out);
    const tables = await docxTables(out);
    const report = expected('expected-children_statutory-2025-26.json') as ExpectedReport;
    const s1 = report.resolved.stage1;
    const p1 = report.previous.resolved.stage1;
    expect(rowOf(tables, 'Within 10 working days')).toEqual([
      'Within 10 working days',
      `${s1.within10}`,
      `${p1.within10}`,
    ]);
    expect(rowOf(tables, 'Within 20 working days (including those within 10)').slice(1)).toEqual([
      `${s1.within20}`,
      `${p1.within20}`,
    ]);
    expect(rowOf(tables, 'More than 20 working days').slice(1)).toEqual([
      `${s1.over20}`,
      `${p1.over20}`,
    ]);
    expect(rowOf(tables, 'Within 10 working days (%)').slice(1)).toEqual(['64.3', '66.7']);
    expect(rowOf(tables, 'Complaints').slice(1)).toEqual(['16', '5']);
    expect(rowOf(tables, 'Stage 2 requests').slice(1)).toEqual(['4', '1']);
    expect(rowOf(tables, 'Parent').slice(1)).toEqual(['7', '4']);
    expect(rowOf(tables, 'Partly upheld').slice(1)).toEqual(['4', '0']);
    expect(rowOf(tables, 'Communication').slice(1)).toEqual(['6', '1']);
    expect(rowOf(tables, 'Investigated: upheld').slice(1)).toEqual(['2', '0']);
    expect(rowOf(tables, 'Remedy payments').slice(1)).toEqual(['£750.50', '£0.00']);
    expect(rowOf(tables, 'Total')).toEqual(['Total', '£1,800.25', '£2,400.50', '£3,450.75']);
    expect(rowOf(tables, 'Referrals').slice(1)).toEqual(['4,000', '3,500']);
    // Every numeric cell of the "Feedback received" table is the JSON figure.
    const volumes = tables.find((t) => t[0]?.[0] === 'Received');
    expect(volumes?.slice(1).map((row) => row.slice(1).map(Number))).toEqual(
      [
        [
          'complaints',
          'earlyResolution',
          'stage1',
          'stage2',
          'stage3',
          'compliments',
          'mpEnquiries',
          'comments',
        ].map((key) => [report.received[key], report.previous.received[key]]),
      ].flat(),
    );
  }, 120_000);
});

interface ExpectedReport {
  received: Record<string, number>;
  resolved: { stage1: Record<string, number> };
  previous: { received: Record<string, number>; resolved: { stage1: Record<string, number> } };
}

const execFileAsync = promisify(execFile);

/** Fails (never skips) when LibreOffice is missing: CI must install libreoffice-writer. */
async function expectLibreOfficeOpens(docx: string): Promise<void> {
  const binary = ['/usr/bin/libreoffice', '/usr/bin/soffice', '/usr/local/bin/libreoffice'].find(
    existsSync,
  );
  if (binary === undefined) {
    throw new Error(
      'LibreOffice is not installed: this test converts the Word report to PDF to prove it opens. Install it with "apt-get install -y libreoffice-writer-nogui".',
    );
  }
  const outdir = join(work, 'pdf');
  const profile = `file://${join(work, 'lo-profile')}`;
  await execFileAsync(
    binary,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outdir,
      docx,
    ],
    {
      timeout: 90_000,
    },
  );
  const pdf = readFileSync(join(outdir, 'report.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
}

/** The tables of word/document.xml as rows of cell texts (nested chart tables left out). */
async function docxTables(path: string): Promise<string[][][]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const tables: string[][][] = [];
  for (const tableXml of topLevelTables(xml)) {
    const rows = [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) =>
        [...cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
          .map((t) => decode(t[1] ?? ''))
          .join(''),
      ),
    );
    tables.push(rows);
  }
  return tables;
}

/** Data tables only: the report's own tables have a header row; chart tables nest tables. */
function topLevelTables(xml: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (match[0] === '<w:tbl>') {
      if (depth === 0) start = match.index;
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) {
        const table = xml.slice(start, match.index + match[0].length);
        if (!table.slice(7).includes('<w:tbl>')) found.push(table);
      }
    }
  }
  return found;
}

function rowOf(tables: string[][][], label: string): string[] {
  for (const table of tables) {
    const row = table.find((cells) => cells[0] === label);
    if (row) return row;
  }
  throw new Error(`no table row "${label}" in the document`);
}

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
