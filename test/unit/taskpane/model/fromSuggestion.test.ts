import { describe, expect, it } from 'vitest';
import { suggestTriage } from '../../../../src/domain/triage';
import { draftFromSuggestion, suggestionView } from '../../../../src/taskpane/model/fromSuggestion';
import { toNewCase } from '../../../../src/taskpane/model/toNewCase';
import { draftErrors } from '../../../../src/ui/triage/caseDraft';

const complaint = suggestTriage({
  subject: "Complaint about my son's social worker",
  from: { name: 'Alex Carter', address: 'alex.carter@examplemail.co.uk' },
  body: "I want to make a formal complaint about children's social care. My son's social worker has cancelled three visits and nobody has told us why.",
  receivedAt: '2025-06-10T10:15:00Z',
});
const mp = suggestTriage({
  subject: 'Constituent enquiry: Mr Dev Patel - missed bins',
  from: { name: 'Office of Helen Marsh MP', address: 'helen.marsh.mp@parliament.uk' },
  body: 'I am writing on behalf of my constituent, Mr Dev Patel.\n\nHelen Marsh MP\nMember of Parliament for Northby',
  receivedAt: '2025-06-12T11:00:00Z',
});

describe('from a suggestion to a case', () => {
  it('words the suggestion for the pane', () => {
    expect(suggestionView(complaint)).toMatchObject({
      typeLabel: 'Complaint',
      detail: "Children's social care (statutory), Stage 1",
    });
    expect(suggestionView(mp)).toMatchObject({
      typeLabel: 'MP enquiry',
      detail: 'From Helen Marsh, MP for Northby',
    });
  });

  it('prefills everything the suggestion knows', () => {
    const draft = draftFromSuggestion(
      complaint,
      { subject: 'Complaint' },
      '2025-06-10',
      'Priya Shah',
    );
    expect(draft).toMatchObject({
      type: 'complaint',
      procedure: 'children_statutory',
      stage: '1',
      received: '2025-06-10',
      owner: 'Priya Shah',
      summary: 'Complaint',
      // An email in the pane arrived by email, unless the officer says otherwise.
      receivedVia: 'email',
    });
    expect(draftErrors(draft)).toEqual({});
    const mpDraft = draftFromSuggestion(mp, { subject: 'x' }, '2025-06-12', 'Priya Shah');
    expect(mpDraft).toMatchObject({
      type: 'mp_enquiry',
      complainant: 'mp',
      mpName: 'Helen Marsh',
      stage: '0',
    });
    // The constituent the body names, when the draft is given the body.
    const withBody = draftFromSuggestion(
      mp,
      { subject: 'x', body: 'I am writing on behalf of my constituent, Mr Dev Patel.' },
      '2025-06-12',
      'Priya Shah',
    );
    expect(withBody.constituent).toBe('Mr Dev Patel');
  });

  it('asks for what only the officer knows, in plain words', () => {
    const draft = draftFromSuggestion(complaint, { subject: 'x' }, '2025-06-10', 'Priya Shah');
    expect(draftErrors({ ...draft, procedure: '' })).toEqual({
      procedure: 'Choose the procedure this complaint follows.',
    });
    expect(draftErrors({ ...draft, type: 'compliment' })).toEqual({
      praised: 'Say who is praised: a person or a team.',
    });
    expect(draftErrors({ ...draft, received: '' })).toEqual({
      received: 'Enter the date the email was received.',
    });
  });

  it('builds the new case: every type keeps its procedure, only complaints a stage', () => {
    const officer = { name: 'Priya Shah', upn: 'priya@example.gov.uk' };
    const draft = draftFromSuggestion(
      complaint,
      { subject: 'Visits cancelled' },
      '2025-06-10',
      'Priya Shah',
    );
    const email = { receivedAt: '2025-06-10T10:15:00Z', conversationId: 'c1' };
    expect(toNewCase({ ...draft, causes: ['delay'] }, email, officer, undefined)).toMatchObject({
      type: 'complaint',
      procedure: 'children_statutory',
      stage: 1,
      received: '2025-06-10',
      causes: ['delay'],
      owner: officer,
      conversationId: 'c1',
    });
    const compliment = toNewCase(
      {
        ...draft,
        type: 'compliment',
        praised: ' Sam ',
        forwardTo: 'Team manager',
        quotable: true,
        quote: '  Sam was wonderful. ',
      },
      email,
      officer,
      undefined,
    );
    // A compliment to children's services counts in the children's report (issue 16).
    expect(compliment).toMatchObject({
      procedure: 'children_statutory',
      stage: 0,
      compliment: {
        praised: 'Sam',
        forwardTo: 'Team manager',
        quotable: true,
        quote: 'Sam was wonderful.',
      },
    });
    expect(
      toNewCase({ ...draft, type: 'comment', procedure: '' }, email, officer, undefined),
    ).toMatchObject({ procedure: null, stage: 0, receivedVia: 'email' });
    // A letter scanned and forwarded: the officer's choice is kept.
    expect(
      toNewCase({ ...draft, receivedVia: 'letter' }, email, officer, undefined).receivedVia,
    ).toBe('letter');
    const flagged = toNewCase(draft, email, officer, {
      reasons: ['"bruises"'],
      referredOn: '2025-06-10',
      referredBy: 'Priya Shah',
    });
    expect(flagged.safeguarding).toEqual({
      flagged: true,
      reasons: ['"bruises"'],
      referredOn: '2025-06-10',
      referredBy: 'Priya Shah',
    });
    // Someone else named as owner is recorded by name.
    expect(toNewCase({ ...draft, owner: 'Tom Reed' }, email, officer, undefined).owner).toEqual({
      name: 'Tom Reed',
    });
  });
});
