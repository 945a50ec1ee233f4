import { describe, expect, it } from 'vitest';
import { findSafeguarding } from '../../../../src/domain/triage';

describe('findSafeguarding: wording that suggests someone is at risk of harm', () => {
  it.each([
    [
      'physical harm',
      'My grandson came home with bruises on his back and said his stepdad hits him.',
    ],
    [
      'a child left alone',
      'The baby next door has been on her own in the flat since this morning.',
    ],
    ['self-harm', 'My daughter has started self-harming and says she wants to die.'],
    [
      'a missing child',
      'He has been missing from his placement since Tuesday and the police know.',
    ],
    ['exploitation', 'Older men pick her up from school and give her vapes and money.'],
    ['domestic abuse', 'I left because of domestic abuse and now he knows where we live.'],
    [
      'neglect of an older person',
      'I found him on the kitchen floor and he has not had his medication for two days.',
    ],
    ['financial abuse', 'Her nephew has taken her bank card and she has no money for food.'],
    ['fear of going home', 'She told her teacher she is scared to go home tonight.'],
    ['a threat', 'A man showed him a knife and said he would regret it.'],
    ['suicidal words', 'My brother keeps saying he wants to end his life.'],
    [
      'online sexual exploitation',
      'A man online has been asking my 12 year old for nude pictures.',
    ],
    [
      'a child missing education',
      'He has not been seen at school for three weeks and the curtains are always shut.',
    ],
    ['violence and fear at home', 'Dad gets drunk and smashes things and the kids are terrified.'],
  ])('flags %s, quoting the phrases', (_concern, text) => {
    const finding = findSafeguarding(text);
    expect(finding.safeguarding).toBe(true);
    expect(finding.reasons.length).toBeGreaterThan(0);
    for (const reason of finding.reasons) expect(reason).toMatch(/^".+": /);
  });

  it('quotes the triggering phrase first, names the concern, then the signs beside it', () => {
    const finding = findSafeguarding('He had a black eye when he came to school.');
    expect(finding.reasons[0]).toBe('"black eye": possible physical harm');
    expect(finding.reasons).toContain('"school": a child or young person');
    expect(finding.kinds).toEqual(['physical_harm']);
    expect(finding.quotes[0]).toBe('black eye');
  });

  it.each([
    'Honestly this delay is killing me.',
    "I'm dying to know when the bins will be fixed.",
    'Dealing with your parking team has been a complete nightmare.',
    'I feel like I am banging my head against a wall with your benefits team.',
    'Getting the council to fix this is like banging my head against a brick wall, it is abuse of process.',
    'This sets a dangerous precedent for other families.',
    'I am at risk of losing my job because of the towing.',
    'The footpath by the school is unsafe after the flooding.',
    'The receptionist was verbally abusive to me.',
    'Since the crossing patrol went, the children have to cross the road alone.',
    'I had a panic attack when I read your letter, and I hit the kerb avoiding the pothole.',
  ])('does not cry wolf on a figure of speech or a non-personal risk: %s', (text) => {
    expect(findSafeguarding(text)).toMatchObject({ safeguarding: false, reasons: [], kinds: [] });
  });

  it('does not flag negated or plainly safe wording', () => {
    expect(findSafeguarding('There were no bruises and he is not at risk.').safeguarding).toBe(
      false,
    );
    expect(findSafeguarding('She is safe and happy with her foster carers.').safeguarding).toBe(
      false,
    );
  });

  it('does not flag signposting to help', () => {
    const text =
      'If you are worried that a child is at risk of harm, contact the MASH or call 999.';
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });

  // Distress heard through a wall is a weak sign: it needs who is at risk and when.
  it('needs more than one weak sign: crying alone is not enough, crying with a child, at night, again is', () => {
    expect(findSafeguarding('The baby was crying when I rang.').safeguarding).toBe(false);
    expect(
      findSafeguarding('I heard shouting through the wall and then the baby crying again tonight.')
        .safeguarding,
    ).toBe(true);
  });
});

describe('findSafeguarding: concerns in ordinary words, as children and families write them', () => {
  it.each([
    [
      'unsafe placement',
      'foster mum locks the fridge at nite and says i eat to much. im 13',
      'unsafe_placement',
    ],
    [
      'self-harm',
      'i just want everything to stop. i keep hitting my head on the wall till it hurts',
      'self_harm',
    ],
    [
      'an overdose',
      'my son swallowed a handful of his dads pills this morning and wont talk to me',
      'self_harm',
    ],
    [
      'sexual harm, no words for it',
      'my cousin makes me do things when we stay at nans and says i cant tell. im 10',
      'sexual_harm',
    ],
    [
      'an online stranger',
      'a boy off snapchat keeps asking me to meet up and says dont tell ur mum. im 12',
      'sexual_harm',
    ],
    [
      'neglect seen at school',
      'Her little girl smells of wee most days and begs the other children for food.',
      'neglect',
    ],
    [
      'someone missing',
      'My nephew is 15 and he has not been back since Saturday. Nobody has seen him.',
      'missing',
    ],
    [
      'fleeing, inside a routine request',
      'Please move my bin collection to my sisters address. We got out because of what he did and he must not find out where we are.',
      'domestic_abuse',
    ],
    [
      'cuckooing',
      'There are people coming and going at all hours at my brothers flat and he has a learning disability.',
      'exploitation',
    ],
    [
      'wanting to be dead, asked as a question about tablets',
      'my daughter is 14 and keeps saying she wishes she was dead, yesterday she asked how many paracetamol it would take',
      'self_harm',
    ],
    [
      'a belt, said sideways',
      'Our Jayden says his stepdad still gets the belt out when he has been drinking. Jayden is 9.',
      'physical_harm',
    ],
    [
      'money "borrowed"',
      "My neighbour is 84 and has Parkinson's. Her son 'borrows' her pension every week and she has nothing left for the gas.",
      'financial_abuse',
    ],
    [
      'an ex-partner breaking in, and a barricaded door',
      'Since my ex kicked the door in last month I sleep with the wardrobe against the bedroom door and the baby in with me.',
      'domestic_abuse',
    ],
  ] as const)('flags %s', (_what, text, kind) => {
    const finding = findSafeguarding(text);
    expect(finding.safeguarding).toBe(true);
    expect(finding.kinds).toContain(kind);
  });

  it.each([
    [
      'a place, not a life',
      "I don't want to be here any more in this town, the parking is impossible. Please refund my permit.",
    ],
    [
      'training feedback',
      'The webinar on grooming was useful but the slides about cuckooing were too long.',
    ],
    [
      'a policy question',
      'What does the council do when a child says they feel unsafe at their foster home?',
    ],
    ['hyperbole', "I'm starving by the time the late bus gets me home. Bring back the 6 o'clock."],
    ['a pet', 'Our dog has been gone for two days, could the wardens keep an eye out?'],
    [
      'a question about numbers',
      'How many tablets a day can a care worker give without a nurse present? Asking for our policy review.',
    ],
  ])('does not flag %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });
});

describe('findSafeguarding: numbers in brackets', () => {
  it('reads "(1)", "(2)", "(3)" numbering a list as no age', () => {
    const finding = findSafeguarding(
      'Could you please (1) stop the letters, (2) note that I hold power of attorney, and (3) refund the money taken from his account twice.',
    );
    expect(finding.quotes).not.toContain('(1)');
    expect(finding.quotes).not.toContain('(3)');
  });

  it("still reads a child's age in brackets after a name", () => {
    const finding = findSafeguarding(
      'Please (1) call me and (2) tell me who to speak to. Next door, little Ty (3) was left in the flat on his own all night.',
    );
    expect(finding.safeguarding).toBe(true);
    expect(finding.quotes).toContain('(3)');
  });
});

describe('findSafeguarding: a phone taken away', () => {
  it.each([
    [
      'as a sanction for coming home late',
      'my foster carer took my phone for a week cos i got home late. its so unfair, can the rule be changed',
    ],
    [
      'as a bedtime rule',
      'my dad takes my phone off me at bedtime and gives it back after school. i am 13 and all my mates have theirs at night',
    ],
  ])('does not flag a phone taken %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });

  it.each([
    ['by a partner she fears', 'My boyfriend takes my phone off me and I am scared of him.'],
    [
      'so a child cannot ring anyone',
      'he took my phone so i could not ring anyone. i am 15 and im scared to go back',
    ],
  ])('still flags a phone taken %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(true);
  });
});

describe('findSafeguarding: a journalist asking for comment', () => {
  it('does not flag a media query about a case in the news', () => {
    const finding = findSafeguarding(
      'Media query: teenagers missing from care\nI am a reporter on the Examplebury Echo. We are told a 15 year old girl went missing from a care home on Monday. Could the council give us a comment for our story by 4pm?',
    );
    expect(finding.safeguarding).toBe(false);
  });

  it('still flags a reporter telling of their own child missing now', () => {
    const finding = findSafeguarding(
      'Media query\nI am a reporter on the Echo, but I am writing as a mum. My 14 year old daughter is missing since last night and is with older men now.',
    );
    expect(finding.safeguarding).toBe(true);
  });
});

describe('findSafeguarding: an email about no one in particular', () => {
  it.each([
    [
      'a provider writing its handbook',
      'We are a small housing charity redrafting our tenancy handbook. Our officers sometimes find an older tenant aged 80 who has not eaten for days, in a flat that is freezing. At what point should we ring you? We do not have a specific tenant in mind.',
    ],
    [
      'a general question',
      'Just a general question for our parents evening. Parents ask whether a 12 year old can be left home alone after school. What does the council expect?',
    ],
    [
      'residents who named no case',
      'Some people at my coffee morning were talking about cuckooing of vulnerable tenants on the Millbrook estate after a radio item. None of them had a specific case. What is the council doing?',
    ],
  ])('does not flag %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });

  it('still flags a sign said to be happening now, whatever the email says first', () => {
    const finding = findSafeguarding(
      'This is a general question about what you do. But I must add that the boy next door, who is 6, is left home alone again tonight.',
    );
    expect(finding.safeguarding).toBe(true);
  });
});

describe('findSafeguarding: training exercises, press releases and newsletters', () => {
  it.each([
    [
      'feedback on a role play',
      "Feedback from Wednesday's role play for the duty desk. Scenario 2, a caller whose husband took her bank card and keeps her money, was handled well by all the delegates. Can we have more of these?",
    ],
    [
      'a press release about a court case',
      'PRESS RELEASE - FOR IMMEDIATE RELEASE. Three men who groomed and exploited teenagers in Ashford Vale were sentenced at the crown court. Notes to editors: photographs are available on request.',
    ],
    [
      "a newsletter quoting a carer's story",
      'Dementia Cafe news: "I was exhausted and at breaking point until I found the cafe and got a break every week" says one carer who looks after her husband. To stop receiving our newsletter, click unsubscribe.',
    ],
  ])('does not flag %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });

  it.each([
    [
      'a delegate disclosing after a role play',
      'Thanks for running the role play for our delegates. One thing I must pass on. A delegate told me afterwards that her partner hits her and she is scared to go home tonight.',
    ],
    [
      'a child missing now, in a press office email',
      'PRESS RELEASE. Notes to editors below. A mother has asked us to share that her daughter, 14, has been missing since last night.',
    ],
  ])('still flags %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(true);
  });
});

describe('findSafeguarding: no point in chasing a service', () => {
  it('does not flag a writer who sees no point in ringing a team again', () => {
    const finding = findSafeguarding(
      'I have rung the parking team four times this month. Honestly I cannot see the point of ringing again if nobody reads the notes.',
    );
    expect(finding.safeguarding).toBe(false);
  });

  it.each([
    [
      'no point any more',
      'Since the move I cannot see the point any more. Nobody would notice if I was gone.',
    ],
    [
      'no point in anything',
      'I do not see the point of anything now and I have been saving my tablets.',
    ],
  ])('still flags %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(true);
  });
});

describe('findSafeguarding: two topics naming one document', () => {
  it('does not flag a protocol named by two harms', () => {
    const finding = findSafeguarding(
      "We still use the council's self-neglect and hoarding protocol for tenants aged 80 and over. Has it been updated this year?",
    );
    expect(finding.safeguarding).toBe(false);
  });

  it('still flags the same two words said of a person', () => {
    const finding = findSafeguarding(
      'My dad, who is 79, is living in neglect and hoarding everything, and the protocol you sent me says nothing about what to do.',
    );
    expect(finding.safeguarding).toBe(true);
  });
});

describe('findSafeguarding: a service or a place starved or neglected', () => {
  it.each([
    [
      'libraries starved of funding',
      'Year after year you are starving our libraries of funding, and again the Tuesday opening is cut.',
    ],
    [
      'a high street neglected',
      'The council keeps neglecting the high street again and again, it is a disgrace.',
    ],
  ])('does not flag %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(false);
  });

  it('still flags a child starved', () => {
    const finding = findSafeguarding(
      'The boy next door is 7 and they are starving him again, he asks us for food every day.',
    );
    expect(finding.safeguarding).toBe(true);
  });
});

describe('findSafeguarding: a call or referral saying the writer did harm', () => {
  it('does not flag a parent complaining of a referral saying they neglect their children', () => {
    const finding = findSafeguarding(
      'My ex made a malicious call to your team saying I neglect the children, who are 4 and 6. The social worker visited for an hour and closed it. I want her report corrected.',
    );
    expect(finding.safeguarding).toBe(false);
  });

  it.each([
    [
      'harm to the writer told beside it',
      'He keeps saying I hit him first, but he grabbed me by the neck last night and I am scared of him.',
    ],
    [
      'harm said in the passive',
      'My mum keeps saying I was being hit at school, but the real problem is her boyfriend hits me every night. I am 12.',
    ],
  ])('still flags %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(true);
  });
});

describe('findSafeguarding: a discharge the reablement team followed', () => {
  it('does not flag thanks for reablement after a discharge', () => {
    const finding = findSafeguarding(
      'Please thank the reablement team. When Mum, who is 88, came out of hospital after her fall, the reablement team came three times a day and now she walks to the shop on her own.',
    );
    expect(finding.safeguarding).toBe(false);
  });

  it.each([
    [
      'a team that came once',
      'Mum is 88 and came out of hospital on Friday after a fall. The reablement team came once and nobody has been since. She has no carers and cannot get up from her chair.',
    ],
    [
      'a team that came late',
      'Dad (86) was discharged at 9pm with no care package. The reablement team came late and left him on his own overnight.',
    ],
  ])('still flags %s', (_what, text) => {
    expect(findSafeguarding(text).safeguarding).toBe(true);
  });
});
