import { describe, expect, it } from 'vitest';
import { findSafeguarding, suggestTriage } from '../../../../src/domain/triage';
import { readable } from '../../../../src/domain/triage/normalise';

/**
 * Generalisations of the safeguarding rules (issue 15), each on fictitious sentences written
 * for this test from the idea alone, not from any evaluation set.
 */
const flagged = (text: string) => findSafeguarding(text, { year: 2026 });

describe('a negation reaches only its own clause', () => {
  it('flags a harm after a negated clause with another subject', () => {
    expect(flagged('when the support worker isnt around he kicks me. im 9').safeguarding).toBe(
      true,
    );
    expect(flagged('if mum is not home my uncle punches me, i am 11').safeguarding).toBe(true);
  });
  it('still reads a negation of the harm itself', () => {
    expect(flagged('There were no bruises and nobody hit him; he is 6.').safeguarding).toBe(false);
    expect(
      flagged('my nan is 88 and has not been neglected, the home is lovely').safeguarding,
    ).toBe(false);
  });
});

describe('first-person forms of someone taking money', () => {
  it('flags someone else holding my card, pension or benefits', () => {
    const finding = flagged('my nephew has my bank card and only gives me £10 a week. i am 83');
    expect(finding.safeguarding).toBe(true);
    expect(finding.kinds).toContain('financial_abuse');
    expect(flagged('the lodger keeps my pension book and i am 76').safeguarding).toBe(true);
  });
  it('does not flag the writer using their own card', () => {
    expect(flagged('I used my card to pay for the permit and I am 72.').safeguarding).toBe(false);
    expect(flagged('I have taken my pension as a lump sum; I am 66.').safeguarding).toBe(false);
  });
});

describe('a past matter told in the plain past', () => {
  it('keeps out harm set in the past with nothing carrying it on', () => {
    expect(
      flagged(
        'In 2009 my father hit me and the police were called. I would like my records please.',
      ).safeguarding,
    ).toBe(false);
    expect(
      flagged(
        'Many years ago my aunt neglected us when we stayed with her. I am writing about a parking fine.',
      ).safeguarding,
    ).toBe(false);
  });
  it('still flags a past start that goes on, or anything happening now', () => {
    expect(
      flagged('Two years ago my stepdad started hitting me and he still does. im 14').safeguarding,
    ).toBe(true);
    expect(flagged('In 2024 he hit me and last night he hit me again. I am 15.').safeguarding).toBe(
      true,
    );
  });
});

describe('names and titles are not conditions or harms', () => {
  it('reads Ms as a title and MS as multiple sclerosis', () => {
    const title = flagged('Ms Okoro says the carers missed two visits this week.');
    const condition = flagged('Ms Okoro has MS and the carers missed two visits this week.');
    expect(title.quotes).not.toContain('Ms');
    expect(condition.quotes.join(' ')).not.toMatch(/\bMs\b/);
    expect(condition.safeguarding).toBe(true);
    expect(condition.quotes).toContain('MS');
  });
  it('reads Fell and Burns inside a sentence as surnames', () => {
    expect(
      flagged('My mum is 90 and Mrs Fell from the agency has been lovely to her.').safeguarding,
    ).toBe(false);
    expect(flagged('Dr Burns saw my son, who is 4, at the clinic today.').safeguarding).toBe(false);
  });
  it('still reads a fall or a burn in ordinary words, and a surname opening a sentence', () => {
    expect(readable('He fell on the stairs. Fell again today.', 100).text).toBe(
      'he fell on the stairs. fell again today.',
    );
    expect(readable('We saw Mr Fell and Dr Burns.', 100).text).toBe(
      'we saw mr surname and dr surname.',
    );
  });
});

describe('type suggestions that generalise', () => {
  const email = (subject: string, body: string, from = 'lee.example@examplemail.co.uk') =>
    suggestTriage({ subject, body, from: { address: from }, receivedAt: '2026-09-01T09:00:00Z' });

  it('reads dissatisfaction without the word complaint', () => {
    expect(
      email(
        'Blue badge renewal',
        'I am still waiting for a decision on the renewal I sent in June and nobody returns my calls.',
      ).type,
    ).toBe('complaint');
  });

  it('reads a thank-you reply by its own words, not the quoted letter', () => {
    const reply = email(
      'RE: Response to your concerns CORP-2026-0450',
      'Thanks so much, that sorts it and I am grateful for the quick reply.\n\n-----Original Message-----\nFrom: Feedback Team\nSubject: Response to your concerns\n\nWe uphold your complaint. If you remain dissatisfied you may ask for Stage 2.',
    );
    expect(reply.type).toBe('compliment');
  });

  it('still reads a reply that complains in its own words as a complaint', () => {
    const reply = email(
      'RE: Response to your concerns CORP-2026-0451',
      'Thanks for nothing. This is not good enough and I want it escalated to Stage 2.\n\n-----Original Message-----\nFrom: Feedback Team\n\nWe do not uphold your complaint.',
    );
    expect(reply.type).toBe('complaint');
  });

  it('reads a councillor asking for a resident as a councillor enquiry, not an MP', () => {
    const s = suggestTriage({
      subject: 'Resident query',
      body: 'A resident on Oak Close has asked me to find out when the broken bench will be replaced.\n\nCllr Dee Example\nNorth Ward',
      from: { name: 'Cllr Dee Example', address: 'dee.example@exampleshire.gov.uk' },
      receivedAt: '2026-09-01T09:00:00Z',
    });
    expect(s.type).toBe('other');
    expect(s.otherKind).toBe('councillor_enquiry');
  });
});
