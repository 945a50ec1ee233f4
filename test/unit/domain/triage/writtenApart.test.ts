import { describe, expect, it } from 'vitest';
import { extractReferences, findSafeguarding, suggestTriage } from '../../../../src/domain/triage';
import { both, email, typeOf } from './fixtures';

/**
 * Rules added after reading the misses on development mail written apart from them (dev7 to
 * dev12, session 19). Every email here was invented for this test from the kind of miss, in
 * other words than the development mail, never from an evaluation set. The type is checked by
 * the rules alone (no prior) and as the pane shows it (with the prior).
 */
const colleague = { name: 'Ola Banks', address: 'ola.banks@examplebury.gov.uk' };

describe('the type of mail written apart from the rules', () => {
  it('does not make a reply a complaint because the letter it quotes mentions one', () => {
    const e = email(
      'RE: Blue badge application BB/40112 - evidence needed',
      'Hello, here are the two documents you asked for: my PIP award letter and a photo. Let me know if anything else is missing.\n\nJo\n\nFrom: Blue Badge Team\nSent: 3 March 2025\nSubject: Blue badge application BB/40112 - evidence needed\n\nWe need two more documents. If you are unhappy with how we have handled your application you can make a complaint on our website.',
    );
    expect(typeOf(e)).toEqual(both('other'));
  });

  it('does not read a reply that sends what was asked for as thanks', () => {
    const e = email(
      'RE: Noise diary',
      'Thank you, the two weeks of diary sheets are attached.\n\nRob\n\nOn Mon, 3 Mar 2025 at 10:00, Environmental Health wrote:\n> Please keep a diary for two weeks.',
    );
    expect(typeOf(e).rules).not.toBe('compliment');
  });

  it('reads a short reply that only thanks as a compliment, as before', () => {
    const e = email(
      'RE: Missed collection',
      'That is all sorted now, the crew came back this morning. Thank you for chasing it.\n\nOn Mon, 3 Mar 2025 at 10:00, Waste Services wrote:\n> We have asked the crew to return.',
    );
    expect(typeOf(e)).toEqual(both('compliment'));
  });

  it('reads a sender named as an MP as an MP enquiry, even in an unhappy reply', () => {
    const e = email(
      'Re: Mr Dunne - street lighting',
      'Thank you for this, but I do not think it answers what Mr Dunne asked. Could an engineer visit?\n\nOn Tue, 4 Mar 2025, Council wrote:\n> The light is on our repair list.',
      { name: 'Harriet Coyle MP', address: 'harriet.coyle@commons.example' },
    );
    expect(typeOf(e)).toEqual(both('mp_enquiry'));
  });

  it('does not take the council’s own MP team for an MP', () => {
    const e = email('Casework allocation', 'Please see the new rota for the week.', {
      name: 'MP Enquiries',
      address: 'mp.enquiries@mail.example',
    });
    expect(suggestTriage(e, undefined, null).type).not.toBe('mp_enquiry');
  });

  it('reads a councillor passing on a resident’s formal complaint as a councillor’s enquiry', () => {
    const e = email(
      'FW: Library closure',
      'A resident has asked me to pass this on. Could I have a briefing?\n\nCllr Tam Reid\nCouncillor, Northgate Ward\n\n---------- Forwarded message ---------\nFrom: A Reader\n\nI wish to make a formal complaint about the library being shut every Saturday since January.',
      { name: 'Cllr Tam Reid', address: 'tam.reid@examplebury.gov.uk' },
    );
    expect(suggestTriage(e, undefined, null)).toMatchObject({
      type: 'other',
      otherKind: 'councillor_enquiry',
    });
  });

  it('reads a councillor writing about their own affairs as a complaint', () => {
    const e = email(
      'My garden waste subscription',
      'I am writing in a personal capacity. I paid for garden waste in February and the bin has not been emptied once since. Please refund me.\n\nTam Reid',
      { name: 'Cllr Tam Reid', address: 'tam.reid@mail.example' },
    );
    expect(typeOf(e)).toEqual(both('complaint'));
  });

  it('reads a colleague’s own mail about complaints work as internal', () => {
    const e = email(
      'Complaints training and the stage 2 figures',
      'Hi team, can you send me the stage 2 figures for last quarter, and let me know who is booked on the complaint handling course next month?\n\nOla',
      colleague,
    );
    expect(suggestTriage(e, undefined, null)).toMatchObject({
      type: 'other',
      otherKind: 'internal',
    });
  });

  it('reads a colleague’s request to log a typed-up call as the caller’s complaint', () => {
    const e = email(
      'Phone call - please log',
      'Mr Hale rang the contact centre and asked for this to be logged as a complaint. In his words: the pothole he reported in January is still there, nobody came, and his tyre burst on it last week.\n\nOla',
      colleague,
    );
    expect(suggestTriage(e, undefined, null).type).toBe('complaint');
  });

  it('reads a letter from the LGSCO by its acronym as the Ombudsman’s', () => {
    const e = email(
      'Draft decision - complaint about adult social care',
      'Please find attached our draft decision on the complaint from Mrs K.',
      { name: 'LGSCO Assessment Team', address: 'assessment@lgsco.example' },
    );
    expect(suggestTriage(e, undefined, null)).toMatchObject({ otherKind: 'ombudsman' });
  });

  it.each([
    ['unfairness and a charge', 'I do not think it is fair that I have to pay £30 for your error.'],
    ['not told', 'Why were we not told the road would be closed for three weeks?'],
    [
      'a promise not kept',
      'We were assured in June that the crossing patrol would be back in September. It is now November.',
    ],
    [
      'works done without notice',
      'The hedge along our lane was cut back to the stumps on Friday with no notice to anyone.',
    ],
    [
      'a polite request to explain a decision',
      'I would be grateful if you could explain why the bus stop outside the surgery has been moved.',
    ],
    [
      'a charge to be cancelled',
      'The machine took my money and printed the wrong ticket, so now I am stuck getting the fine cancelled.',
    ],
    ['asking for another stage', 'If it needs to go to another stage then so be it.'],
  ])('reads %s as dissatisfaction', (_, body) => {
    expect(suggestTriage(email('Road closure', body), undefined, null).type).toBe('complaint');
  });

  it('reads warm words in a request as courtesy, not a compliment', () => {
    const e = email(
      'Recycling calendar',
      'Could you post me a paper copy of the new recycling calendar? Thanks so much, you are all wonderful!',
    );
    expect(typeOf(e).rules).toBe('other');
  });

  it('still reads praise to be handed on as a compliment, even with a question in it', () => {
    const e = email(
      'The crew on Mill Lane',
      'The two men on the bin lorry this morning were brilliant with my elderly dad and helped him with his bins. Could you pass this on to their manager? They deserve to hear it.',
    );
    expect(typeOf(e).rules).toBe('compliment');
  });

  it('reads a question the sender says is not a dispute as a request', () => {
    const e = email(
      'My bill',
      'My new bill shows two amounts for different months. Could someone explain how that works? I am not disputing it, I just want to understand it.',
    );
    expect(suggestTriage(e, undefined, null).type).toBe('other');
  });

  it('reads a job reported done that is not as a complaint', () => {
    const e = email(
      'Graffiti on the underpass',
      'Your team came on Tuesday about the graffiti I reported. They painted over half of it and left. The system says the job is closed. It is not done.',
    );
    expect(suggestTriage(e, undefined, null).type).toBe('complaint');
  });

  it('reads a councillor writing as a resident from a council address as a complaint', () => {
    const e = email(
      'My own parking permit',
      'I am writing as a resident. My permit was paid for in May and has still not arrived, and I have now had two tickets outside my own house. Please treat it as a complaint.',
      colleague,
    );
    expect(suggestTriage(e, undefined, null).type).toBe('complaint');
  });

  it('does not read a swimming course’s stage as an escalation', () => {
    const e = email('Lessons', 'Is there space in stage 3 lessons on Saturdays for my son?');
    expect(suggestTriage(e, undefined, null).type).toBe('other');
  });
});

describe('procedure words families use', () => {
  const procedureOf = (subject: string, body: string) =>
    suggestTriage(email(subject, body), undefined, null).procedure;

  it.each([
    [
      'an evening visit',
      'The evening call did not happen again and Dad was left in his chair. I want this sorted.',
    ],
    [
      'equipment at home',
      'The hoist has been broken for a fortnight and nobody has come to fix it. This is unacceptable.',
    ],
    [
      'an older adult’s age',
      'My aunt is 87 and the carers came at 11am instead of 8am three days running. I want an explanation.',
    ],
  ])('reads %s as adult social care', (_, body) => {
    expect(procedureOf('Mum’s care', body)).toBe('adults_statutory');
  });

  it('reads a contact centre and a unit as children’s social care', () => {
    expect(
      procedureOf(
        'Contact',
        'I am unhappy that the contact centre cancelled my visits with my son twice and the unit did not tell him why.',
      ),
    ).toBe('children_statutory');
  });

  it('finds a slash reference with a year and takes its procedure from the prefix', () => {
    expect(extractReferences('Re ASC/25/0412 and CSC/2025/18, not 12/03/2025')).toEqual([
      'ASC/25/0412',
      'CSC/2025/18',
    ]);
    expect(procedureOf('Stage 2 - ASC/25/0412', 'I am not satisfied with your response.')).toBe(
      'adults_statutory',
    );
  });
});

describe('safeguarding in ordinary words', () => {
  it.each([
    ['a last email', 'I have tried everything. This will be my last email to anyone.', 'self_harm'],
    ['others better off', 'Some nights I think the family would be better off.', 'self_harm'],
    [
      'medicine put aside',
      'I have been keeping back some of my sleeping tablets in a drawer.',
      'self_harm',
    ],
    [
      'gone and not come back',
      'My brother, who has dementia, went to the shop yesterday morning and has not come back.',
      'missing',
    ],
    ['going without', 'im 10 and there is no tea most nights at my house', 'neglect'],
    [
      'left overnight on the floor',
      'My grandmother, who is 90, was on the floor overnight before anyone found her.',
      'neglect',
    ],
    [
      'a carer frightening themselves',
      'I care for my wife. Yesterday I yelled at her and frightened myself. I cannot keep going like this.',
      'carer_breakdown',
    ],
    [
      'a goodbye in a routine reply',
      'Thanks for the date of my next review. I do not think I will be around for the next review, so give my place to someone else. It is not anyone’s fault.',
      'self_harm',
    ],
    [
      'violence told by a door',
      'We all have to keep out of his way in our rooms at night. Last week he kicked his foot through the kitchen door.',
      'domestic_abuse',
    ],
    [
      'an older neighbour seen from outside',
      'The man next door is 88. I see him going through the bins in the dark and last week he did not know who I was.',
      'self_neglect',
    ],
  ])('flags %s', (_, text, kind) => {
    const found = findSafeguarding(text);
    expect(found.safeguarding).toBe(true);
    expect(found.kinds).toContain(kind);
  });

  it('flags touching told by where a hand was put, with a secret', () => {
    const found = findSafeguarding(
      'My son is 9. He says the coach puts his hand on his knee in the minibus and says it is their secret.',
    );
    expect(found.safeguarding).toBe(true);
    expect(found.kinds).toContain('sexual_harm');
  });

  it('needs more than a topic word to flag', () => {
    expect(findSafeguarding('Our next bulletin has a piece on county lines.').safeguarding).toBe(
      false,
    );
    expect(
      findSafeguarding('My son is 15 and older lads have him running county lines.').safeguarding,
    ).toBe(true);
  });

  it('counts a disclosure set apart from the business of the email as support', () => {
    const business = 'Please find my housing benefit form attached. ';
    const sign = 'I have been having dark thoughts.';
    expect(findSafeguarding(`${business}${sign}`).safeguarding).toBe(false);
    const told = findSafeguarding(`${business}I will be honest, ${sign.toLowerCase()}`);
    expect(told.safeguarding).toBe(true);
    expect(told.quotes).toContain('I will be honest');
  });

  it.each([
    ['a reply that has come back', 'The letter has not come back to me yet.'],
    ['a figure of speech about a bin', 'This missed bin saga is killing me.'],
  ])('does not flag %s', (_, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });
});

/**
 * Rules added after reading the misses on dev16 (session 20), each in other words than the
 * development mail and never from an evaluation set.
 */
describe('the type of mail written apart from the rules, session 20', () => {
  it('does not take "thank you for your letter" at the top of a reply for thanks', () => {
    const e = email(
      'RE: Your review of my mother’s care',
      'Thank you for your email of 3 March. I still think the review missed that she cannot use the stairs, and I would like this to be escalated, please.\n\nOn Mon, 3 Mar 2025, Adult Care wrote:\n> We reviewed the care plan.',
    );
    expect(typeOf(e).rules).toBe('complaint');
  });

  it('does not read a reply that asks whether it should send more as thanks', () => {
    const e = email(
      'RE: Fallen tree on the footpath',
      'I just wanted to ask if a map would help you find it. Thanks\n\nOn Mon, 3 Mar 2025, Highways wrote:\n> Your report has been logged.',
    );
    expect(typeOf(e).rules).not.toBe('compliment');
  });

  it.each([
    [
      'a first check that says it expects the wait',
      'Application posted',
      'I posted my bus pass form three weeks ago. I am sure this is normal and I am not trying to rush anyone; could you confirm it arrived?',
    ],
    [
      'a first missed bin',
      'Green bin',
      'Our green bin was missed on Friday. This is the first time it has happened. Could the lorry come back for it?',
    ],
    [
      'a question about when to appeal',
      'School place',
      'When are offers sent out, and how long do we have to appeal if we do not get our first choice?',
    ],
  ])('reads %s as a request, not a complaint', (_, subject, body) => {
    expect(typeOf(email(subject, body)).rules).toBe('other');
  });

  it('reads a colleague asking to log a compliment as the compliment', () => {
    const e = email(
      'FW: Thank you',
      'Please can you log this compliment for Highways?\n\nOla\n\n---------- Forwarded message ---------\nFrom: A Walker\n\nThe crew who cleared the drain on Mill Street were so polite and did a brilliant job. Please thank them.',
      colleague,
    );
    expect(typeOf(e).rules).toBe('compliment');
  });

  it('reads a caseworker writing for a constituent as an MP enquiry without the MP named', () => {
    const e = email(
      'FW: Parking permit',
      'Please see below from a constituent. I would be grateful for your reply.\n\nSam Holt\nCaseworker\n\n---------- Forwarded message ---------\nFrom: P Lane\n\nMy permit renewal has not arrived and I have been fined twice.',
      { name: 'Sam Holt', address: 'sam.holt@office.example.org' },
    );
    expect(typeOf(e).rules).toBe('mp_enquiry');
  });

  it('reads plain praise with an exclamation of thanks as a compliment', () => {
    const e = email('Library', 'The man on the library desk today was brilliant. Thank you!');
    expect(typeOf(e)).toEqual(both('compliment'));
  });

  it('reads less care than was arranged as a complaint', () => {
    const e = email(
      'Dad’s visits',
      'The agency is paid for forty-five minute visits, but that is not what Dad is getting: they stay a quarter of an hour and leave.',
    );
    expect(typeOf(e).rules).toBe('complaint');
  });
});

/**
 * Harm to older and disabled adults said sideways, added after reading the misses on dev15
 * (session 20); each in other words than the development mail, never from an evaluation set.
 */
describe('harm to an adult with care needs said sideways, session 20', () => {
  it.each([
    [
      'self_harm',
      'About my bus pass: I have no intention of carrying on much past the spring, so please do not renew it.',
    ],
    [
      'self_harm',
      'I am 84 and registered blind. I have stopped taking my water tablets and nobody will notice.',
    ],
    [
      'missing',
      'My father has dementia. He went to the paper shop at nine and he is not back, and the police are searching for him.',
    ],
    [
      'domestic_abuse',
      'Mum is 80 and uses a walking frame. Her husband hides her walking frame when she argues and he gripped her arm so tight it bruised.',
    ],
    [
      'financial_abuse',
      'My aunt is 88 and lives alone. A builder has been paid six times for a wall he never started, and today she is going to the bank with him again.',
    ],
  ])('flags %s', (kind, text) => {
    const found = findSafeguarding(text);
    expect(found.safeguarding).toBe(true);
    expect(found.kinds).toContain(kind);
  });

  it.each([
    [
      'a will made long ago',
      'Mum put her affairs in order years ago with a solicitor; this is about her council tax band.',
    ],
    [
      'a figure of speech',
      'Your parking department will not be a bother to me much longer: I am moving to another county.',
    ],
  ])('does not flag %s', (_, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });
});

/**
 * Rules added after reading the misses on dev17 (session 21: the line between a complaint and
 * other mail), each in other words than the development mail and never from an evaluation set.
 */
describe('complaint or other mail, written apart from the rules, session 21', () => {
  it.each([
    [
      'a grievance with a body the council does not run, asking for a way forward',
      'Gas meter',
      'The energy company has sent an engineer twice and still not fitted the meter. Does the council have anyone who can help with this?',
    ],
    [
      'a first report said in so many words',
      'Broken bench',
      'The bench by the duck pond is smashed, it is a disgrace. I am reporting it for the first time today. Could it be mended?',
    ],
    [
      'a complaint withdrawn',
      'My complaint about the library',
      'Please close my complaint about the library fines. I have decided not to take it any further.',
    ],
    [
      'a question about how complaints work, with nothing wrong',
      'Advocates',
      'My brother has a learning disability. If he ever needed to complain, could I act for him? We have no problem with anything at the moment.',
    ],
    [
      'a courteous thanks for being consulted',
      'Park consultation',
      'I prefer the second layout for the play area, with the fence on the road side. Thank you for consulting local families.',
    ],
    [
      'a reply that confirms an arrangement with thanks',
      'RE: Garden waste bin delivery',
      'Noted, thanks. I will leave the gate unlocked on Tuesday.\n\nOn Mon, 3 Mar 2025, Waste Services wrote:\n> Your new bin will be delivered on Tuesday.',
    ],
  ])('reads %s as other mail', (_, subject, body) => {
    expect(suggestTriage(email(subject, body), undefined, null).type).toBe('other');
  });

  it.each([
    [
      'visits called off again and again',
      'My son’s worker',
      'His key worker has cancelled on him four times since September and the plan for his college place still is not written. Somebody needs to sort this.',
    ],
    [
      'a fault reported twice and still not mended',
      'Handrail',
      'I reported the loose handrail on the library steps in May and again in August. It is still broken and somebody will fall. Please get it repaired.',
    ],
  ])('reads %s as a complaint', (_, subject, body) => {
    expect(suggestTriage(email(subject, body), undefined, null).type).toBe('complaint');
  });

  it('reads thanks to carers after a death as a compliment', () => {
    const e = email(
      'Mr Ward’s carers',
      'Our grandfather died at home on Sunday. We would like to thank the home care team, who were patient and gentle with him to the end. With our gratitude, the Ward family.',
    );
    expect(typeOf(e)).toEqual(both('compliment'));
  });

  it('reads a resident who works for the council, writing as a resident, as a complaint', () => {
    const e = email(
      'Parking outside my house',
      'I am writing as a resident, not for my team. The resident bay outside my house has been suspended for building works on three of the last four weekends with no notice, and I want it put right.',
      colleague,
    );
    expect(suggestTriage(e, undefined, null).type).toBe('complaint');
  });

  it.each([
    [
      'a bailiff feared at the door',
      'Your enforcement agents wrote again. I am frightened of someone turning up at the door over a bill I have paid.',
    ],
    [
      'the dark evenings on an unlit path',
      'It is dark by five now and the footpath light is still out.',
    ],
    [
      'a discharge with care arranged',
      'Dad comes out of hospital on Monday. The ward has arranged carers twice a day for the first fortnight. How do we ask about longer-term help?',
    ],
  ])('does not flag %s', (_, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });

  it('still flags a discharge with nothing arranged', () => {
    expect(
      findSafeguarding(
        'Mum was sent home from hospital at midnight in a taxi. Nobody has arranged any carers and she cannot get out of her chair.',
      ).safeguarding,
    ).toBe(true);
  });
});

/**
 * Rules added after reading the misses on dev18 (session 21: complaints made calmly), each in
 * other words than the development mail and never from an evaluation set.
 */
describe('complaints made calmly, written apart from the rules, session 21', () => {
  it.each([
    [
      'a wish to understand why something went wrong',
      'Garden waste subscription',
      'I paid for garden waste collections in March. I would like to understand why my bin has not had a sticker or a single collection since.',
    ],
    [
      'a system that let a family down, after praise for the staff',
      'Thank you, and one thing',
      'The occupational therapist who came was lovely. But the equipment she ordered took nine weeks to arrive and the system let my mother down. That should not have happened.',
    ],
    [
      'a disagreement with an assessment’s conclusion',
      'Carer’s assessment',
      'I have read the carer’s assessment. I do not agree with its conclusion that I need no support: it leaves out that I work nights. I appreciate the worker’s time, and I am grateful for her courtesy, but please have a manager look at it again.',
    ],
    [
      'a record still wrong after being corrected once',
      'RE: Care plan',
      'Thank you for the new version, but the dates still are not right and the medication list is the old one. Could someone more senior check it before the review?\n\nOn Mon, 3 Mar 2025, Adult Care wrote:\n> Here is the amended plan.',
    ],
    [
      'an error made by the council that the family is asked to pay for',
      'Wrong name on the permit',
      'The mistake was made by your permits office, yet we are told a new permit costs £25. We do not think we should have to pay for your error.',
    ],
    [
      'a hesitant complaint that would rather not be formal',
      'Mum’s meals',
      'Mum’s meals have arrived cold four days running. I would rather not make a formal complaint if it can be sorted, but I would like it put right this week.',
    ],
  ])('reads %s as a complaint', (_, subject, body) => {
    expect(suggestTriage(email(subject, body), undefined, null).type).toBe('complaint');
  });

  it('reads a request for someone’s records under data protection law as a data request', () => {
    const e = email(
      'My late father’s file',
      'I am angry about how my father was treated. Under data protection law I am requesting copies of the records held about him, as his executor.',
    );
    expect(suggestTriage(e, undefined, null)).toMatchObject({
      type: 'other',
      otherKind: 'foi_request',
    });
  });

  it.each([
    [
      'a befriending scheme asked about',
      'Do you fund any befriending schemes or lunch clubs for older people in Eastfield?',
    ],
    [
      'a patient fit for discharge and still on the ward',
      'Dad has been medically fit for discharge since Monday and is still on the ward waiting for his assessment.',
    ],
  ])('does not flag %s', (_, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });

  it('flags money taken from an older man with dementia by a new “friend”', () => {
    const found = findSafeguarding(
      'My grandad has dementia. A man he met at the bus stop has been taking him to the cashpoint every morning, and his balance has dropped by £2,000 this month.',
    );
    expect(found.safeguarding).toBe(true);
    expect(found.kinds).toContain('financial_abuse');
  });
});

/** The type the rules alone give (no prior), for the session 22 and 23 cases below. */
const rulesOnly = (subject: string, body: string, from?: Parameters<typeof email>[2]) =>
  suggestTriage(email(subject, body, from), undefined, null).type;

/** The checks of the cases below: a kind of concern found, none, a type by the rules. */
function expectFlagged(_: string, text: string, kind: string): void {
  const found = findSafeguarding(text);
  expect(found.safeguarding).toBe(true);
  expect(found.kinds).toContain(kind);
}
function expectNotFlagged(_: string, text: string): void {
  expect(findSafeguarding(text, { year: 2026 }).safeguarding).toBe(false);
}
function expectRulesRead(_: string, subject: string, body: string, type: string): void {
  expect(rulesOnly(subject, body)).toBe(type);
}

/**
 * Session 22: rules added after reading the misses on dev19 (mail that comes by another route)
 * and dev20 (young people's and carers' own words). Invented here in other words.
 */
describe('mail that comes by another route, session 22', () => {
  it.each([
    [
      'a complaint about a neighbour’s dog',
      'Barking',
      'I want to complain about my neighbour’s dog, which barks from six every morning. Which team handles this?',
    ],
    [
      'a complaint about a phone company',
      'Complaint',
      'I wish to make a complaint about the phone company that has cut off my landline twice this month. Is there anything the council can do?',
    ],
    [
      'a question about where complaints go',
      'Complaints',
      'What is the postal address for complaints about adult social care, and can my daughter sign the form for me?',
    ],
    [
      'an outcome accepted',
      'Re: Your complaint',
      'I accept your response and do not wish to take it any further. Please close my complaint.',
    ],
  ])('reads %s as other mail', (_, subject, body) => {
    expect(rulesOnly(subject, body)).toBe('other');
  });

  it('reads a colleague asking for a forwarded letter to be handled as a complaint as one', () => {
    const type = rulesOnly(
      'FW: Letter to the Leader',
      'Hello, please deal with this under the corporate complaints procedure and copy us into the reply.\n\nSam\nLeader’s Office\n\n---------- Forwarded message ---------\nFrom: Pat Doyle\n\nThe footpath by the canal has been closed since spring and nobody will say when it reopens.',
      colleague,
    );
    expect(type).toBe('complaint');
  });

  it('reads a web form’s notification from the council’s address as the resident’s words', () => {
    const type = rulesOnly(
      'Online form: Roads',
      'A new submission has been received from the Report It form.\n\nName: Lee Shaw\nMessage: I have reported the broken streetlight outside number 9 three times since October and it is still out. I want to know why nobody has fixed it.',
      { name: 'Website', address: 'web.forms@examplebury.gov.uk' },
    );
    expect(type).toBe('complaint');
  });

  it('does not read “I would be grateful for a call” as thanks', () => {
    const type = rulesOnly(
      'Carers not arriving',
      'The carers have missed Dad’s lunchtime call on four days this fortnight and the agency has not explained why. I would be grateful for a call from the manager.',
    );
    expect(type).toBe('complaint');
  });

  it('reads praise from someone who usually writes only to complain as a compliment', () => {
    const type = rulesOnly(
      'For once',
      'I usually only write to complain, so here is the other kind: the man who mended our bin store was quick, tidy and cheerful.',
    );
    expect(type).toBe('compliment');
  });

  it.each([
    [
      'a worker who still has not acted',
      'my PA still hasnt booked the viewing she promised in june',
    ],
    [
      '“not fair” in a young person’s words',
      'they moved my review to a school day and its not fair',
    ],
  ])('reads %s as a complaint', (_, body) => {
    expect(rulesOnly('help', body)).toBe('complaint');
  });
});

describe('harm in young people’s and carers’ own words, session 22', () => {
  it.each([
    ['cutting again', 'when they keep changing my worker i start cutting again', 'self_harm'],
    [
      'men in and out of a vulnerable man’s flat',
      'My brother has autism and lives alone. Young men have been going in and out of his flat at all hours since he met them.',
      'exploitation',
    ],
    [
      'hurt said in the passive, of an older woman',
      'Mum is 84 and lives alone. She came to the door with her lip swollen and said she had been punched but would not say by whom.',
      'physical_harm',
    ],
  ])('flags %s', expectFlagged);

  it.each([
    [
      'a school talk on knife crime',
      'The police gave a talk on knife crime at school today. Is there a youth club open on Fridays?',
    ],
    [
      'self-harm that is over',
      'I have been self-harm free for two years now, thanks to my old worker. Please tell her.',
    ],
    [
      'a near miss with a car',
      'My son nearly got hit crossing at the junction because the hedge hides the road.',
    ],
    [
      'hearing aids lost in a home',
      'Mum’s hearing aids went missing in the home’s laundry in March and have not been replaced.',
    ],
  ])('does not flag %s', expectNotFlagged);
});

describe('appeals, sarcasm and care not given, session 22', () => {
  it('does not read “thanks for nothing” as thanks', () => {
    expect(
      rulesOnly(
        'Thanks for nothing',
        'Thanks for nothing. The gully on Pine Walk floods every time it rains and three visits have changed nothing.',
      ),
    ).toBe('complaint');
  });

  it('reads a reply that asks for the complaint to stay open as a complaint', () => {
    expect(
      rulesOnly(
        'Re: Your complaint',
        'Thank you for letting me know. Please do not close this yet: the fence your contractor damaged is still leaning into my garden.',
      ),
    ).toBe('complaint');
  });

  it('reads a decision disputed through its review route as a complaint', () => {
    expect(
      rulesOnly(
        'Care charge',
        'Thank you for my charging letter of 2 May. I would like it reviewed, as it leaves out what I pay for my stairlift.',
      ),
    ).toBe('complaint');
  });

  it.each([
    [
      'medicine no longer given',
      'The new agency has stopped giving Grandad his heart tablets and he cannot manage the packets himself.',
      'neglect',
    ],
    [
      'a card held and not returned',
      'Each visit her nephew asks Aunt May for her bank card and it is never given back; she has had no money for her shopping for weeks. She has dementia.',
      'financial_abuse',
    ],
  ])('flags %s', expectFlagged);

  it('does not read a doctor’s letter about a chest as harm', () => {
    expect(
      findSafeguarding(
        'I enclose a letter from my GP about my chest infection, which the damp made worse.',
      ).safeguarding,
    ).toBe(false);
  });
});

describe('organisations’ mail and neighbours’ reports, session 22', () => {
  it.each([
    [
      'a review of a decision asked for by a support worker',
      'We are asking for a review of the decision to place Mr T in Band D, as his GP letter was not considered.',
    ],
    [
      'a phone complaint typed up by a colleague',
      'Complaint taken by phone. Caller says the grit bin on Ash Lane has been empty all week.',
    ],
  ])('reads %s as a complaint', (_, body) => {
    expect(rulesOnly('Case note', body)).toBe('complaint');
  });

  it('reads a county court claim as other mail', () => {
    expect(
      rulesOnly(
        'Claim 1234',
        'Notice of issue. Particulars of claim: the claimant says he slipped on ice outside the library and claims £900.',
      ),
    ).toBe('other');
  });

  it.each([
    [
      'girls seen going into a flat with grown men',
      'Two schoolgirls keep going into the flat opposite late at night with the men who rent it.',
      'exploitation',
    ],
    [
      'an ex-partner who has found the new address',
      'My sister moved to get away from him, but her former partner has found out where she lives. He waits by her bus stop every evening and she is terrified.',
      'domestic_abuse',
    ],
    [
      'doorstep traders paid again and again',
      'Dad is 88 and forgetful. Rogue builders have now been back four times and he has given them over two thousand.',
      'financial_abuse',
    ],
  ])('flags %s', expectFlagged);

  it('does not flag a child bruised by a passing car’s mirror', () => {
    expect(
      findSafeguarding('A pupil was clipped by a wing mirror at the crossing and was bruised.')
        .safeguarding,
    ).toBe(false);
  });
});

/**
 * Session 23: rules added after reading the misses on dev25 (words of harm where nobody is at
 * risk now), dev26 (schools) and dev27 (homes and money). Invented here in other words.
 */
describe('harm inside other business, and alarms that are not, session 23', () => {
  it.each([
    [
      'a PIN handed to a helper',
      'My aunt is 81. She told me she gave her neighbour’s son her PIN so he could do her shopping, and there is £2,000 gone from her account.',
      'financial_abuse',
    ],
    [
      'a care package handed back with nobody allocated',
      'The agency handed Mr Doyle’s package back last Friday and no one has been allocated since. He is 84 and cannot get out of bed on his own.',
      'neglect',
    ],
    [
      'another resident’s tablets given',
      'At the respite unit my brother, who has a learning disability, was given another resident’s tablets on Saturday.',
      'neglect',
    ],
    [
      'a girl of fourteen with a grown man as her boyfriend',
      'My niece is 14 and her boyfriend is 22. She spends weekends at his flat and her mum cannot stop it.',
      'sexual_harm',
    ],
    [
      'a goodbye before the weekend',
      'I have lost the house and my daughter will not speak to me. Do not bother replying, I will not be here after the weekend.',
      'self_harm',
    ],
    [
      'no point in being here, told to an adviser',
      'She told the adviser there was no point in her being here any more.',
      'self_harm',
    ],
    [
      'a young girl offered vapes and money',
      'A man in a car outside the school has offered my daughter, who is 13, vapes and money twice now.',
      'exploitation',
    ],
    [
      'marks on both sides of a child’s neck',
      'There were finger marks on both sides of his neck when I picked my son up from contact.',
      'physical_harm',
    ],
    [
      'a widow found on the floor days after her husband’s death',
      'Since Grandad passed away Nan (90) has been alone. On Thursday the carer found her on the kitchen floor; she had been there since the night before.',
      'neglect',
    ],
  ])('flags %s', expectFlagged);

  it.each([
    [
      'what happened to a mother who has since died',
      'My mother died in March. In February the home left her without her hearing aid for a fortnight and she had a bruise on her arm that nobody explained. I want an explanation.',
    ],
    [
      'a request for figures under the Act',
      'Under the Freedom of Information Act please tell me how the council’s spending on exploitation services has changed, and send me the county lines protocol.',
    ],
    [
      'a dog-control order in a park',
      'Is there a public spaces protection order covering the playground? Dogs are always loose there.',
    ],
    [
      'an older man who walks with a stick',
      'I am 79 and walk with a stick. Could the crew leave my bin by the gate please?',
    ],
    [
      'a wrist broken in a fall, and thanks',
      'My husband (82) fell in the garden and broke his wrist; the reablement team have been wonderful.',
    ],
    [
      'damp that has not come back',
      'The damp has not come back since the new extractor fan, thank you.',
    ],
    ['charges called bleeding people dry', 'You are bleeding pensioners dry with these charges.'],
  ])('does not flag %s', expectNotFlagged);

  it.each([
    [
      'a crew that failed three times this month',
      'Gate left open',
      'The collection crew have three times this month left our gate open and the dog got out.',
      'complaint',
    ],
    [
      'being passed between two teams',
      'Rats',
      'Environmental health told me it is a housing matter, and housing told me it is environmental health. I do not care whose job it is.',
      'complaint',
    ],
    [
      'a claim for damage',
      'Fence',
      'I would like to make a claim for the damage your mower did to my fence. What do you need from me?',
      'other',
    ],
    [
      'a group’s round-up',
      'Carers’ café news',
      'Hi everyone,\nHere’s what’s coming up at the carers’ café: a quiz on the 4th and a talk on benefits on the 11th. Thank you for coming!',
      'other',
    ],
  ])('reads %s by the rules alone', expectRulesRead);
});

/**
 * Session 23, second round: rules added after reading the misses on dev28 (replies and
 * forwards), dev29 (short mail from a phone) and dev30 (adult care). Invented here in other words.
 */
describe('care not given, short mail and mail carried back, session 23', () => {
  it.each([
    [
      'doses not given in a group home',
      'Her epilepsy tablets were not given on three evenings last week at the group home where she lives. She has a learning disability.',
      'neglect',
    ],
    [
      'an old man left in his wheelchair overnight',
      'Since the evening call was cut, Dad is left in his wheelchair from 5pm until the morning carer arrives. He is 91.',
      'neglect',
    ],
    [
      'a neighbour unseen for weeks behind a hallway of papers',
      'The old lady at number 3 has not been seen out for weeks and her hallway is stacked to the ceiling with newspapers. She must be 85.',
      'self_neglect',
    ],
    [
      'a wife knocked over by the husband she cares for',
      'My mum is 80 and looks after Dad, who has dementia. Last night he knocked her over in the kitchen.',
      'physical_harm',
    ],
    [
      'a grandmother who gets out of her home unnoticed',
      'Twice this month my grandmother, who has dementia, has wandered out of the home unnoticed.',
      'missing',
    ],
    [
      'a carer who has reached the end',
      'I am his only carer and I have reached the end. I cannot physically do this any more.',
      'carer_breakdown',
    ],
  ])('flags %s', expectFlagged);

  it.each([
    [
      'a council footer that signposts',
      'Thank you for your email; we will reply within 10 working days. If you think a child is being abused or neglected, contact the Front Door on 07700 900100.',
    ],
    ['day trips that stop', 'They told Mum she can not go on the Tuesday trips any more.'],
    [
      'a physio who pushed someone on',
      'The physio pushed me to walk a bit further every day and now I can get to the shop.',
    ],
  ])('does not flag %s', expectNotFlagged);

  it('reads what an out-of-office carries back, and only that', () => {
    const carried = suggestTriage(
      email(
        'Automatic reply: FW: web form',
        'I am out of the office until Monday. For anything urgent about a child at risk of harm, call the duty team.\n\n-----Original Message-----\nFrom: Complaints\nSent: 2 March 2026\nSubject: FW: web form\n\n> I am 13. My stepdad punched me last night and I am scared to go home.',
      ),
    );
    expect(carried.type).toBe('other');
    expect(carried.safeguarding).toBe(true);
    const alone = suggestTriage(
      email(
        'Automatic reply: your message',
        'I am out of the office until Monday. For anything urgent about a child at risk of harm, call the duty team.',
      ),
    );
    expect(alone.safeguarding).toBe(false);
  });

  it.each([
    [
      'thanks typed on a phone',
      'lollipop lady',
      'thank u to the lollipop lady on elm rd, made my day',
      'compliment',
    ],
    [
      'how to complain, after waiting',
      'phones',
      'waited an hour on hold twice and got cut off. how do i complain',
      'complaint',
    ],
    [
      'an MP’s office signing in lower case',
      'blue badge',
      'constituent asks about her blue badge renewal, 8 weeks now. constituent is disabled and cannot park. Sam (office of Jo Bloggs MP)',
      'mp_enquiry',
    ],
  ])('reads %s by the rules alone', expectRulesRead);
});

/**
 * Session 23, third round: rules added after reading the misses on dev31 (mail whose type is hard
 * to tell) and dev32 (corporate services). Invented here in other words.
 */
describe('type boundaries and corporate services, session 23', () => {
  it.each([
    ['pills put aside', 'I have put my pills aside in case it all gets too much.', 'self_harm'],
    [
      'a man who followed a young girl into the changing rooms',
      'At the leisure centre on Sunday a man followed my daughter, who is 8, into the changing rooms.',
      'sexual_harm',
    ],
    [
      'a girl sleeping in a shelter for nights',
      'A girl of 14 has been sleeping in the bus shelter for three nights and says she is not going back to her foster home.',
      'missing',
    ],
    [
      'a carer who cannot face going back in',
      'I care for my husband day and night. I am at the end of what I can do and some nights I cannot face going back in.',
      'carer_breakdown',
    ],
  ])('flags %s', expectFlagged);

  it.each([
    ['a grave left untended', 'The grave has been neglected since the new contractor took over.'],
    [
      'an objection gone missing',
      'My objection to the extension went missing and was never logged.',
    ],
    [
      'screaming at a games console',
      'The kids next door scream at their Xbox through the wall until midnight.',
    ],
    [
      'a dark street',
      'The streetlight on Mill Lane has been out for a month. I do not feel safe walking home.',
    ],
    ['a trip on a broken slab', 'My mother tripped on a broken paving slab and has a black eye.'],
    [
      'a question on prevention funding',
      'What will the council spend on suicide prevention next year?',
    ],
  ])('does not flag %s', expectNotFlagged);

  it.each([
    [
      'thanks to a team',
      'Benches',
      'Thank you parks team! The new benches by the pond look great.',
      'compliment',
    ],
    [
      'a driver to be spoken to',
      'Speeding',
      'The refuse lorry drives far too fast down our road. I would like the driver spoken to.',
      'complaint',
    ],
    [
      'an event for members',
      'Spring conference',
      'Dear member,\nBooking is now open for our spring conference for housing officers, 12 March.',
      'other',
    ],
    [
      'an MP’s assistant',
      'Streetlights',
      'Hi, I work for Sam Jones MP. Could you tell us how many streetlights were repaired last year?\nAlex Reed\nParliamentary Assistant',
      'mp_enquiry',
    ],
  ])('reads %s by the rules alone', expectRulesRead);
});

/**
 * Session 24: rules added after reading dev33 (injuries that are accidents), dev34 (professionals'
 * mail), dev35 (death and loss), dev36 (housing), dev37 (education) and dev38 (scams and online
 * life). Invented here in other words.
 */
describe('accidents, reports and signs seen at home, session 24', () => {
  it.each([
    [
      'welts from a belt',
      'Jayden is 9. He showed me red welts across the backs of both legs and said his stepdad gets the belt out when he answers back.',
      'physical_harm',
    ],
    [
      'a round burn on a toddler’s hand',
      'The little girl I mind is 2. She has a round burn on her hand like from a cigarette and she hid it when her mum came.',
      'physical_harm',
    ],
    [
      'a widow shut in by her son',
      'Since her husband died her son padlocks the back door from the outside when he goes out, and I can hear her calling to be let out. She has dementia.',
      'neglect',
    ],
    [
      'an empty fridge and the same clothes for a week',
      'My uncle is 86 and lives alone. When I called in on Sunday there was nothing in his fridge but a lump of cheese, and he has been wearing the same clothes for over a week.',
      'self_neglect',
    ],
    [
      'a fall that keeps happening, with a story that does not fit',
      'Her mum says she fell off her bike again, but the bruises on her arms are in the shape of fingers and she is 7.',
      'physical_harm',
    ],
    [
      'a carer who cannot go on, the words ending the line',
      'I care for my mum who has dementia and screams every night. I cannot go on\nPlease ring me',
      'carer_breakdown',
    ],
    [
      'goodbyes posted to friends by a girl of 14',
      'My daughter is 14. Since last night she has been posting goodbyes to her friends and says she has sorted out the tablets.',
      'self_harm',
    ],
    [
      'an old man alone in the dark',
      'Mr Pike is 88 and has been sitting in the dark since Tuesday. He cannot work out how to top up the meter and is living on biscuits.',
      'self_neglect',
    ],
    [
      'a child heard begging her dad to stop',
      'Through the wall I heard the little girl crying no daddy stop, then a bang and silence. She is about 5.',
      'physical_harm',
    ],
    [
      'a landlord who lets himself in at night',
      'The old landlord still lets himself in at night and the tenant, who has a learning disability, is frightened of him.',
      'sexual_harm',
    ],
    [
      'money moved out through an app on her tablet',
      'Aunt June has dementia. A man she met online set up a banking app on her tablet and £8,000 has been moved out of her savings.',
      'financial_abuse',
    ],
    [
      'a man handing out vapes to children by the pavilion',
      'A man in a van has been handing out vapes to kids of 12 by the pavilion, and girls are getting into the car with him.',
      'exploitation',
    ],
    [
      'a man losing weight, inside a quarterly return',
      'Quarterly contract return attached; the audit actions are in the appendix. One exception: Mr K, who is 90, has lost a stone and is still going without his meals because his daughter will not let the carers in.',
      'neglect',
    ],
  ])('flags %s', expectFlagged);

  it.each([
    [
      'a wrist broken on the ice outside the library',
      'I slipped on the ice on the path outside the library on Tuesday and broke my wrist. Nobody had gritted it.',
    ],
    [
      'a dog’s bite in the park',
      'A loose dog bit my son on the arm in Mill Park this morning and he needed stitches. The owner just walked off.',
    ],
    [
      'a goalpost that fell on a girl',
      'A goalpost fell on my daughter, who is 10, at the recreation ground on Saturday. Her shoulder is badly bruised. Please fix the goals before someone else is hurt.',
    ],
    [
      'the alerts a contract return counts, all closed',
      'Quarterly contract return: 3 safeguarding alerts raised in the quarter (1 neglect, 2 financial abuse), all reviewed and closed. The audit recommendations are in the appendix.',
    ],
    [
      'a complaint that says it raises no concern',
      'We are not suggesting any neglect by the care home. Our complaint is only about the invoice sent after Dad died.',
    ],
    [
      'a boy missing most of his lessons on a part-time timetable',
      'My son is 9 and has been on a part-time timetable since January, so he is missing most of his lessons.',
    ],
    [
      'a young man with nowhere to go after an exclusion',
      'He is 15 and has been permanently excluded, so now he has nowhere to go in the day.',
    ],
    [
      'a drain whose cover is missing',
      'The cover is missing from the drain outside number 12 and my neighbour, who is 80, nearly fell in it.',
    ],
  ])('does not flag %s', expectNotFlagged);
});

/**
 * Session 25: rules added after reading the misses on dev39–42 (reports and complaints, matters
 * in the past, everyday services in strong words, tone that misleads). Invented here in other
 * words.
 */
describe('the past, the allegation, the news and tone, session 25', () => {
  it.each([
    [
      'a man who abused the writer now living with children',
      'That man, who abused me when I was ten, is now living with a woman and her two little boys.',
      'sexual_harm',
    ],
    [
      'a phone held over a changing cubicle',
      'At the pool on Sunday a man held his phone over the top of the cubicle while my son, who is 8, was changing.',
      'sexual_harm',
    ],
    [
      'a boy looking up ways to die',
      'My son is 15 and last night I found he has been looking up ways to die on his laptop.',
      'self_harm',
    ],
    [
      'not here by the time the bailiffs come',
      'Send the bailiffs if you like. I won’t be here by the time they come this week, I have made my mind up.',
      'self_harm',
    ],
    [
      'a lodger standing behind her at the cashpoint',
      'My nan is 88. Her new lodger takes her to the cashpoint and stands behind her while she puts her PIN in.',
      'financial_abuse',
    ],
    [
      'still in last night’s nightie with the call bell out of reach',
      'Every time I visit the care home Mum is still in the nightie she slept in, and her call bell is on the floor out of reach.',
      'neglect',
    ],
  ])('flags %s', expectFlagged);

  it.each([
    [
      'an allegation against the writer, closed',
      'The school said my son told them that I had slapped him. The investigation was closed with no further action and I want an apology for how it was handled.',
    ],
    [
      'bruising explained by a blood disorder',
      'The bruises on my daughter’s legs were caused by her blood disorder, as the hospital confirmed. I want the referral taken off her record.',
    ],
    [
      'a terrier shaken by a bigger dog',
      'A big dog attacked my terrier in the park on Monday, had him by the neck and shook him. The owner laughed.',
    ],
    [
      'a spaniel found on the bypass by the warden',
      'The dog warden found our spaniel on the bypass on Friday and brought him home. The children were so relieved.',
    ],
    [
      'a news story about another county’s care home',
      'I read in the paper that a care home in another county left residents without food. How often do you check the homes here?',
    ],
    [
      'a writer afraid of rats',
      'I saw a rat by the shed this afternoon and I am terrified of them. Please send pest control.',
    ],
    [
      'a young son who does not know his father',
      'My son is 5 and does not know who I am, because the court allows contact once a month.',
    ],
  ])('does not flag %s', expectNotFlagged);

  it.each([
    [
      'thanks for nothing',
      'grant',
      'Cheers for nothing. My setting-up grant still has not come.',
      'complaint',
    ],
    [
      'a decision asked to be looked at again',
      'Bus pass',
      'Thank you for your letter. I would ask that the decision to refuse my bus pass be looked at again, as my eyesight has not improved.',
      'complaint',
    ],
    [
      'sarcasm about a wait',
      'My appeal',
      'It was lovely to wait eleven weeks for a letter that answers none of my points. I want this taken further.',
      'complaint',
    ],
    [
      'about to complain, then put right',
      'Bulky collection',
      'I was ready to complain when nobody came, but the crew came back within the hour and were lovely. Please pass on my thanks.',
      'compliment',
    ],
    [
      'praise for day-centre staff, to be passed on',
      'Day centre',
      'My wife goes to the day centre twice a week and comes home happy. Please thank the staff from us both; we would be lost without them.',
      'compliment',
    ],
  ])('reads %s by the rules alone', expectRulesRead);

  it('does not read a thank-you that goes on "but…" as the end of a thread', () => {
    const e = email(
      'RE: Fence at the play area',
      'Thanks for your reply and the apology, but the fence still has not been fixed.\n\nSam\n\n> From: Parks\n> We are sorry; the fence will be fixed this week.',
    );
    expect(typeOf(e).rules).not.toBe('compliment');
  });
});

/** Session 25, second and third rounds (dev43–50): invented here in other words. */
describe('carers, families, threads, young people and partners, session 25', () => {
  it.each([
    [
      'a mark in the shape of a belt buckle',
      'At nursery the little boy from upstairs, about 3, had a mark on his forearm the shape of a buckle.',
      'physical_harm',
    ],
    [
      'a resident pulled out of bed at night',
      'My father is 90 and has dementia. On Sunday night another resident pulled him out of bed at the home.',
      'physical_harm',
    ],
    [
      'nobody going in once the agency stops',
      'The agency’s last visit is Friday. Mrs Dale is 91 and bed-bound, and from Saturday there will be nobody going in to give her food.',
      'neglect',
    ],
    [
      'a girl of 14 absent overnight from her children’s home',
      'Our daughter is 14 and in a children’s home. She has been absent overnight from the home three times this week.',
      'missing',
    ],
    [
      'a grandmother who may have to give the children up',
      'I am 78 and bringing up my two grandsons, and with my heart as it is I may have to ask you to find them somewhere else.',
      'carer_breakdown',
    ],
    [
      'blades taken out of the house',
      'Our foster daughter is 15. Last night there was blood on her sheets, so we have taken all the razors out of the house.',
      'self_harm',
    ],
    [
      'a planned ending, with an apology',
      'I have worked out how I am going to do it before the bailiffs come. I am sorry for the trouble this will cause whoever has to deal with it.',
      'self_harm',
    ],
    [
      'an ex who threatened her at the door',
      'My sister’s ex is back in the area and threatened her at the door on Sunday. She has a baby of four months.',
      'domestic_abuse',
    ],
  ])('flags %s', expectFlagged);

  it.each([
    [
      'a pay-and-display meter that ran out',
      'My meter ran out while I waited for the recovery truck, and the warden kindly did not ticket me.',
    ],
    [
      'a bruise from a blood test',
      'The bruise on Dad’s arm came from a blood test at the surgery. My complaint is about the nurse’s manner.',
    ],
    [
      'breaking point with the phone line',
      'I am at breaking point with your phone line: fifty minutes on hold to change my husband’s sitting day.',
    ],
    [
      'a radiator fixed since',
      'Her room at the care home was freezing for a week, but the radiator has since been fixed. I want to know why it took so long.',
    ],
    [
      'a mum who will “kill” her son over a library book',
      'My little brother dropped the library book in the bath. Mum is going to kill me when she finds out, how much is a new one?',
    ],
  ])('does not flag %s', expectNotFlagged);

  it.each([
    [
      'thanks to whoever gritted',
      'Gritting',
      'Whoever gritted the estate at 5am, thank you!',
      'compliment',
    ],
    [
      'a repair reported for the third time',
      'Repair',
      'I am writing for the third time about the leaking tap in our flat. Nobody has come.',
      'complaint',
    ],
    [
      'a question asking for dates to be confirmed',
      'Respite dates',
      'Can you confirm Mum’s respite on 3–10 August is still booked please? The letter had other dates.',
      'other',
    ],
  ])('reads %s by the rules alone', expectRulesRead);

  it('reads a caseworker’s one-line chaser, signed to the MP, as an MP enquiry', () => {
    const e = email(
      'Chaser - ref MP-2026-0411',
      'Chasing our email of 4 May. Grateful for an update.\n\nSam Okoye, caseworker to Dame Ruth Avery MP',
      { name: 'Sam Okoye', address: 'sam.okoye@mp-office.example.org' },
    );
    expect(typeOf(e)).toEqual(both('mp_enquiry'));
  });
});
