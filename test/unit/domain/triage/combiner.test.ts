import { describe, expect, it } from 'vitest';
import { suggestTriage } from '../../../../src/domain/triage';
import {
  COMBINER_FEATURES,
  combineType,
  decidedByKind,
  priorEvidence,
  trainCombiner,
  type CombinerExample,
} from '../../../../src/domain/triage/combiner';
import { tokenize } from '../../../../src/domain/triage/model';
import { readPrior, trainPrior } from '../../../../src/domain/triage/prior';
import { SHIPPED_COMBINER } from '../../../../src/domain/triage/shippedCombiner';
import { readByRules } from '../../../../src/domain/triage/suggestTriage';
import type { FeedbackType, TriageEmail } from '../../../../src/domain/triage';
import { email } from './fixtures';

/** A fictitious council's habit: "Pear Row" notes are complaints, "lantern" notes are other. */
const pearRow = (n: number): TriageEmail =>
  email(`Pear Row ${n}`, `The allotment gate on Pear Row, plot ${n}.`);
const lantern = (n: number): TriageEmail =>
  email(`Lantern ${n}`, `The lantern list for the lodge, night ${n}.`);

const prior = trainPrior([
  ...Array.from({ length: 12 }, (_, i) => ({
    email: pearRow(100 + i),
    type: 'complaint' as const,
    safeguarding: false,
  })),
  ...Array.from({ length: 12 }, (_, i) => ({
    email: lantern(100 + i),
    type: 'other' as const,
    safeguarding: false,
  })),
]);

const example = (e: TriageEmail, type: FeedbackType): CombinerExample => {
  const tokens = tokenize(e);
  const priorLogs = readPrior(prior, tokens).typeLogs;
  if (!priorLogs) throw new Error('no belief');
  return { rules: readByRules(e).rules, priorLogs, tokens, type };
};
const examples = [
  ...Array.from({ length: 30 }, (_, i) => example(pearRow(i), 'complaint')),
  ...Array.from({ length: 30 }, (_, i) => example(lantern(i), 'other')),
];

describe('the type combiner', () => {
  it('trains to the same weights from the same emails, and stores every dense feature', () => {
    const a = trainCombiner(examples);
    expect(JSON.stringify(trainCombiner(examples))).toBe(JSON.stringify(a));
    expect(Object.keys(a.features)).toEqual(COMBINER_FEATURES);
    expect(a.examples).toBe(60);
  });

  it('learns what the rules do not know, held back from certainty', () => {
    const combiner = trainCombiner(examples);
    const gate = pearRow(7);
    const tokens = tokenize(gate);
    const priorLogs = readPrior(prior, tokens).typeLogs;
    if (!priorLogs) throw new Error('no belief');
    const read = combineType(combiner, readByRules(gate).rules, priorLogs, tokens);
    expect(read.complaint).toBeGreaterThan(read.other);
    expect(Math.max(...Object.values(read))).toBeLessThanOrEqual(0.85 + 1e-12);
    expect(Object.values(read).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(suggestTriage(gate, undefined, prior, combiner).type).toBe('complaint');
  });

  it("reads the prior's evidence before its cap, less for each word a long email adds", () => {
    // The same lean, 8 log points, in 4 tokens and in 64: the long email's is a quarter as strong.
    const short = priorEvidence([0, -8, -8, -8], 4);
    const long = priorEvidence([0, -8, -8, -8], 64);
    expect(short[1]! / long[1]!).toBeCloseTo(4, 12);
    expect(short[1]).toBeLessThan(-3.9);
    // A type the prior never saw stays finite, and an empty email is read as one token.
    const unseen = priorEvidence([0, -1, Number.NEGATIVE_INFINITY, -1], 0);
    expect(unseen.every(Number.isFinite)).toBe(true);
    expect(unseen[2]).toBe(-1000);
  });

  it('leaves the type the rules decided by kind of mail to the fixed blend', () => {
    const mp = email('Constituent', 'On behalf of my constituent, the Pear Row allotment gate.', {
      name: 'Office of Ann Example MP',
      address: 'ann.example.mp@parliament.uk',
    });
    expect(decidedByKind(readByRules(mp).rules)).toBe(true);
    expect(suggestTriage(mp, undefined, prior, trainCombiner(examples)).type).toBe('mp_enquiry');
    expect(decidedByKind(readByRules(pearRow(1)).rules)).toBe(false);
  });

  it('is shipped with every dense feature and a few thousand common words', () => {
    expect(Object.keys(SHIPPED_COMBINER.features)).toEqual(COMBINER_FEATURES);
    expect(SHIPPED_COMBINER.examples).toBeGreaterThan(5000);
    const words = Object.keys(SHIPPED_COMBINER.tokens).length;
    expect(words).toBeGreaterThan(1000);
    expect(words).toBeLessThan(10000);
  });
});
