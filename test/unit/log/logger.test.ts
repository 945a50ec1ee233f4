import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createLogger,
  KnownNames,
  redact,
  redactValue,
  type LogLevel,
} from '../../../src/log/logger';

/** The project's own fictitious demo mailbox. */
const corpus = readFileSync(new URL('../../../demo/mailbox.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { from: { name: string; address: string }; subject: string });

describe('redact', () => {
  it('removes email addresses, bearer tokens and JWTs', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    expect(redact(`to jayden.f2010@example.com with Authorization: Bearer ${jwt}`)).toBe(
      'to [email] with Authorization: Bearer [token]',
    );
    expect(redact(`token ${jwt} end`)).toBe('token [token] end');
  });

  it('removes tokens carried in URLs and JSON', () => {
    expect(redact('https://x.example/cb#access_token=abc.def&state=1')).toBe(
      'https://x.example/cb#access_token=[redacted]&state=1',
    );
    expect(redact('{"refresh_token":"0.AAA-bbb"}')).toBe('{"refresh_token":"[redacted]"}');
  });

  it('removes names after an honorific and runs of capitalised name-like words', () => {
    expect(redact('Enquiry for Mrs Irene Batchelor today')).toBe('Enquiry for [name] today');
    expect(redact('from Nadia Kellaway and Office of Daniel Ashdown-Vale MP')).toBe(
      'from [name] and Office of [name] MP',
    );
  });

  it('removes long opaque strings but keeps Graph paths readable', () => {
    const path = 'GET /v1.0/sites/root/lists/e2a2367e-8a83-485c-91a8-367fe593fd42/items/delta 200';
    expect(redact(path)).toBe(path);
    expect(redact(`skiptoken ${'aB3'.repeat(20)} next`)).toBe('skiptoken [redacted] next');
  });

  it('keeps ordinary log vocabulary', () => {
    const line = 'Save Case failed: Network Error (HTTP 503 Service Unavailable) at Stage 2';
    expect(redact(line)).toBe(line);
  });

  it('removes UK phone numbers and postcodes', () => {
    expect(redact('ring 07700 900418 or +44 7700 900123, post to LS1 4AB')).toBe(
      'ring [phone] or [phone], post to [postcode]',
    );
  });

  it('removes every sender of the corpus, full name, address and subject line', () => {
    // Organisations' names are not personal data; only the words of people's names must go.
    const organisations = new Set([
      'Local Government and Social Care Ombudsman',
      'Complaint Handlers Network',
      'Public Sector Training Ltd',
      'Learning and Development',
      'Mail Delivery Subsystem',
      'Contact Centre',
      'Constituency Office',
    ]);
    const organisationWords = new Set(['Office']);
    for (const email of corpus) {
      if (organisations.has(email.from.name)) continue;
      const line = `classified email from ${email.from.name} <${email.from.address}>`;
      const out = redact(line);
      expect(out).not.toContain(email.from.address);
      const parts = email.from.name.split(/\s+/).filter((p) => p.length > 3 && /^\p{Lu}/u.test(p));
      const known = new KnownNames();
      known.add([email.from.name]);
      const withKnown = redact(line, known);
      for (const part of parts) {
        if (organisationWords.has(part)) continue;
        expect(withKnown, email.from.name).not.toContain(part);
      }
    }
  });

  it('with known names, also catches a lone first name in any case', () => {
    const known = new KnownNames();
    known.add(['Jayden Fairclough']);
    expect(redact('jayden called; Jayden again; Jaydenx stays', known)).toBe(
      '[name] called; [name] again; Jaydenx stays',
    );
  });
});

describe('redactValue', () => {
  it('blanks sensitive keys and redacts other strings', () => {
    expect(
      redactValue({
        status: 401,
        authorization: 'Bearer x',
        from: { name: 'A B', address: 'a@b.c' },
        note: 'for Jo Bloggs',
        ok: true,
      }),
    ).toEqual({
      status: 401,
      authorization: '[redacted]',
      from: '[redacted]',
      note: 'for [name]',
      ok: true,
    });
  });

  it('keeps only the name and redacted message of an error', () => {
    expect(redactValue(new Error('no access for a@b.co'))).toEqual({
      name: 'Error',
      message: 'no access for [email]',
    });
  });
});

describe('createLogger', () => {
  const capture = () => {
    const lines: Array<[LogLevel, string]> = [];
    return { lines, sink: (level: LogLevel, line: string) => lines.push([level, line]) };
  };

  it('writes redacted lines with level and scope', () => {
    const { lines, sink } = capture();
    const log = createLogger({ scope: 'taskpane', sink });
    log.names.add(['Jayden Fairclough']);
    log.info('saved case for Jayden', { status: 201, email: 'k@example.com' });
    expect(lines).toEqual([
      ['info', 'info taskpane: saved case for [name] {"status":201,"email":"[redacted]"}'],
    ]);
  });

  it('drops lines below the level and shares names with children', () => {
    const { lines, sink } = capture();
    const log = createLogger({ scope: 'tab', sink, level: 'warn' });
    log.info('hidden');
    log.names.add(['Marian Ostrowska']);
    log.child('report').warn('slow for marian');
    expect(lines).toEqual([['warn', 'warn tab/report: slow for [name]']]);
  });
});

describe('createLogger, for the emulator and the CLI', () => {
  it('keeps what helps to find a bug in an Error, redacted', () => {
    const lines: string[] = [];
    const log = createLogger({ scope: 'emulator', sink: (_level, line) => lines.push(line) });
    log.error('request failed', new Error('no list for sam.okafor@example.org'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^error emulator: request failed \{"error":"Error","message":"no list for /,
    );
    expect(lines[0]).toContain('"stack":');
    expect(lines[0]).not.toContain('sam.okafor@example.org');
  });

  it('writes the bare redacted message when asked for no prefix', () => {
    const lines: string[] = [];
    const log = createLogger({ prefix: false, sink: (_level, line) => lines.push(line) });
    log.info('feedback-desk import: row 3 names jo@example.net');
    log.child('seed').warn('seed: done');
    expect(lines).toEqual(['feedback-desk import: row 3 names [email]', 'seed: done']);
  });
});
