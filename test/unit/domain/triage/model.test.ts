import { describe, expect, it } from 'vitest';
import {
  emptyModel,
  MIN_EXAMPLES,
  modelWeight,
  parseModel,
  predictWithModel,
  suggestTriage,
  trainModel,
  updateModel,
  type LabelledEmail,
} from '../../../../src/domain/triage';
import { email } from './fixtures';

/**
 * A local habit the rules do not know: residents of this fictitious council send "Parish
 * Pump" notes, which officers always confirm as compliments.
 */
const parishPump = (n: number): LabelledEmail => ({
  email: email(
    `Parish pump note ${n}`,
    `Parish pump note from Ashby ward number ${n}: the verges on Mill Row were cut.`,
  ),
  type: 'compliment',
});
const complaintExample = (n: number): LabelledEmail => ({
  email: email(
    `Complaint ${n}`,
    `I want to make a complaint about missed bin collection number ${n}.`,
  ),
  type: 'complaint',
});
const unseen = email(
  'Parish pump note',
  'Parish pump note from Ashby ward: the verges on Church Lane were cut.',
);

describe('learning from confirmed classifications', () => {
  it('is silent until it has enough examples, so the rules carry the suggestion', () => {
    const few = trainModel([parishPump(1), complaintExample(1)]);
    expect(modelWeight(few)).toBe(0);
    expect(suggestTriage(unseen, few)).toEqual(suggestTriage(unseen));
  });

  it('moves suggestions towards what officers confirmed', () => {
    const before = suggestTriage(unseen);
    expect(before.type).not.toBe('compliment');
    const examples = [
      ...Array.from({ length: 80 }, (_, i) => parishPump(i)),
      ...Array.from({ length: 80 }, (_, i) => complaintExample(i)),
    ];
    const model = trainModel(examples);
    expect(model.examples).toBe(160);
    expect(modelWeight(model)).toBeGreaterThan(0);
    const after = suggestTriage(unseen, model);
    expect(after.type).toBe('compliment');
    expect(after.reasons.at(-1)).toMatch(
      /^Learned from 160 confirmed emails: looks like compliment/,
    );
  });

  it('does not override strong rules on mail it has learned nothing about', () => {
    const model = trainModel([
      ...Array.from({ length: 80 }, (_, i) => parishPump(i)),
      ...Array.from({ length: 80 }, (_, i) => complaintExample(i)),
    ]);
    const mp = email(
      'Constituent case',
      'On behalf of my constituent.\nJo Bell\nMember of Parliament for Ashby',
      {
        address: 'jo.bell.mp@parliament.uk',
      },
    );
    expect(suggestTriage(mp, model).type).toBe('mp_enquiry');
  });

  it('updates one example at a time to the same counts as batch training, without mutating', () => {
    const examples = [parishPump(1), complaintExample(2), parishPump(3)];
    const start = emptyModel();
    const stepped = examples.reduce(updateModel, start);
    expect(stepped).toEqual(trainModel(examples));
    expect(start.examples).toBe(0);
  });

  it('survives a JSON round trip and rejects what is not a model', () => {
    const model = trainModel([parishPump(1), complaintExample(1)]);
    const loaded = parseModel(JSON.parse(JSON.stringify(model)));
    expect(loaded).toEqual({ ok: true, value: model });
    expect(predictWithModel(model, unseen)).toEqual(
      loaded.ok ? predictWithModel(loaded.value, unseen) : null,
    );
    const bad = parseModel({ version: 2 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_model');
  });

  it('learns a word that is also a property of every object like any other, and still loads', () => {
    // An officer confirms mail about a building contractor: "constructor" is Object.prototype's.
    const builder = (n: number): LabelledEmail => ({
      email: email(`Mud ${n}`, `The constructor left mud on Mill Row again, the constructor ${n}.`),
      type: 'complaint',
    });
    const examples = [builder(1), parishPump(1), builder(2)];
    const stepped = examples.reduce(updateModel, emptyModel());
    expect(stepped.classes.complaint.tokens['constructor']).toBe(4);
    expect(stepped).toEqual(trainModel(examples));
    const loaded = parseModel(JSON.parse(JSON.stringify(stepped)));
    expect(loaded).toEqual({ ok: true, value: stepped });
  });

  it('gives a probability for every type that sums to 1', () => {
    const probabilities = predictWithModel(
      trainModel([parishPump(1), complaintExample(1)]),
      unseen,
    );
    expect(probabilities).not.toBeNull();
    const total = Object.values(probabilities ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(MIN_EXAMPLES).toBeGreaterThan(0);
  });
});

describe('reading the model', () => {
  it('gives the naive Bayes probabilities worked out by hand', () => {
    // Two one-word emails: "alpha" confirmed a compliment, "beta" a complaint.
    const model = trainModel([
      { email: email('', 'alpha', { address: 'x' }), type: 'compliment' },
      { email: email('', 'beta', { address: 'x' }), type: 'complaint' },
    ]);
    // Vocabulary 2; each class has 1 document, 1 token; 4 types in the prior's denominator.
    const logPrior = Math.log(2 / 6);
    const seen = logPrior + Math.log(2 / 3);
    const notSeen = logPrior + Math.log(1 / 3);
    const p = predictWithModel(model, email('', 'alpha', { address: 'x' }));
    const shareCompliment = Math.exp(seen) / (Math.exp(seen) + Math.exp(notSeen));
    expect(p?.compliment).toBeCloseTo(0.8 * shareCompliment + 0.05, 12);
    expect(p?.complaint).toBeCloseTo(0.8 * (1 - shareCompliment) + 0.05, 12);
    expect(p?.mp_enquiry).toBeCloseTo(0.05, 12);
  });

  it('reads a word that is also a property of every object as an unknown word', () => {
    const model = trainModel([parishPump(1), complaintExample(1)]);
    const p = predictWithModel(
      model,
      email('Constructor', 'The constructor left mud on the road.'),
    );
    expect(Number.isFinite(p?.complaint)).toBe(true);
    expect(Number.isFinite(p?.compliment)).toBe(true);
  });
});
