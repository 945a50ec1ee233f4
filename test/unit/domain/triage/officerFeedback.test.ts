import { describe, expect, it } from 'vitest';
import {
  combineFlag,
  emailFeatures,
  featureSimilarity,
  OFFICER_SHARE,
  type OfficerFeedback,
} from '../../../../src/domain/triage/officerFeedback';

// Fictitious emails written for this test.
const autoReply =
  'I am away from the office until the end of the week with limited access to email. For urgent matters call the duty desk.';
const autoReplyAgain =
  'I am away from the office until the end of next week with limited access to email. For urgent matters ring the duty desk.';
const unrelated =
  'The bin lorry missed our road again on collection day and the recycling is piling up outside.';
const worried =
  'my nan keeps getting visits from a new friend who takes her bank card to the shop and she has no food left by tuesday';

const decision = (
  d: OfficerFeedback['decision'],
  text: string,
  reason: OfficerFeedback['reason'],
  emailKey = 'm:other',
): OfficerFeedback => ({ decision: d, reason, features: emailFeatures(text), emailKey });

describe('emailFeatures', () => {
  it('keeps no words: only short bucket codes and concern kinds', () => {
    const features = emailFeatures('Mrs Example said the boiler is broken again', ['neglect']);
    for (const f of features) expect(f).toMatch(/^(?:b[0-9a-f]{1,3}|k:[a-z_]+)$/);
    expect(features).toContain('k:neglect');
    expect(features.join(' ')).not.toMatch(/boiler|broken|example/i);
  });

  it('leaves out names, places, numbers and addresses: capitalised words and digits do not count', () => {
    expect(emailFeatures('Jordan Smith Ashford 07700 900123 jordan@example.org')).toEqual(
      emailFeatures('jordan@example.org'),
    );
    expect(emailFeatures('Jordan Smith')).toEqual([]);
  });

  it('is the same in any order and never longer than the cap on a huge body', () => {
    expect(emailFeatures('broken boiler again')).toEqual(emailFeatures('again boiler broken'));
    const huge = Array.from({ length: 5000 }, (_, i) => `word${'abcdefghij'[i % 10]}x${i}`)
      .join(' ')
      .replace(/\d/g, 'q');
    expect(emailFeatures(huge).length).toBeLessThanOrEqual(200);
  });
});

describe('featureSimilarity', () => {
  it('finds two versions of one auto-reply alike and an unrelated email not', () => {
    expect(
      featureSimilarity(emailFeatures(autoReply), emailFeatures(autoReplyAgain)),
    ).toBeGreaterThan(0.7);
    expect(featureSimilarity(emailFeatures(autoReply), emailFeatures(unrelated))).toBeLessThan(0.3);
    expect(featureSimilarity([], emailFeatures(unrelated))).toBe(0);
  });
});

describe('combineFlag', () => {
  const email = (text: string, emailKey = 'm:this') => ({
    features: emailFeatures(text),
    emailKey,
  });

  it('follows the rules alone when officers have decided nothing about similar mail', () => {
    expect(combineFlag(true, email(worried), []).level).toBe('flag');
    expect(combineFlag(false, email(worried), []).level).toBe('none');
    expect(
      combineFlag(false, email(worried), [decision('raised', unrelated, 'seen_by_officer')]).level,
    ).toBe('none');
  });

  it('lifts similar mail to a flag once an officer raised a concern by hand on it', () => {
    const combined = combineFlag(false, email(worried), [
      decision('raised', `${worried} again`, 'seen_by_officer'),
    ]);
    expect(combined.level).toBe('flag');
    expect(combined.score).toBeCloseTo(OFFICER_SHARE);
    expect(combined.notes.join(' ')).toMatch(
      /raised a safeguarding concern by hand on 1 similar email/,
    );
  });

  it('lowers a rule flag after dismissals but never below a flag (recall first)', () => {
    const many = Array.from({ length: 5 }, () =>
      decision('dismissed', autoReplyAgain, 'figure_of_speech'),
    );
    const combined = combineFlag(true, email(autoReply), many);
    expect(combined.score).toBeLessThan(1);
    expect(combined.score).toBeGreaterThanOrEqual(0.5);
    expect(combined.level).toBe('flag');
    expect(combined.notes.join(' ')).toMatch(/dismissed 5 similar flags .*a figure of speech.*50%/);
    // Even a share of say asked above the cap is held to it.
    expect(combineFlag(true, email(autoReply), many, 0.9).level).toBe('flag');
  });

  it('asks for a check when officers disagreed about similar mail the rules did not flag', () => {
    const combined = combineFlag(false, email(worried), [
      decision('raised', worried, 'seen_by_officer'),
      decision('dismissed', worried, 'other'),
    ]);
    expect(combined.level).toBe('check');
  });

  it('gives officers no say when the share is 0', () => {
    expect(
      combineFlag(false, email(worried), [decision('raised', worried, 'seen_by_officer')], 0).level,
    ).toBe('none');
  });

  it('follows a decision on this very email as the officer made it', () => {
    const here = decision('dismissed', worried, 'already_referred', 'm:this');
    const combined = combineFlag(true, email(worried), [here]);
    expect(combined.level).toBe('none');
    expect(combined.here).toBe(here);
    expect(
      combineFlag(false, email(unrelated), [
        decision('raised', worried, 'seen_by_officer', 'm:this'),
      ]).level,
    ).toBe('flag');
  });

  it('names similar mail officers set aside as not feedback, without moving the flag', () => {
    const combined = combineFlag(false, email(autoReply), [
      decision('not_feedback', autoReplyAgain, 'auto_reply'),
    ]);
    expect(combined.notFeedbackLike).toBe('auto_reply');
    expect(combined.level).toBe('none');
    expect(combined.score).toBe(0);
  });
});
