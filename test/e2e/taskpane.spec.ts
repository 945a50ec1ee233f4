import { expect, test } from '@playwright/test';
import {
  addToInbox,
  childrensComplaint,
  expectNewCaseForm,
  fileEmail,
  itemsOfCase,
  listItems,
  openWorkbench,
  pane,
  saveAndReadReference,
  saveNewComplaint,
  uniqueTag,
} from './taskpane-helpers';

/**
 * The triage pane in the standalone workbench, in real Chromium against the Graph emulator:
 * from an email to a case in SharePoint lists, and on to the case's next steps.
 */

test('a new complaint: suggested, prefilled, saved with its reference, due dates and category', async ({
  page,
}) => {
  const tag = uniqueTag();
  await openWorkbench(page);
  const email = childrensComplaint(tag);
  await fileEmail(page, email);

  await expect(page.getByRole('heading', { name: 'Suggested: Complaint' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Why this suggestion' })).toContainText('complaint');
  // Worked out in the pane's Web Worker, off the main thread (issue 15).
  await expect(page.locator('[data-triage-thread]').first()).toHaveAttribute(
    'data-triage-thread',
    'worker',
  );
  await expectNewCaseForm(page);
  // docs/contracts.md, Names on screen: the fields by their accessible names, prefilled from the suggestion.
  await expect(pane(page).getByLabel('Feedback type', { exact: true })).toHaveValue('complaint');
  await expect(pane(page).getByLabel('Procedure', { exact: true })).toHaveValue(
    'children_statutory',
  );
  await expect(pane(page).getByLabel('Stage', { exact: true })).toHaveValue('1');
  await expect(pane(page).getByLabel('Received', { exact: true })).toHaveValue('2025-06-10');
  await expect(pane(page).getByLabel('Complainant', { exact: true })).toBeVisible();
  await expect(pane(page).getByLabel('Service area', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Causes' })).toBeVisible();
  await pane(page).getByLabel('Service area', { exact: true }).selectOption('Assessment');
  await page.getByRole('checkbox', { name: 'Communication' }).check();
  await page.getByRole('checkbox', { name: 'Delay' }).check();

  const reference = await saveAndReadReference(page);
  expect(reference).toMatch(/^CSC-2025-\d{4}$/);
  const status = page.getByRole('status').filter({ hasText: 'Saved as' });
  // Received Tue 10 Jun 2025: acknowledgement 3 working days, Stage 1 response 10.
  await expect(status).toContainText('Acknowledgement due 13 June 2025');
  await expect(status).toContainText('Stage 1 response due 24 June 2025');
  await expect(page.getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
  // The Outlook category, as the demo inbox shows it.
  await expect(page.getByRole('option', { name: email.subject })).toContainText('Feedback Desk');

  // What Graph holds: the case with the typed values, and the email as correspondence.
  const cases = (await listItems('Cases')).filter((i) => i.fields['Reference'] === reference);
  expect(cases).toHaveLength(1);
  expect(cases[0]!.fields).toMatchObject({
    FeedbackType: 'complaint',
    Procedure: 'children_statutory',
    ServiceArea: 'Assessment',
  });
  const letters = await itemsOfCase('Correspondence', reference);
  expect(letters).toHaveLength(1);
});

test('keyboard only: select, Tab, Ctrl+Enter — a saved case in three interactions', async ({
  page,
}) => {
  const tag = uniqueTag();
  await openWorkbench(page);
  // Newest in the inbox, so it is the first option.
  const email = childrensComplaint(tag, { receivedAt: '2099-01-05T10:00:00Z', id: `t-${tag}-kb` });
  await addToInbox(page, email);
  const first = page.getByRole('listbox', { name: 'Demo inbox' }).getByRole('option').first();
  await expect(first).toHaveAccessibleName(email.subject);
  await first.focus();
  await page.keyboard.press('Enter'); // 1: open the email
  await expectNewCaseForm(page);
  await page.keyboard.press('Tab'); // 2: into the pane
  await expect(pane(page).getByLabel('Feedback type', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+Enter'); // 3: save
  await expect(
    page.getByRole('status').filter({ hasText: /Saved as CSC-2099-\d{4}/ }),
  ).toBeVisible();
});

test('a compliment asks who is praised, the manager, and whether it may be quoted', async ({
  page,
}) => {
  const tag = uniqueTag();
  await openWorkbench(page);
  await fileEmail(page, {
    id: `t-${tag}-compliment`,
    from: { name: 'Jo Baxter', address: `jo.baxter.${tag}@examplemail.co.uk` },
    subject: `Thank you to Sam in the reablement team ${tag}`,
    receivedAt: '2025-06-11T09:00:00Z',
    body: 'I just wanted to say a huge thank you to Sam from the reablement team. She was kind, patient and went above and beyond for my dad. Please pass on our thanks to her manager.',
  });
  await expectNewCaseForm(page);
  await expect(pane(page).getByLabel('Feedback type', { exact: true })).toHaveValue('compliment');
  // Prefilled from the subject; emptied, the box is required.
  const praised = pane(page).getByRole('textbox', { name: 'Person or team praised' });
  await expect(praised).toHaveValue(`Sam in the reablement team ${tag}`);
  await praised.fill('');
  await page.getByRole('button', { name: 'Save case' }).click();
  // Who is praised is required: a clear message, nothing saved.
  await expect(page.getByText('Say who is praised: a person or a team.')).toBeVisible();
  await pane(page)
    .getByRole('textbox', { name: 'Person or team praised' })
    .fill('Sam, reablement team');
  await pane(page)
    .getByLabel('Manager to forward to', { exact: true })
    .fill('Reablement team manager');
  await page.getByRole('checkbox', { name: /may be quoted/ }).check();
  const reference = await saveAndReadReference(page);
  expect(reference).toMatch(/^COMP-2025-\d{4}$/);
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText(
    'Acknowledgement due',
  );
  const saved = (await listItems('Cases')).find((i) => i.fields['Reference'] === reference);
  expect(JSON.stringify(saved?.fields)).toContain('Reablement team manager');
});

test('an MP enquiry names the MP and the constituent', async ({ page }) => {
  const tag = uniqueTag();
  await openWorkbench(page);
  await fileEmail(page, {
    id: `t-${tag}-mp`,
    from: { name: 'Office of Helen Marsh MP', address: 'helen.marsh.mp@parliament.uk' },
    subject: `Constituent enquiry: Mr Dev Patel - missed bin collections ${tag}`,
    receivedAt: '2025-06-12T11:00:00Z',
    body: 'Dear Sir or Madam,\n\nI am writing on behalf of my constituent, Mr Dev Patel, who has contacted me about repeated missed bin collections. I would be grateful for your response.\n\nYours faithfully,\n\nHelen Marsh MP\nMember of Parliament for Northby',
  });
  await expectNewCaseForm(page);
  await expect(pane(page).getByLabel('Feedback type', { exact: true })).toHaveValue('mp_enquiry');
  await expect(pane(page).getByRole('textbox', { name: 'MP', exact: true })).toHaveValue(
    'Helen Marsh',
  );
  await expect(pane(page).getByLabel('Complainant', { exact: true })).toHaveValue('mp');
  await pane(page).getByLabel('Constituent', { exact: true }).fill('Mr Dev Patel');
  const reference = await saveAndReadReference(page);
  expect(reference).toMatch(/^MP-2025-\d{4}$/);
  // Received Thu 12 Jun 2025, 10 working days.
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText(
    'due 26 June 2025',
  );
});

test('a follow-up email attaches to the existing case, by conversation and by quoted reference', async ({
  page,
}) => {
  const { tag, email: first, reference } = await saveNewComplaint(page);

  // A reply in the same conversation.
  await fileEmail(page, {
    ...first,
    id: `t-${tag}-reply`,
    subject: `RE: ${first.subject}`,
    receivedAt: '2025-06-16T09:30:00Z',
    body: 'Further to my email last week, another visit was cancelled today.',
  });
  await expect(page.getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
  await expect(
    page.getByText('An earlier email in this conversation is on this case.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save case' })).toHaveCount(0);
  await page.getByRole('button', { name: `Add email to ${reference}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added to' })).toContainText(reference);

  // A new thread that quotes the reference.
  await fileEmail(page, {
    ...first,
    id: `t-${tag}-quoted`,
    subject: `Chasing my complaint ${tag}`,
    receivedAt: '2025-06-18T14:00:00Z',
    body: `My complaint reference is ${reference}. I have still heard nothing.`,
  });
  await expect(page.getByText('This email quotes the case reference.')).toBeVisible();
  await page.getByRole('button', { name: `Add email to ${reference}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added to' })).toBeVisible();

  const letters = await itemsOfCase('Correspondence', reference);
  expect(letters).toHaveLength(3);
  // Opening an email already filed says so, and offers no second filing.
  await page.getByRole('option', { name: first.subject, exact: true }).click();
  await expect(page.getByText('This email is already on this case.')).toBeVisible();
});

test('escalation to Stage 2 records the request date and shows the new due dates', async ({
  page,
}) => {
  const { tag, email: first, reference } = await saveNewComplaint(page);

  await fileEmail(page, {
    ...first,
    id: `t-${tag}-stage2`,
    subject: `Complaint ${reference} - request to go to Stage 2 ${tag}`,
    receivedAt: '2025-07-01T10:00:00Z',
    body: `I am not satisfied with the Stage 1 response to complaint ${reference} and I want it to go to Stage 2.`,
  });
  await expect(page.getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
  await expect(pane(page).getByLabel('Escalate to', { exact: true })).toHaveValue('2');
  await expect(pane(page).getByLabel('Escalation requested on', { exact: true })).toHaveValue(
    '2025-07-01',
  );
  await page.getByRole('button', { name: 'Escalate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'escalated' })).toContainText('Stage 2');
  // Children's Stage 2: 25 working days from the request, Tue 1 Jul 2025 → Tue 5 Aug 2025.
  await expect(page.getByRole('list', { name: `Due dates for ${reference}` })).toContainText(
    'Stage 2 response: due 5 August 2025',
  );
  const stages = await itemsOfCase('Stages', reference);
  expect(stages.map((s) => s.fields['StageNumber']).sort()).toEqual([1, 2]);
});
