import { describe, expect, it } from 'vitest';
import { suggestTriage, type TriageEmail } from '../../../../src/domain/triage';
import { both, email, typeOf } from './fixtures';

/**
 * Type rules read from the shape of an email rather than its keywords (issue 15, "Type
 * suggestions that generalise"). Every email here was invented for this test from the kinds of
 * miss the issue lists, never from an evaluation set. Each is checked by the rules alone (no
 * prior), so a rule cannot lean on word statistics, and as the pane shows it (with the prior).
 */

describe('a complaint that never says "complaint"', () => {
  it.each([
    [
      'a renewal still waiting after weeks',
      'Concessionary bus pass',
      'I sent my renewal form and photo for my bus pass on 4 February. It is now the end of April and I still have nothing. My old pass ran out last week and I cannot get to my physio appointments. Can someone tell me what is happening.',
    ],
    [
      'a bill already paid, in capitals',
      'GARDEN WASTE',
      'I PAID FOR MY GARDEN WASTE BIN IN JANUARY BY CARD. I HAVE NOW HAD ANOTHER LETTER SAYING I OWE £48 AND THAT MY BIN WILL BE TAKEN AWAY. I HAVE THE BANK STATEMENT. SORT THIS OUT.',
    ],
    [
      'payment taken with no reference',
      'Visitor permit',
      'On Monday I filled in the online form for a visitor parking permit. £26 came out of my account the same day but I never got a confirmation email or any reference number, and the permit has not arrived. Now I do not know what to quote when I ring.',
    ],
    [
      'a reminder for a bill paid by direct debit',
      'Council tax reminder',
      'Why have I been sent a final reminder for council tax when I pay by direct debit every month? The money left my account on the 1st as usual. I would like this cancelled and an explanation.',
    ],
    [
      'a grant application gone quiet',
      'Adaptation grant application',
      'We applied for a grant for a stairlift for my husband in January. Three months on, nobody has contacted us, the number on the letter rings out and he is sleeping downstairs. We were told it would take six weeks.',
    ],
    [
      'a timescale the council gave that has gone by',
      'Disabled bay',
      'I applied for a disabled parking bay outside my house in March and the letter said a decision would be made within eight weeks. It is now July. Could you tell me where it has got to?',
    ],
    [
      'wanting to know why something was done to them',
      'Library hours',
      'The branch library near me has cut its Saturday opening to the morning only. I want to know why this was done without asking the people who use it.',
    ],
    [
      'the same thing gone wrong week after week',
      'Leisure centre',
      'For the third Sunday running the pool opened an hour late. I emailed about it in March and again in April.',
    ],
  ])('reads %s as a complaint', (_, subject, body) => {
    expect(typeOf(email(subject, body))).toEqual(both('complaint'));
  });

  it.each([
    [
      'a question about renewing',
      'Bus pass',
      'Hello, my bus pass runs out in June. How do I renew it, and can I do it online? Many thanks.',
    ],
    [
      'a request to change a payment date',
      'Council tax instalments',
      'Please can I move my council tax direct debit from the 1st to the 15th of the month? My reference is on the last bill.',
    ],
    [
      'a question about when a permit arrives',
      'Resident permit',
      'I applied for a resident permit this morning and paid online. How long does it usually take to arrive? Thank you.',
    ],
    [
      'a question that quotes a timescale not yet run',
      'Permit',
      'Your website says resident permits arrive within 10 working days of applying. Can I apply by phone instead of online?',
    ],
  ])('keeps %s a service request', (_, subject, body) => {
    expect(typeOf(email(subject, body))).toEqual(both('other'));
  });
});

describe('a thank-you sent inside a complaint thread', () => {
  it('is a compliment when the newest words thank, under an Outlook header block', () => {
    const e = email(
      'RE: Your complaint COR-2026-0418 - Stage 1 response',
      [
        'Dear Ms Hart,',
        '',
        'Thank you for looking into this properly. The missed collections have stopped and the crew now bring the bin back to the path. I appreciate your help.',
        '',
        'Regards,',
        'Ron Ebbs',
        '',
        '________________________________',
        'From: Complaints Team <complaints@examplebury.gov.uk>',
        'Sent: 12 May 2026 10:14',
        'To: Ron Ebbs',
        'Subject: Your complaint COR-2026-0418 - Stage 1 response',
        '',
        'Dear Mr Ebbs,',
        'Thank you for your complaint about missed bin collections. I am sorry the service has fallen short. We have upheld your complaint. If you remain dissatisfied you may ask for a Stage 2 investigation.',
        '',
        'From: Ron Ebbs',
        'Sent: 28 April 2026 18:40',
        'To: Complaints',
        'Subject: missed bins AGAIN',
        '',
        'I want to make a formal complaint. My bins have been missed four weeks running and nobody answers the phone. This is unacceptable.',
      ].join('\n'),
    );
    expect(typeOf(e)).toEqual(both('compliment'));
  });

  it('is a compliment under a ">" quoted chain with an "On … wrote:" line', () => {
    const e = email(
      'Re: Stage 2 complaint CSC-2026-0077',
      'Thanks so much for your letter and for meeting us. We feel listened to at last and the new plan for Leo is already working.\n\nOn Tue, 3 Mar 2026 at 09:12, Complaints <complaints@examplebury.gov.uk> wrote:\n> Dear Mrs Quist,\n> Your Stage 2 complaint has been investigated. Of the six points, four are upheld.\n> If you are still unhappy you can ask for a review panel.\n>\n> > I am not satisfied with the Stage 1 response and I want this escalated to Stage 2.',
    );
    expect(typeOf(e)).toEqual(both('compliment'));
  });

  it('stays a complaint when the newest words thank but are still unhappy', () => {
    const e = email(
      'RE: Your complaint COR-2026-0418 - Stage 1 response',
      'Thank you for your reply, but I remain dissatisfied: the bins were missed again this week and I want this to go to Stage 2.\n\n________________________________\nFrom: Complaints Team\nSent: 12 May 2026 10:14\nTo: Ron Ebbs\nSubject: Your complaint\n\nDear Mr Ebbs, we have upheld your complaint.',
    );
    expect(typeOf(e)).toEqual(both('complaint'));
  });
});

describe('a council service forwarding mail for re-routing', () => {
  const colleague = { name: 'Dee Marsh', address: 'dee.marsh@examplebury.gov.uk' };

  it('is other (internal) when a service says the resident’s email is not theirs', () => {
    const e = email(
      'FW: bins missed again',
      'Hi both,\n\nThis landed in the Highways inbox but it is about waste collection, so it is not one for us. Could you send it on to whoever looks after waste complaints?\n\nThanks\nDee Marsh\nBusiness Support Officer, Highways\nExamplebury Council\n\n---------- Forwarded message ---------\nFrom: Tom Ilse <tom@mail.example>\nSubject: bins missed again\n\nThis is the third week running my bins have been missed. Nobody answers the phone. I am fed up and I want someone to sort it out.',
      colleague,
    );
    expect(suggestTriage(e).otherKind).toBe('internal');
    expect(typeOf(e)).toEqual(both('other'));
  });

  it('is other even when the colleague’s mailbox is not the one it was sent to', () => {
    const e: TriageEmail = {
      ...email(
        'FW: Library fines',
        'Morning, we have been sent this by a resident but it should have gone to Revenues rather than us. Please can you redirect it to the right team? Many thanks, Libraries Service Desk\n\n-----Original Message-----\nFrom: Amy Lo\nSent: 2 June 2026\nSubject: Library fines\n\nI have been charged twice for the same overdue book and I am not happy about it.',
        { name: 'Libraries Service Desk', address: 'libraries@examplebury.gov.uk' },
      ),
      to: 'customer.feedback@exampleburycouncil.example',
    };
    expect(typeOf(e)).toEqual(both('other'));
  });

  it('is other when only the resident’s words below ask to complain, and the colleague asks for routing', () => {
    const e = email(
      'FW: parking fine letter',
      'Morning, this came to Parks by mistake and it is not ours. Can you route it to whoever handles parking appeals?\n\nCheers, Ola (Parks Admin)\n\n---------- Forwarded message ---------\nFrom: Viv Hale\n\nI want to complain about the fine I got outside the surgery. I was only there five minutes and I wish to make a formal complaint about the warden.',
      colleague,
    );
    expect(suggestTriage(e).otherKind).toBe('internal');
    expect(typeOf(e)).toEqual(both('other'));
  });

  it('is still the resident’s complaint when a colleague forwards it to be logged', () => {
    const e = email(
      'FW: complaint about the leisure centre',
      'Please log this one for us.\n\n---------- Forwarded message ---------\nFrom: A Swimmer\n\nI wish to make a formal complaint: the pool was closed without notice three Saturdays in a row.',
      colleague,
    );
    expect(typeOf(e)).toEqual(both('complaint'));
  });
});

describe('an MP’s caseworker forwarding a constituent’s problem', () => {
  it('is an MP enquiry from a constituency-office domain, even when it thanks', () => {
    const e = email(
      'FW: Damp in flat - Ms Bree',
      'Dear Complaints Team,\n\nPlease see below from Ms Bree, who has asked for our help. I would be grateful if you could look into the damp in her flat and let me know what can be done. Thank you in advance for your help, it is much appreciated.\n\nKind regards\n\nLena Voss\nSenior Caseworker\nOffice of Hal Dunmore MP\nMember of Parliament for Eastmoor\n\n---------- Forwarded message ---------\nFrom: Ms Bree\n\nThe mould in my son’s bedroom is back. Thank you for anything you can do.',
      { name: 'Lena Voss', address: 'lena.voss@dunmoreoffice.example.org' },
    );
    expect(typeOf(e)).toEqual(both('mp_enquiry'));
  });

  it('is an MP enquiry when the signature says caseworker to a named MP on its own line', () => {
    const e = email(
      'Constituent query - housing register',
      'Hello,\n\nI am writing on behalf of a constituent, Mr Ade Kola, who has been on the housing register for four years. Could you tell us where he stands? His signed consent is attached. Many thanks for your help.\n\nRavi Sen\nCaseworker\nRt Hon Mary Fold MP | Westvale',
      { name: 'Ravi Sen', address: 'ravi.sen@foldcasework.example.org' },
    );
    expect(typeOf(e)).toEqual(both('mp_enquiry'));
  });

  it('is an MP enquiry when the sender is named as the MP’s office, even when it only thanks', () => {
    const e = email(
      'Re: Mrs Okoro - school transport',
      'Thank you for looking into this so quickly. Mrs Okoro has been told and is grateful. We will now close our file on her case.',
      { name: 'Constituency Office of Ann Prior MP', address: 'annprior.office@mail.example' },
    );
    expect(typeOf(e)).toEqual(both('mp_enquiry'));
  });

  it('does not read a resident who mentions contacting their MP as an MP enquiry', () => {
    const e = email(
      'Potholes on Mill Lane',
      'I have reported the potholes on Mill Lane three times and nothing has happened. If it is not fixed I am going to my MP.',
    );
    expect(typeOf(e).rules).toBe('complaint');
  });
});

describe('the Ombudsman writing from an address the rules do not know', () => {
  it('is other (Ombudsman) when the sender is named as the Ombudsman, though it says "complaint"', () => {
    const e = email(
      'New complaint: our reference 26 010 551',
      'A member of the public has complained to us about how the council dealt with their request for a school transport review. Please send us your complaint file and your final response letter within 15 working days.',
      { name: 'Housing and Social Care Ombudsman intake', address: 'intake.team@mail.example' },
    );
    expect(suggestTriage(e).otherKind).toBe('ombudsman');
    expect(typeOf(e)).toEqual(both('other'));
  });
});

describe('a report that someone may be at risk', () => {
  it.each([
    [
      'a child telling of home, with "nobody listens"',
      'help',
      'im 12 and my stepdad hits me with his belt when hes been drinking. nobody listens to me at home. please dont tell him i sent this',
    ],
    [
      'a neighbour who saw a toddler alone, with "nobody came"',
      'Little one on the balcony',
      'The toddler in the flat opposite was out on the balcony on his own again last night, climbing on a chair by the railings. Nobody came out for him for ages. I have seen it three times this week.',
    ],
  ])('reads %s as a report (other), not a complaint', (_, subject, body) => {
    const e = email(subject, body);
    expect(suggestTriage(e).safeguarding).toBe(true);
    expect(typeOf(e)).toEqual(both('other'));
  });

  it('stays a complaint when a care service it names is what failed', () => {
    const e = email(
      'Mum on her own',
      'My mum is 87 and has her lunch and tea visits from the agency. Yesterday nobody came for either and she went without her heart tablets until I got there at nine. She had fallen by the door.',
    );
    expect(suggestTriage(e).safeguarding).toBe(true);
    expect(typeOf(e)).toEqual(both('complaint'));
  });

  it('stays a complaint when the grievance is told apart from the concern', () => {
    const e = email(
      'Bins and a worry',
      'My recycling has been missed three weeks in a row and nobody rings back when I call. I am fed up with it.\n\nSeparately, the boy next door, he is about 10, told me his dad locks him in the shed when he is naughty and he had bruises on his arms yesterday. I did not know who else to tell.',
    );
    expect(suggestTriage(e).safeguarding).toBe(true);
    expect(typeOf(e)).toEqual(both('complaint'));
  });
});

describe('a short thank-you that is not a reply', () => {
  it('is a compliment when it thanks for something done', () => {
    expect(
      typeOf(email('Bins', 'Bins emptied first thing after I rang yesterday. Cheers!')),
    ).toEqual(both('compliment'));
  });

  it.each([
    [
      'a report signed off with thanks',
      'Streetlight',
      'Streetlight out on Elm Road by number 4. Thanks, Sam',
    ],
    [
      'a check on a form signed off with thanks',
      'Form',
      'I sent my form in last week and just wanted to check it came through. Thanks, Sam',
    ],
  ])('is not a compliment for %s', (_, subject, body) => {
    expect(typeOf(email(subject, body)).rules).toBe('other');
  });
});

describe('an objection', () => {
  it('to a planning application not yet decided is a representation (other)', () => {
    const e = email(
      'Application 25/00412/FUL',
      'I wish to object to planning application 25/00412/FUL for a drive-through at the end of our road. The traffic is already terrible and it is totally unfair on the families who live here.',
    );
    expect(typeOf(e)).toEqual(both('other'));
  });

  it('to a decision already made is a complaint', () => {
    const e = email(
      'Day centre',
      'I object to the decision to close the day centre. It is totally unfair on the families who rely on it and nobody asked us.',
    );
    expect(typeOf(e)).toEqual(both('complaint'));
  });
});

describe('a nuisance from a neighbour', () => {
  it('is a report for the council to act on when the sender tried the neighbour first', () => {
    const e = email(
      'Barking',
      'The dog at number 12 barks from six in the morning until late. I have put a note through their door but nothing changed. Can someone help?',
    );
    expect(typeOf(e).rules).toBe('other');
  });

  it('is a report when the complaint is about the people at a house number', () => {
    const e = email(
      'Bins next door',
      'I want to complain about the family at number 22, who leave their bins out on the pavement all week and the rubbish blows into my garden. What can you do?',
    );
    expect(typeOf(e).rules).toBe('other');
  });

  it('is still a complaint when the council’s own team let the sender down', () => {
    const e = email(
      'Noise team',
      'I have reported the noise from the flat above to your noise team four times since May and nobody has come out or rung me back. I have knocked on their door myself. I want to know why nothing has been done.',
    );
    expect(typeOf(e)).toEqual(both('complaint'));
  });
});
