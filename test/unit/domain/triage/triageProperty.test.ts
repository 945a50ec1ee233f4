import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONCERN_KINDS,
  FEEDBACK_TYPES,
  OTHER_KINDS,
  PROCEDURES,
  suggestTriage,
  type TriageSuggestion,
} from '../../../../src/domain/triage';
import { email } from './fixtures';

/**
 * No email can freeze the pane (issue 15, point 5). Bodies built to make pattern matching
 * work hardest (long runs of blank lines and spaces, one token or one reference repeated,
 * councillor and MP lines, quoted lines, capitals, harm words) up to 1 MB, each after an
 * ordinary opening sentence or not. Every one must come back with a well-formed suggestion.
 * How fast is measured, not asserted: `triage.worstCase` in `npm run bench -- triage`
 * (docs/performance.md).
 */
const UNITS = [
  '\n',
  '\r\n',
  ' ',
  '\t',
  ' \n',
  '\n \n',
  'a',
  'word ',
  'CSC-2026-0147 ',
  'ref: CORP-2026-0001\n',
  'Cllr Ann Lee\n',
  'Councillor ',
  'Sir Mr ',
  'Helen Marsh MP\n',
  'Member of Parliament\n',
  '> ',
  '> On Monday Ann wrote:\n',
  'From: someone\n',
  'COMPLAINT ',
  '!!!',
  '.',
  'he hit me ',
  'not safe ',
  'im 13 ',
  'my mum ',
  'thank you ',
  '£100 ',
  'http://www.example.org/a ',
];
const MEGABYTE = 1_000_000;

const adversarialBody = fc
  .record({
    opening: fc.constantFrom('', 'Please look at my case.\n', 'i dont feel safe at home rn\n'),
    unit: fc.constantFrom(...UNITS),
    size: fc.integer({ min: 1, max: MEGABYTE }),
    closing: fc.constantFrom('', '\nThanks, Pat', '\nCllr Pat Lee'),
  })
  .map(({ opening, unit, size, closing }) => {
    const repeats = Math.max(1, Math.floor(size / unit.length));
    return `${opening}${unit.repeat(repeats)}${closing}`.slice(0, MEGABYTE);
  });

const squash = (text: string): string => text.replace(/\s+/g, ' ');

function expectWellFormed(s: TriageSuggestion, subject: string, body: string): void {
  expect(FEEDBACK_TYPES).toContain(s.type);
  expect(s.confidence).toBeGreaterThanOrEqual(0.01);
  expect(s.confidence).toBeLessThanOrEqual(0.99);
  expect(s.reasons.length).toBeGreaterThan(0);
  for (const r of s.reasons) expect(typeof r).toBe('string');
  expect(typeof s.safeguarding).toBe('boolean');
  expect(s.safeguarding).toBe(s.safeguardingReasons.length > 0);
  expect(s.safeguardingReasons.length).toBeLessThanOrEqual(8);
  for (const k of s.safeguardingKinds) expect(CONCERN_KINDS).toContain(k);
  // Quotes are the sender's own words, so each can be found in what they sent.
  const sent = squash(`${subject}\n${body}`);
  for (const q of s.safeguardingQuotes) expect(sent).toContain(q);
  if (s.type === 'complaint') {
    expect(PROCEDURES).toContain(s.procedure);
    expect([1, 2, 3]).toContain(s.stage);
  } else {
    expect(s.procedure).toBeNull();
    expect(s.stage).toBeNull();
  }
  if (s.type === 'other') expect(OTHER_KINDS).toContain(s.otherKind);
  else expect(s.otherKind).toBeUndefined();
  const all = `${subject}\n${body}`.toUpperCase();
  for (const ref of s.references) expect(all).toContain(ref.toUpperCase());
  expect(() => JSON.stringify(s)).not.toThrow();
}

describe('suggestTriage on adversarial bodies up to 1 MB', () => {
  it('always returns a well-formed suggestion', () => {
    fc.assert(
      fc.property(
        adversarialBody,
        fc.constantFrom('Help', 'RE: Your complaint CSC-2026-0147'),
        (body, subject) => {
          expectWellFormed(suggestTriage(email(subject, body)), subject, body);
        },
      ),
      { numRuns: 40, seed: 15 },
    );
  });

  it('reads each adversarial unit at a full megabyte', () => {
    for (const unit of UNITS) {
      const body = `i dont feel safe at home rn\n${unit.repeat(Math.floor(MEGABYTE / unit.length))}`;
      expectWellFormed(suggestTriage(email('Help', body)), 'Help', body);
    }
  });

  it('still flags a concern written before a megabyte of blank lines', () => {
    const s = suggestTriage(
      email('help', `my step dad hit me again last night im 12${'\n'.repeat(MEGABYTE)}`),
    );
    expect(s.safeguarding).toBe(true);
  });
});
