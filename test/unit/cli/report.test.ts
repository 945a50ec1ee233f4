import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

async function run(...argv: string[]) {
  let stderr = '';
  const code = await main(['report', ...argv], { stdout: () => {}, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

describe('feedback-desk report: bad arguments get one line and exit 2', () => {
  it.each([
    [[], '--year is required, e.g. --year 2024-25'],
    [
      ['--year', '2024-26', '--procedure', 'all'],
      'the two years of a financial year follow each other',
    ],
    [['--year', '2024', '--procedure', 'all'], 'a financial year is written like 2024-25'],
    [
      ['--year', '2024-25'],
      '--procedure must be one of children_statutory, adults_statutory, corporate, all',
    ],
    [
      ['--year', '2024-25', '--procedure', 'all', '--format', 'pdf'],
      '--format must be json, md or docx',
    ],
    [['--year', '2024-25', '--procedure', 'all', '--graph', 'not a url'], '--graph must be a URL'],
  ])('%j', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says plainly when nothing answers at --graph', async () => {
    const { code, stderr } = await run(
      '--year',
      '2024-25',
      '--procedure',
      'all',
      '--graph',
      'http://127.0.0.1:9/v1.0',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/no answer from http:\/\/127\.0\.0\.1:9\/v1\.0/);
  });
});
