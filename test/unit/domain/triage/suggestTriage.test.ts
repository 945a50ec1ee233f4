import { describe, expect, it } from 'vitest';
import { suggestTriage } from '../../../../src/domain/triage';
import { email } from './fixtures';

describe('suggestTriage: feedback type', () => {
  it('reads a plain request to complain as a complaint, and says why', () => {
    const s = suggestTriage(
      email(
        'Fly-tipping',
        'I want to make a complaint. The rubbish dumped in Wren Lane was reported a month ago and is still there.',
      ),
    );
    expect(s.type).toBe('complaint');
    expect(s.reasons).toContain('Says "make a complaint"');
    expect(s.confidence).toBeGreaterThan(0.7);
    expect(s.procedure).toBe('corporate');
    expect(s.stage).toBe(1);
  });

  it('reads dissatisfaction without the word "complaint" as a complaint', () => {
    const s = suggestTriage(
      email(
        'Library fines',
        'Nobody has replied to my three emails about the fine. I am very unhappy and I want it refunded.',
      ),
    );
    expect(s.type).toBe('complaint');
  });

  it('reads thanks for a named officer as a compliment, even with a passing grumble', () => {
    const s = suggestTriage(
      email(
        'Thank you to Omar',
        'I just wanted to say thank you to Omar in the highways team who sorted our dropped kerb. Please make sure his manager sees this. My only moan is the form was long.',
      ),
    );
    expect(s.type).toBe('compliment');
    expect(s.procedure).toBeNull();
    expect(s.stage).toBeNull();
  });

  it('keeps a complaint that opens with thanks a complaint', () => {
    const s = suggestTriage(
      email(
        'Meals at the day centre',
        'Thank you to the drivers, who are lovely. This is not about them. I want to complain about the lunches at Birch day centre: my aunt has been served food she cannot eat four times and nobody has rung me back.',
      ),
    );
    expect(s.type).toBe('complaint');
    expect(s.procedure).toBe('adults_statutory');
  });

  it('treats an MP writing for a constituent as an MP enquiry, with name and constituency', () => {
    const s = suggestTriage(
      email(
        'Constituent: Mr R Fenn - housing repairs',
        'Dear colleagues,\nI write on behalf of Alex Morrow MP about his constituent Mr Fenn, who has complained about damp. Consent attached.\n\nSam Lee\nCaseworker to Alex Morrow MP\nMember of Parliament for Northby and Vale\nHouse of Commons',
        { name: 'Sam Lee', address: 'sam.lee@parliament.uk' },
      ),
    );
    expect(s.type).toBe('mp_enquiry');
    expect(s.reasons).toContain('Sender is at parliament.uk');
    expect(s.mp).toEqual({ name: 'Alex Morrow', constituency: 'Northby and Vale' });
    expect(s.procedure).toBeNull();
  });

  it('recognises an MP office writing from a constituency domain', () => {
    const s = suggestTriage(
      email(
        'Enquiry - school transport',
        'Dr Kim Osei MP has been contacted by her constituent about a bus pass.\n\nJo Parr\nOffice of Dr Kim Osei MP',
        { name: 'Jo Parr', address: 'office@oseiforvale.example.org' },
      ),
    );
    expect(s.type).toBe('mp_enquiry');
    expect(s.mp?.name).toBe('Dr Kim Osei');
  });

  it.each([
    [
      'foi_request',
      'FOI request',
      'Under the Freedom of Information Act please tell me how many complaints went to Stage 2 last year.',
    ],
    [
      'auto_reply',
      'Automatic reply: your complaint',
      'I am currently out of the office and will return on Monday. I have no access to email.',
    ],
    [
      'newsletter',
      'Sector news issue 40',
      'In this issue: safeguarding week and complaint statistics. View in browser. Unsubscribe.',
    ],
    [
      'service_request',
      'Bulky collection',
      'Hello, how do I book a bulky waste collection for a fridge? Thanks for any help.',
    ],
  ])('files %s as other', (kind, subject, body) => {
    const s = suggestTriage(email(subject, body));
    expect(s.type).toBe('other');
    expect(s.otherKind).toBe(kind);
  });

  it('files the Ombudsman, a councillor and a colleague as other, by who is writing', () => {
    const ombudsman = suggestTriage(
      email(
        'Our ref 24 111 222',
        'Ms K has complained to us about the council. We have decided to investigate.',
        {
          address: 'investigator@lgo.org.uk',
        },
      ),
    );
    expect(ombudsman.otherKind).toBe('ombudsman');
    const councillor = suggestTriage(
      email(
        'Resident query - trees',
        'Could someone update me on the tree works? They do not want to make a formal complaint.',
        {
          name: 'Cllr Jan Hale',
          address: 'jan.hale@mail.example',
        },
      ),
    );
    expect(councillor.otherKind).toBe('councillor_enquiry');
    const colleague = suggestTriage(
      email('Figures for Monday', 'Can you send me the monthly numbers by Friday please?', {
        address: 'analyst@examplebury.gov.uk',
      }),
    );
    expect(colleague.otherKind).toBe('internal');
  });
});

describe('suggestTriage: replies, forwards and escalation', () => {
  it('does not take the council’s quoted letter as the sender’s words', () => {
    const s = suggestTriage(
      email(
        'RE: Your complaint CORP-2024-0301 - our response',
        'Thank you so much for sorting this out, please pass on my thanks to Mr Dale.\n\n> Dear Mr Bell,\n> I am sorry for the delay. If you remain dissatisfied you may ask for Stage 2 of our complaints procedure.',
      ),
    );
    expect(s.type).toBe('compliment');
    expect(s.stage).toBeNull();
    expect(s.references).toEqual(['CORP-2024-0301']);
  });

  it('reads a colleague forwarding a resident’s complaint as that complaint', () => {
    const s = suggestTriage(
      email(
        'FW: complaint about the leisure centre',
        'Please log this one.\n\n---------- Forwarded message ---------\nFrom: A Swimmer\n\nI wish to make a formal complaint: the pool was closed without notice three Saturdays in a row.',
        { address: 'leisure.manager@examplebury.gov.uk' },
      ),
    );
    expect(s.type).toBe('complaint');
  });

  it('spots a request for Stage 2 and the procedure from the reference', () => {
    const s = suggestTriage(
      email(
        'CSC-2024-0077 - Stage 2 please',
        'I have your Stage 1 response but I am not satisfied with the response. I would like an independent investigation at Stage 2.',
      ),
    );
    expect(s.type).toBe('complaint');
    expect(s.procedure).toBe('children_statutory');
    expect(s.stage).toBe(2);
  });

  it('spots a request for a review panel as Stage 3', () => {
    const s = suggestTriage(
      email(
        'Review panel',
        'I disagree with the adjudication on my complaint about my foster placement and ask for a Stage 3 review panel.',
      ),
    );
    expect(s.stage).toBe(3);
    expect(s.procedure).toBe('children_statutory');
  });

  it('keeps adult social care complaints at their single stage', () => {
    const s = suggestTriage(
      email(
        'Direct payments',
        'I want to complain about my direct payments being cut. Please escalate this to stage 2.',
      ),
    );
    expect(s.procedure).toBe('adults_statutory');
    expect(s.stage).toBe(1);
  });

  it('reads a social worker complaint about a teenager as children’s social care', () => {
    const s = suggestTriage(
      email(
        'my social worker',
        'im 15 and i want to complain because my social worker never calls me back.',
      ),
    );
    expect(s.procedure).toBe('children_statutory');
  });

  it('reads "please correct it and refund" about a wrong bill as a complaint', () => {
    const s = suggestTriage(
      email(
        'Invoice',
        'The invoice for my dad’s care home is wrong again. Please correct it and refund the overpayment.',
      ),
    );
    expect(s.type).toBe('complaint');
    expect(s.procedure).toBe('adults_statutory');
  });

  it('treats an EHCP complaint as corporate: education is not social care', () => {
    const s = suggestTriage(
      email(
        'EHCP',
        'I want to complain that my daughter’s EHCP is 20 weeks late and the SEND team never replies.',
      ),
    );
    expect(s.procedure).toBe('corporate');
  });
});

describe('suggestTriage: safeguarding rides along with any type', () => {
  it('flags a concern inside a compliment', () => {
    const s = suggestTriage(
      email(
        'Thank you',
        'Thank you to the housing officer, she was brilliant. My ex has found our new address and he is not supposed to come near us because of the order.',
      ),
    );
    expect(s.type).toBe('compliment');
    expect(s.safeguarding).toBe(true);
    expect(s.safeguardingReasons.join(' ')).toContain('not supposed to come near');
  });

  it('does not flag the signposting in an auto-reply', () => {
    const s = suggestTriage(
      email(
        'Automatic reply: enquiry',
        'I am on annual leave and will return on 2 June. If you are worried that a child is at risk of harm, contact the MASH or call 999.',
      ),
    );
    expect(s.safeguarding).toBe(false);
  });
});

describe('suggestTriage: everyday dissatisfaction, sign-offs and machine mail', () => {
  it.each([
    'I have emailed your housing team five times about the damp and nothing has happened.',
    'Our carers agency never turns up before 10 and it keeps happening. I want it put right.',
    'Heard nothing since August about the skip licence. Please can someone look into this.',
    'You took £30 for a replacement recycling box and charged me twice. Each time I ring I am told to wait.',
  ])('reads "%s" as a complaint', (body) => {
    expect(suggestTriage(email('Waiting', body)).type).toBe('complaint');
  });

  it('does not read a sign-off "many thanks" or "grateful for a reply" as a compliment', () => {
    expect(
      suggestTriage(
        email(
          'Garden waste',
          'Could you send me a new garden waste sticker please?\n\nMany thanks\nJo',
        ),
      ).type,
    ).toBe('other');
    expect(
      suggestTriage(
        email(
          'Case 4471',
          'I wrote in May and have heard nothing. I would be grateful for a reply by Friday.',
        ),
      ).type,
    ).toBe('complaint');
  });

  it('reads a child thanking a youth worker in their own words as a compliment', () => {
    expect(
      suggestTriage(
        email(
          'youth club',
          'the youth worker sam is really kind and helps me loads with my cv. thank u',
        ),
      ).type,
    ).toBe('compliment');
  });

  it('reads a bounced message as an automatic reply', () => {
    const s = suggestTriage(
      email('Undeliverable: Your complaint reference', 'Delivery has failed to these recipients.'),
    );
    expect(s.type).toBe('other');
    expect(s.otherKind).toBe('auto_reply');
  });
});

describe('suggestTriage: "pass it on"', () => {
  it('reads someone who said they would pass a matter on as no praise', () => {
    const s = suggestTriage(
      email(
        'Bus stop',
        'Thanks for the quick reply. The driver told me he would pass it on, but who do I ask about moving the bus stop closer to the surgery?',
      ),
    );
    expect(s.type).toBe('other');
  });

  it('still reads a sender asking for praise to be handed on as a compliment', () => {
    const s = suggestTriage(
      email(
        'Thank you',
        'Leah from the home care team has been wonderful with Dad. Please pass this on to her manager.',
      ),
    );
    expect(s.type).toBe('compliment');
    expect(s.reasons).toContain('Says "Please pass this on"');
  });
});
