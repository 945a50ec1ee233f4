import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main';
import { shippedBankHolidays } from '../../../src/domain/calendar/shippedBankHolidays';

/** Runs `feedback-desk due …` in-process through the real command dispatcher. */
async function due(...args: string[]) {
  const out: string[] = [];
  const errors: string[] = [];
  const code = await main(['due', ...args], {
    stdout: (text) => out.push(text),
    stderr: (text) => errors.push(text),
  });
  return { code, stdout: out.join(''), stderr: errors.join('') };
}

describe('feedback-desk due', () => {
  it('prints the worked example of docs/domain.md', async () => {
    const result = await due(
      '--procedure',
      'children_statutory',
      '--event',
      'stage1_response',
      '--from',
      '2025-12-19',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({
      due: '2026-01-07',
      workingDays: 10,
      dueWeekday: 'Wednesday',
      procedure: 'children_statutory',
      event: 'stage1_response',
      from: '2025-12-19',
      clockStart: '2025-12-19',
      extended: false,
      paused: 0,
      nation: 'england-and-wales',
    });
  });

  it('applies --extended and --paused', async () => {
    const result = await due(
      '--procedure',
      'children_statutory',
      '--event',
      'stage1_response',
      '--from',
      '2025-12-19',
      '--extended',
      '--paused',
      '3',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      due: '2026-01-26',
      workingDays: 23,
      limit: 20,
      extended: true,
      paused: 3,
    });
  });

  it('starts the clock on the next working day after a weekend receipt', async () => {
    const result = await due(
      '--procedure',
      'compliment',
      '--event',
      'acknowledgement',
      '--from',
      '2025-12-20',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      clockStart: '2025-12-22',
      due: '2025-12-31',
      workingDays: 5,
    });
  });

  it('gives calendar months for the adults six-month letter', async () => {
    const result = await due(
      '--procedure',
      'adults_statutory',
      '--event',
      'six_month_letter',
      '--from',
      '2025-08-31',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      due: '2026-02-28',
      calendarMonths: 6,
      unit: 'calendar_months',
    });
  });

  it('uses the nation’s bank holidays', async () => {
    const args = ['--procedure', 'mp_enquiry', '--event', 'response', '--from', '2024-12-31'];
    expect(JSON.parse((await due(...args)).stdout).due).toBe('2025-01-15');
    expect(JSON.parse((await due(...args, '--nation', 'scotland')).stdout)).toMatchObject({
      due: '2025-01-16',
      nation: 'scotland',
    });
  });

  it('takes council closure days', async () => {
    const result = await due(
      '--procedure',
      'children_statutory',
      '--event',
      'stage1_response',
      '--from',
      '2025-12-19',
      '--closure',
      '2025-12-29',
      '--closure',
      '2025-12-30',
      '--closure',
      '2025-12-31',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      due: '2026-01-12',
      closureDays: ['2025-12-29', '2025-12-30', '2025-12-31'],
    });
  });

  it('takes a refreshed gov.uk feed from a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'due-'));
    const feed = structuredClone(shippedBankHolidays());
    feed['england-and-wales'].events.push({
      title: 'Extra day',
      date: '2025-12-22' as never,
      notes: '',
      bunting: true,
    });
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    const result = await due(
      '--procedure',
      'children_statutory',
      '--event',
      'stage1_response',
      '--from',
      '2025-12-19',
      '--bank-holidays',
      join(dir, 'feed.json'),
    );
    expect(JSON.parse(result.stdout)).toMatchObject({ due: '2026-01-08', bankHolidays: 'file' });

    writeFileSync(join(dir, 'bad.json'), '{"scotland":');
    const bad = await due(
      '--procedure',
      'mp_enquiry',
      '--event',
      'response',
      '--from',
      '2025-12-19',
      '--bank-holidays',
      join(dir, 'bad.json'),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not valid JSON');
  });

  describe('bad arguments: one line on stderr, exit 2, nothing on stdout', () => {
    it.each([
      [
        ['--procedure', 'corporate', '--event', 'stage3_panel', '--from', '2025-06-02'],
        'its events are stage1_acknowledgement, stage1_response, stage2_acknowledgement, stage2_response',
      ],
      [
        ['--procedure', 'housing', '--event', 'response', '--from', '2025-06-02'],
        'procedures are children_statutory',
      ],
      [
        ['--procedure', 'corporate', '--event', 'stage1_response', '--from', '2025-02-30'],
        'not a real date',
      ],
      [
        ['--procedure', 'corporate', '--event', 'stage1_response', '--from', '02/06/2025'],
        'YYYY-MM-DD',
      ],
      [['--procedure', 'corporate', '--event', 'stage1_response'], 'missing --from'],
      [
        ['--procedure', 'corporate', '--from', '2025-06-02'],
        'missing --event (for corporate: stage1_acknowledgement',
      ],
      [['--event', 'response', '--from', '2025-06-02'], 'missing --procedure'],
      [
        [
          '--procedure',
          'corporate',
          '--event',
          'stage1_response',
          '--from',
          '2025-06-02',
          '--paused=-2',
        ],
        '--paused must be a whole number',
      ],
      [
        [
          '--procedure',
          'corporate',
          '--event',
          'stage1_response',
          '--from',
          '2025-06-02',
          '--paused=1.5',
        ],
        '--paused must be a whole number',
      ],
      [
        [
          '--procedure',
          'corporate',
          '--event',
          'stage1_acknowledgement',
          '--from',
          '2025-06-02',
          '--extended',
        ],
        'has no extension',
      ],
      [
        [
          '--procedure',
          'corporate',
          '--event',
          'stage1_response',
          '--from',
          '2025-06-02',
          '--nation',
          'wales',
        ],
        'nations are england-and-wales',
      ],
      [
        ['--procedure', 'corporate', '--event', 'stage1_response', '--from', '1850-06-02'],
        'outside the supported years',
      ],
      [
        [
          '--procedure',
          'corporate',
          '--event',
          'stage1_response',
          '--from',
          '2025-06-02',
          '--format',
          'md',
        ],
        'due prints json or text',
      ],
      [
        [
          '--procedure',
          'corporate',
          '--event',
          'stage1_response',
          '--from',
          '2025-06-02',
          '--bogus',
        ],
        "'--bogus'",
      ],
    ])('%j', async (args, message) => {
      const result = await due(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  });

  it('writes the due date for a person with --format text, in the UK style', async () => {
    const base = ['--procedure', 'children_statutory', '--event', 'stage1_response'];
    const plain = await due(...base, '--from', '2025-12-19', '--format', 'text');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(
      'Stage 1 response: due Wednesday 7 January 2026, 10 working days from 19 December 2025.',
    );
    // A Saturday receipt: the clock starts on Monday 22 December (day 0).
    const weekend = await due(...base, '--from', '2025-12-20', '--format', 'text');
    expect(weekend.stdout).toBe(
      'Stage 1 response: due Thursday 8 January 2026, 10 working days from 22 December 2025.',
    );
    const longer = await due(
      ...base,
      '--from',
      '2025-12-19',
      '--extended',
      '--paused',
      '3',
      '--format',
      'text',
    );
    expect(longer.stdout).toBe(
      'Stage 1 response: due Monday 26 January 2026, 20 working days from 19 December 2025 (extended; 3 working days paused).',
    );
    expect(longer.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('prints its usage with --help', async () => {
    const result = await due('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--procedure');
  });
});

describe('npx feedback-desk due (the real binary)', () => {
  it('runs end to end through bin/feedback-desk.mjs', async () => {
    const bin = fileURLToPath(new URL('../../../bin/feedback-desk.mjs', import.meta.url));
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [
      bin,
      'due',
      '--procedure',
      'children_statutory',
      '--event',
      'stage1_response',
      '--from',
      '2025-12-19',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ due: '2026-01-07', workingDays: 10 });
    await expect(
      run(process.execPath, [
        bin,
        'due',
        '--procedure',
        'corporate',
        '--event',
        'nope',
        '--from',
        '2025-12-19',
      ]),
    ).rejects.toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('its events are'),
    });
  });
});
