import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestTriage } from '../../../../src/domain/triage';
import {
  beliefFromLogs,
  predictFromTokens,
  tokenize,
  trainModel,
} from '../../../../src/domain/triage/model';
import {
  LEARNED_CONCERN_AT,
  LEARNED_PASSAGE_AT,
  learnedConcern,
  priorExamples,
  readPrior,
  strongestPassage,
  trainPrior,
  type PriorExample,
} from '../../../../src/domain/triage/prior';
import { shippedPrior } from '../../../../src/domain/triage/shippedPrior';
import { splitEmail } from '../../../../src/domain/triage/text';
import { PRIOR_FILE, priorJson, TRAINING_FILES } from '../../../../scripts/train-triage';
import { email } from './fixtures';

const benign = (n: number): PriorExample => ({
  email: email(`Allotment ${n}`, `The allotment gate on Pear Row is stuck again, plot ${n}.`),
  type: 'complaint',
  safeguarding: false,
});
const concern = (n: number): PriorExample => ({
  email: email(
    `Lantern ${n}`,
    `The lantern man keeps visiting the quiet boy at the lodge after dark and the boy goes silent, night ${n}.`,
  ),
  type: 'other',
  safeguarding: true,
  concern: 'sexual_harm',
});

describe('the shipped triage prior', () => {
  it('is what the project’s labelled mail trains today (npm run train:triage)', () => {
    expect(readFileSync(PRIOR_FILE, 'utf8')).toBe(priorJson());
  });

  it('loads as shipped: its layout checks out and its tables build', () => {
    const prior = shippedPrior();
    expect(prior.version).toBe(2);
    expect(
      readPrior(prior, tokenize(email('Bins', 'My bin was missed again.'))).type,
    ).not.toBeNull();
  });

  it('learns from the development set and the demo mailbox, never from a blind set', () => {
    const files = TRAINING_FILES();
    expect(files).toContain('demo/mailbox.jsonl');
    expect(files.some((f) => f.startsWith('test/fixtures/triage/dev/'))).toBe(true);
    for (const f of files) expect(f).not.toMatch(/unseen/);
    expect(priorExamples(shippedPrior())).toBeGreaterThan(400);
  });
});

describe('reading both models in one pass', () => {
  const examples = [
    ...Array.from({ length: 12 }, (_, i) => benign(i)),
    ...Array.from({ length: 6 }, (_, i) => concern(i)),
  ];
  const prior = trainPrior(examples);
  const tokens = tokenize(
    email('Lantern', 'The lantern man, the lantern man again, at the lodge and the allotment.'),
  );

  it('gives the belief of the model officers’ confirmations train, to the last bit', () => {
    // Every word here is met in at least two emails, so the prior keeps the whole type model.
    const typeModel = trainModel(examples);
    expect(prior.type.counts[0]).toHaveLength(typeModel.vocabulary);
    expect(readPrior(prior, tokens).type).toEqual(predictFromTokens(typeModel, tokens));
  });

  it('gives the sums its belief is worked out from, for the type combiner', () => {
    const { type, typeLogs } = readPrior(prior, tokens);
    if (!typeLogs) throw new Error('no sums');
    expect(beliefFromLogs(...typeLogs)).toEqual(type);
  });

  it('counts each distinct word once towards a concern, email after email', () => {
    const first = readPrior(prior, tokens).concernScore;
    expect(readPrior(prior, [...new Set(tokens)]).concernScore).toBe(first);
    expect(readPrior(prior, tokens).concernScore).toBe(first);
  });
});

describe('a learned concern', () => {
  const prior = trainPrior([
    ...Array.from({ length: 12 }, (_, i) => benign(i)),
    ...Array.from({ length: 6 }, (_, i) => concern(i)),
  ]);

  it('flags mail like the concerns it learned from, with its kind and words, when no rule does', () => {
    const lantern = email(
      'The lodge',
      'The lantern man was visiting the quiet boy at the lodge after dark again.',
    );
    expect(suggestTriage(lantern, undefined, null).safeguarding).toBe(false);
    const learned = learnedConcern(prior, lantern);
    expect(learned.score).toBeGreaterThan(LEARNED_CONCERN_AT);
    expect(learned.kind).toBe('sexual_harm');
    const s = suggestTriage(lantern, undefined, prior);
    expect(s.safeguarding).toBe(true);
    expect(s.safeguardingKinds).toEqual(['sexual_harm']);
    expect(s.safeguardingReasons[0]).toMatch(
      /^Reads like earlier concerns \(possible sexual harm\)/,
    );
    expect(s.safeguardingReasons[0]).toContain('"lantern"');
  });

  it('leaves alone mail like the benign mail it learned from', () => {
    const gate = email('Allotment', 'The allotment gate on Pear Row is stuck, plot 40.');
    expect(learnedConcern(prior, gate).score).toBeLessThan(LEARNED_CONCERN_AT);
    expect(suggestTriage(gate, undefined, prior).safeguarding).toBe(false);
  });

  it('flags a concern that is one paragraph of a long email about something else', () => {
    const allotment = 'The allotment gate on Pear Row is stuck again and plot 12 is flooded.';
    const buried = email(
      'Allotment gate',
      [
        allotment,
        'The lantern man keeps visiting the quiet boy at the lodge after dark.',
        ...Array.from({ length: 6 }, (_, i) => allotment.replace('12', String(20 + i))),
      ].join('\n\n'),
    );
    // Summed over the whole email, the allotment words outweigh the one paragraph…
    expect(learnedConcern(prior, buried).score).toBeLessThanOrEqual(LEARNED_CONCERN_AT);
    // …read on its own, that paragraph is plainly like the concerns learned from.
    const passage = strongestPassage(prior, splitEmail(buried.subject, buried.body));
    expect(passage?.score).toBeGreaterThan(LEARNED_PASSAGE_AT);
    const s = suggestTriage(buried, undefined, prior);
    expect(s.safeguarding).toBe(true);
    expect(s.safeguardingReasons[0]).toMatch(/^One paragraph reads like earlier concerns/);
    expect(s.safeguardingReasons[0]).toContain('"lantern"');
  });

  it('reads no passage apart in an email of one paragraph, and flags no benign one', () => {
    const one = email('Lodge', 'The lantern man at the lodge.');
    expect(strongestPassage(prior, splitEmail(one.subject, one.body))).toBeNull();
    const benignOnly = email('Allotment', 'The gate on Pear Row is stuck.\n\nPlot 40 is flooded.');
    expect(suggestTriage(benignOnly, undefined, prior).safeguarding).toBe(false);
  });

  it('never silences a flag the rules raise, even when it has only ever seen benign mail', () => {
    const onlyBenign = trainPrior(Array.from({ length: 40 }, (_, i) => benign(i)));
    const disclosure = email('help', 'my step dad hit me last night and i have a bruise. im 12');
    expect(suggestTriage(disclosure, undefined, null).safeguarding).toBe(true);
    expect(suggestTriage(disclosure, undefined, onlyBenign).safeguarding).toBe(true);
  });

  it('moves a type the rules are unsure of, and says so; a strongly ruled one stays', () => {
    const typed = trainPrior(Array.from({ length: 40 }, (_, i) => benign(i)));
    const gate = email('Pear Row', 'The allotment gate on Pear Row, plot 7.');
    // The rules see no sign of anything here; the prior has only ever seen such mail as complaints.
    // Read at the fixed share (no type combiner: combiner.test.ts reads it with one).
    expect(suggestTriage(gate, undefined, null).type).toBe('other');
    const read = suggestTriage(gate, undefined, typed, null);
    expect(read.type).toBe('complaint');
    expect(read.reasons).toContain(
      'Read with 40 labelled emails: looks like complaint rather than other',
    );
    // An MP on parliament.uk stays an MP enquiry: 30 % of the say cannot overturn a strong rule.
    const mp = email('Constituent', 'Pear Row allotment gate, plot 7.', {
      name: 'Office of Ann Example MP',
      address: 'ann.example.mp@parliament.uk',
    });
    expect(suggestTriage(mp, undefined, typed, null).type).toBe('mp_enquiry');
    expect(suggestTriage(mp, undefined, typed).type).toBe('mp_enquiry');
  });
});
