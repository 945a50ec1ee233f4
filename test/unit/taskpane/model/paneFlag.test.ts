import { describe, expect, it } from 'vitest';
import { suggestTriage } from '../../../../src/domain/triage';
import { paneFlag, savedReasons } from '../../../../src/taskpane/model/paneFlag';

// A grandparent's email with several worrying sentences: the rules quote more than the alert
// shows, which is when an officer's note must not be pushed off the end.
const flagged = suggestTriage({
  subject: 'Please help, my grandson',
  from: { name: 'Maureen Delaney', address: 'm.delaney@examplemail.co.uk' },
  body: [
    'My grandson is 9.',
    "He had a big bruise on his back when he came to me on Saturday and he said his mum's boyfriend did it.",
    "He said he's not allowed to tell anyone and he is scared to go home.",
    'There is never any food in the house and he is left on his own at night.',
    'Last week he had a cut on his head too.',
  ].join('\n'),
  receivedAt: '2026-11-02T09:00:00Z',
});

describe('the pane’s safeguarding flag', () => {
  it('quotes more than four reasons for a long worrying email (the case this guards)', () => {
    expect(flagged.safeguarding).toBe(true);
    expect(flagged.safeguardingReasons.length).toBeGreaterThan(4);
  });

  it('keeps officers’ notes apart from the quoted words, and saves both, notes first', () => {
    const note = 'Officers dismissed 1 similar flag: lowered to 50 %.';
    const flag = paneFlag(flagged, { level: 'flag', score: 0.5, notes: [note] });
    expect(flag.alert?.notes).toEqual([note]);
    expect(flag.alert?.quotes).toEqual(flagged.safeguardingReasons);
    expect(savedReasons(flag.alert!)).toEqual([note, ...flagged.safeguardingReasons]);
  });

  it('says who raised a concern by hand, even when the rules found nothing', () => {
    const quiet = suggestTriage({
      subject: 'Bin collection',
      from: { name: 'Sam Reid', address: 'sam.reid@examplemail.co.uk' },
      body: 'Our bin was missed again on Tuesday.',
      receivedAt: '2026-11-02T09:00:00Z',
    });
    const flag = paneFlag(quiet, {
      level: 'none',
      score: 0,
      notes: [],
      here: {
        decision: 'raised',
        reason: 'seen_by_officer',
        features: [],
        emailKey: 'k',
        by: 'Jo Officer',
      },
    });
    expect(flag.alert).toEqual({
      notes: ['Raised by hand by Jo Officer: an officer saw a possible risk.'],
      quotes: [],
    });
  });

  it('shows no alert once a flag is dismissed on this email', () => {
    const flag = paneFlag(flagged, {
      level: 'flag',
      score: 1,
      notes: [],
      here: {
        decision: 'dismissed',
        reason: 'past_matter_dealt_with',
        features: [],
        emailKey: 'k',
        by: 'Jo Officer',
      },
    });
    expect(flag.alert).toBeUndefined();
    expect(flag.decidedHere).toMatch(/^Safeguarding flag dismissed by Jo Officer/);
  });
});
