import { describe, expect, it } from 'vitest';
import { evaluate, meetsTargets, type LabelledOutcome } from '../../../../src/domain/triage';
import type { FeedbackType, TriageSuggestion } from '../../../../src/domain/triage';

const suggestion = (type: FeedbackType, safeguarding = false): TriageSuggestion => ({
  type,
  confidence: 0.9,
  reasons: ['x'],
  safeguarding,
  safeguardingReasons: safeguarding ? ['"x": y'] : [],
  safeguardingKinds: safeguarding ? ['neglect'] : [],
  safeguardingQuotes: safeguarding ? ['x'] : [],
  procedure: type === 'complaint' ? 'corporate' : null,
  stage: type === 'complaint' ? 1 : null,
  references: [],
});

const outcome = (
  id: string,
  label: FeedbackType,
  predicted: FeedbackType,
  safeguarding = false,
  flagged = false,
): LabelledOutcome => ({
  id,
  label,
  safeguarding,
  procedure: label === 'complaint' ? 'corporate' : null,
  stage: label === 'complaint' ? 1 : null,
  suggestion: suggestion(predicted, flagged),
});

describe('evaluate', () => {
  const result = evaluate([
    outcome('a', 'complaint', 'complaint', true, true),
    outcome('b', 'complaint', 'other', true, false),
    outcome('c', 'compliment', 'compliment', false, true),
    outcome('d', 'other', 'other'),
  ]);

  it('counts the confusion matrix by label (rows) and prediction (columns)', () => {
    expect(result.confusion.complaint).toEqual({
      complaint: 1,
      compliment: 0,
      mp_enquiry: 0,
      other: 1,
    });
    expect(result.typeAccuracy).toBe(0.75);
    expect(result.misclassified).toEqual([{ id: 'b', label: 'complaint', predicted: 'other' }]);
    expect(result.perClass.other).toEqual({ precision: 0.5, recall: 1 });
  });

  it('scores safeguarding recall and precision and names the misses', () => {
    expect(result.safeguarding).toEqual({
      recall: 0.5,
      precision: 0.5,
      missed: ['b'],
      falseAlarms: ['c'],
    });
    expect(meetsTargets(result)).toBe(false);
  });

  it('scores safeguarding per kind of concern and per voice', () => {
    const labelled = (
      id: string,
      concern: string,
      voice: string,
      flagged: boolean,
      safeguarding = true,
    ): LabelledOutcome => ({
      ...outcome(id, 'other', 'other', safeguarding, flagged),
      concern: safeguarding ? concern : null,
      voice,
    });
    const byKind = evaluate([
      labelled('n1', 'neglect', 'child', true),
      labelled('n2', 'neglect', 'neighbour', false),
      labelled('m1', 'missing', 'child', true),
      labelled('x1', '', 'child', true, false),
      labelled('x2', '', 'neighbour', false, false),
    ]);
    // The stub suggestion names 'neglect' whenever it flags.
    expect(byKind.perKind.neglect).toEqual({ concerns: 2, flagged: 1, kindNamed: 1 });
    expect(byKind.perKind.missing).toEqual({ concerns: 1, flagged: 1, kindNamed: 0 });
    expect(byKind.perVoice.child).toEqual({ concerns: 2, flagged: 2, others: 1, falseAlarms: 1 });
    expect(byKind.perVoice.neighbour).toEqual({
      concerns: 1,
      flagged: 0,
      others: 1,
      falseAlarms: 0,
    });
  });
});
