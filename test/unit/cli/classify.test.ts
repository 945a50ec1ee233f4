import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { trainModel } from '../../../src/domain/triage';

const dir = mkdtempSync(join(tmpdir(), 'classify-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function classify(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['classify', ...args], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  });
  return { code, out, err };
}

const line = (id: string, subject: string, body: string, address = 'resident@mail.example') =>
  JSON.stringify({
    id,
    from: { name: 'A Resident', address },
    to: 'complaints@examplebury.gov.uk',
    subject,
    receivedAt: '2025-03-03T09:00:00Z',
    body,
    extra: 'ignored',
  });

describe('feedback-desk classify --jsonl', () => {
  it('prints one suggestion a line with exactly the contract keys (plus extras)', async () => {
    const file = write(
      'ok.jsonl',
      [
        line(
          'e1',
          'Complaint CORP-2025-0011',
          'I want to make a complaint: I was charged twice for parking.',
        ),
        line('e2', 'Thanks', 'Just wanted to say thank you to Lee in the library, brilliant help.'),
        '',
      ].join('\n'),
    );
    const { code, out, err } = await classify('--jsonl', file);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const first = JSON.parse(out[0] ?? '') as Record<string, unknown>;
    for (const key of [
      'id',
      'type',
      'confidence',
      'reasons',
      'safeguarding',
      'safeguardingReasons',
      'procedure',
      'stage',
      'references',
    ]) {
      expect(first).toHaveProperty(key);
    }
    expect(first).toMatchObject({
      id: 'e1',
      type: 'complaint',
      procedure: 'corporate',
      stage: 1,
      references: ['CORP-2025-0011'],
    });
    expect(JSON.parse(out[1] ?? '')).toMatchObject({
      id: 'e2',
      type: 'compliment',
      procedure: null,
      stage: null,
    });
  });

  it('reports malformed lines by number on stderr, keeps going, and exits 1', async () => {
    const file = write(
      'mixed.jsonl',
      [
        'not json at all',
        line('good', 'Bins', 'Nobody has emptied my bin for three weeks, I am fed up.'),
        JSON.stringify({ id: 'bad', subject: 'x', body: 'y', receivedAt: '2025-01-01' }),
        '[1,2]',
      ].join('\n'),
    );
    const { code, out, err } = await classify('--jsonl', file);
    expect(code).toBe(1);
    expect(out.map((o) => (JSON.parse(o) as { id: string }).id)).toEqual(['good']);
    expect(err[0]).toMatch(/line 1: not valid JSON/);
    expect(err[0]).not.toContain('not json at all');
    expect(err[1]).toMatch(/line 3: from/);
    expect(err[2]).toMatch(/line 4: /);
    expect(err.at(-1)).toMatch(/1 classified, 3 line\(s\) could not be read/);
  });

  it('gives a one-line reason and exit 2 for a missing file or a missing option', async () => {
    const missing = await classify('--jsonl', join(dir, 'nope.jsonl'));
    expect(missing.code).toBe(2);
    expect(missing.err).toHaveLength(1);
    expect(missing.err[0]).toMatch(/cannot read file .*nope\.jsonl: no such file/);
    const noOption = await classify();
    expect(noOption.code).toBe(2);
    expect(noOption.err[0]).toMatch(/--jsonl FILE is required/);
  });

  it('uses a learned model given with --model, and rejects a bad one', async () => {
    const file = write(
      'one.jsonl',
      line('p1', 'Parish pump note', 'Parish pump note: verges cut on Church Lane.'),
    );
    const pump = (n: number) => ({
      email: {
        subject: `Parish pump note ${n}`,
        from: { address: 'r@mail.example' },
        body: `Parish pump note ${n}: verges cut on Mill Row.`,
        receivedAt: '2025-01-01',
      },
      type: 'compliment' as const,
    });
    const complaint = (n: number) => ({
      email: {
        subject: `Complaint ${n}`,
        from: { address: 'r@mail.example' },
        body: `I want to make a complaint about bin ${n}.`,
        receivedAt: '2025-01-01',
      },
      type: 'complaint' as const,
    });
    const model = trainModel([
      ...Array.from({ length: 80 }, (_, i) => pump(i)),
      ...Array.from({ length: 80 }, (_, i) => complaint(i)),
    ]);
    const modelFile = write('model.json', JSON.stringify(model));
    const withModel = await classify('--jsonl', file, '--model', modelFile);
    expect(withModel.code).toBe(0);
    expect(JSON.parse(withModel.out[0] ?? '')).toMatchObject({ type: 'compliment' });

    const badModel = await classify('--jsonl', file, '--model', write('bad.json', '{"version":9}'));
    expect(badModel.code).toBe(2);
    expect(badModel.err[0]).toMatch(/Not a triage model/);
  });
});
