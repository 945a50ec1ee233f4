import { describe, expect, it } from 'vitest';
import { constituentIn, praisedIn } from '../../../../src/taskpane/model/prefillFromEmail';

// Fictitious wordings of the kind councils receive, written for this test.
describe('who a compliment praises', () => {
  it.each([
    ['Thank you to Sam in the reablement team', 'Sam in the reablement team'],
    [
      'Just a note to say thanks to Kofi from the blue badge team, who rang back.',
      'Kofi from the blue badge team',
    ],
    [
      'I want to say a massive thank you to the night staff at Elm House.',
      'the night staff at Elm House',
    ],
    ['Thank you Hannah', 'Hannah'],
    ['We are so grateful to Dr Rees for everything.', 'Dr Rees'],
  ])('%s → %s', (text, expected) => {
    expect(praisedIn(text)).toBe(expected);
  });

  it('answers nothing rather than a wrong name', () => {
    expect(praisedIn('Thank you so much for this, it made a big difference.')).toBeUndefined();
    expect(praisedIn('Thanks for your letter and for the meeting.')).toBeUndefined();
    expect(praisedIn('I wanted to write while it was fresh in my mind.')).toBeUndefined();
    expect(praisedIn('Thank you, I will wait to hear.')).toBeUndefined();
  });

  it('takes the subject before the body, and the first that names someone', () => {
    expect(praisedIn('Re: my case', 'Thanks to Mo on the out of hours line.')).toBe(
      'Mo on the out of hours line',
    );
  });
});

describe('the constituent an MP writes for', () => {
  it.each([
    ['On behalf of my constituent, Mr Dev Patel, who has asked for help.', 'Mr Dev Patel'],
    ['Constituent enquiry: Mrs Ruth Okoro, 3 Mill Lane - parking permit', 'Mrs Ruth Okoro'],
    ['Sir Tom has been contacted by his constituent Ms Lee of Flat 2 about repairs', 'Ms Lee'],
    ['from her constituents Mr and Mrs Hale of Northby', 'Mr and Mrs Hale'],
    ['Constituent Dr Amir Shah (consent attached)', 'Dr Amir Shah'],
  ])('%s → %s', (text, expected) => {
    expect(constituentIn(text)).toBe(expected);
  });

  it('answers nothing when no one is named with a title', () => {
    expect(
      constituentIn('Letters from constituents in Westmere about the charging policy.'),
    ).toBeUndefined();
    expect(constituentIn('my constituent has asked me to write')).toBeUndefined();
  });
});
