import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/domain/triage/model';
import {
  learnedConcern,
  readPrior,
  strongestPassage,
  trainPrior,
  type PriorExample,
} from '../../../../src/domain/triage/prior';
import {
  parsePrior,
  priorColumns,
  type PriorModel,
} from '../../../../src/domain/triage/priorFormat';
import { splitEmail } from '../../../../src/domain/triage/text';
import { email } from './fixtures';

const benign = (n: number): PriorExample => ({
  email: email(`Allotment ${n}`, `The allotment gate on Pear Row is stuck again, plot ${n}.`),
  type: n % 3 === 0 ? 'compliment' : 'complaint',
  safeguarding: false,
});
const concern = (n: number): PriorExample => ({
  email: email(
    `Lantern ${n}`,
    `The lantern man keeps visiting the quiet boy at the lodge after dark, night ${n}.\n\nThe gate is stuck too.`,
    { address: `neighbour${n}@lodge.example` },
  ),
  type: 'other',
  safeguarding: true,
  concern: n % 2 === 0 ? 'sexual_harm' : 'neglect',
});
const examples = [
  ...Array.from({ length: 12 }, (_, i) => benign(i)),
  ...Array.from({ length: 6 }, (_, i) => concern(i)),
];

/** The prior as a file holds it, read back as the shipped one is. */
const roundTrip = (prior: PriorModel): PriorModel => {
  const parsed = parsePrior(JSON.parse(JSON.stringify(prior)));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

/** A stored prior as plain JSON, for a test to break. */
interface Stored {
  tokens?: string[];
  type: { documents: number[]; counts: number[][] };
  concern: { counts: number[][]; kinds: Record<string, { ids: number[]; counts: number[] }> };
}

/** A copy of a stored prior with one part changed, for the reader to turn down. */
const broken = (change: (copy: Stored) => void): unknown => {
  const copy = JSON.parse(JSON.stringify(trainPrior(examples))) as Stored;
  change(copy);
  return copy;
};
const problemWith = (value: unknown): string => {
  const parsed = parsePrior(value);
  if (parsed.ok) throw new Error('read a malformed prior without complaint');
  expect(parsed.error.code).toBe('invalid_prior');
  return parsed.error.message;
};

describe('the prior stored by column', () => {
  const prior = trainPrior(examples);

  it('reads back from its JSON as it was written, and reads every email the same to the last bit', () => {
    const stored = roundTrip(prior);
    expect(stored).toEqual(prior);
    const mails = [
      email('Lantern', 'The lantern man was at the lodge after dark.\n\nAnd the allotment gate.'),
      email('Allotment', 'The gate on Pear Row is stuck.', { address: 'x@lodge.example' }),
    ];
    for (const mail of mails) {
      const tokens = tokenize(mail);
      expect(readPrior(stored, tokens)).toEqual(readPrior(prior, tokens));
      expect(learnedConcern(stored, mail, tokens, 10)).toEqual(
        learnedConcern(prior, mail, tokens, 10),
      );
      const parts = splitEmail(mail.subject, mail.body);
      expect(strongestPassage(stored, parts)).toEqual(strongestPassage(prior, parts));
    }
  });

  it('lists each token once, the type model’s first, as training met them, every column as long as its tokens', () => {
    const { tokens } = prior;
    expect(new Set(tokens).size).toBe(tokens.length);
    const typeSize = prior.type.counts[0].length;
    // The first email's subject, sender, words and pairs, in its order; then the next email's new ones.
    expect(tokens.slice(0, 5)).toEqual([
      's:allotment',
      'd:mail.example',
      'allotment',
      'gate',
      'allotment_gate',
    ]);
    for (const column of prior.type.counts) expect(column).toHaveLength(typeSize);
    for (const column of prior.concern.counts) expect(column).toHaveLength(tokens.length);
    // A sender's domain is the type model's alone: the concern model never counts it.
    const domain = tokens.indexOf('d:lodge.example');
    expect(domain).toBeGreaterThanOrEqual(0);
    expect(domain).toBeLessThan(typeSize);
    expect(prior.concern.counts.map((c) => c[domain])).toEqual([0, 0]);
    const kind = prior.concern.kinds.sexual_harm!;
    expect(kind.documents).toBe(3);
    expect(kind.ids).toEqual([...kind.ids].sort((a, b) => a - b));
    expect(kind.ids.map((id) => tokens[id])).toContain('lantern');
  });

  it('counts a word such as “constructor” like any other, and names its kind', () => {
    const builder = (n: number): PriorExample => ({
      email: email(
        `Constructor ${n}`,
        `The constructor keeps hurting the boy at the lodge, night ${n}.`,
      ),
      type: 'other',
      safeguarding: true,
      concern: 'physical_harm',
    });
    const learned = trainPrior([...examples, ...Array.from({ length: 4 }, (_, i) => builder(i))]);
    const { tokens } = learned;
    expect(learned.concern.counts[1][tokens.indexOf('constructor')]).toBe(4);
    const mail = email('Lodge', 'The constructor was hurting the boy at the lodge again.');
    expect(learnedConcern(learned, mail, tokenize(mail), 10).kind).toBe('physical_harm');
  });

  it('stores any token, a sender’s domain with a space in it too', () => {
    const spaced: PriorExample = {
      ...benign(1),
      email: email('Gate', 'The gate is stuck.', { address: 'pat@mail example.org' }),
    };
    const learned = trainPrior([spaced, spaced]);
    expect(roundTrip(learned).tokens).toContain('d:mail example.org');
  });

  it('refuses a kind’s token the concern model has not counted: a bug in training', () => {
    expect(() =>
      priorColumns({
        typeDocuments: [1, 0, 0, 0],
        typeTokens: new Map(),
        concernDocuments: [0, 1],
        concernTokens: new Map([['gate', [0, 1]]]),
        kinds: new Map([['neglect', { documents: 1, tokens: new Map([['stuck', 1]]) }]]),
      }),
    ).toThrow(/neglect token "stuck" is no concern token/);
  });
});

describe('a malformed stored prior', () => {
  it('is turned down with a message that says what is wrong and where', () => {
    expect(problemWith(null)).toBe('Not a triage prior: not an object');
    // The layout before session 31: objects keyed by token.
    expect(problemWith({ version: 1, type: {}, concern: { tokens: {} } })).toMatch(
      /version 1 \(this code reads version 2: run npm run train:triage\)/,
    );
    expect(problemWith(broken((c) => delete c.tokens))).toMatch(/tokens is not a list/);
    expect(problemWith(broken((c) => c.tokens!.push(7 as unknown as string)))).toMatch(
      /tokens\[\d+\] is 7, not a token/,
    );
    expect(problemWith(broken((c) => c.concern.counts[1]!.pop()))).toMatch(
      /concern\.counts\[1\] has \d+ numbers where \d+ were expected/,
    );
    expect(problemWith(broken((c) => (c.type.counts[2]![0] = 1.5)))).toMatch(
      /type\.counts\[2\]\[0\] is 1\.5, not a count/,
    );
    expect(problemWith(broken((c) => c.type.counts.pop()))).toMatch(
      /type\.counts is not 4 columns/,
    );
    expect(problemWith(broken((c) => (c.type.documents = [1, 2])))).toMatch(
      /type\.documents has 2 numbers where 4 were expected/,
    );
    expect(problemWith(broken((c) => (c.concern.kinds.gossip = c.concern.kinds.neglect!)))).toMatch(
      /concern\.kinds has "gossip", not a kind/,
    );
    expect(problemWith(broken((c) => (c.concern.kinds.neglect!.ids[0] = 1e6)))).toMatch(
      /concern\.kinds\.neglect\.ids\[0\] is 1000000, not a token id/,
    );
    expect(problemWith(broken((c) => c.concern.kinds.neglect!.counts.pop()))).toMatch(
      /concern\.kinds\.neglect\.counts has \d+ numbers where \d+ were expected/,
    );
  });

  it('with a token listed twice, stops its first reading rather than read the wrong numbers', () => {
    const twice = broken((c) => {
      c.tokens![1] = c.tokens![0]!;
    });
    const parsed = parsePrior(twice);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(() => readPrior(parsed.value, ['gate'])).toThrow(/lists a token twice/);
  });
});
