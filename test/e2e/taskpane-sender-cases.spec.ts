import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import {
  expectFitsWidth,
  fileEmail,
  itemsOfCase,
  listItems,
  openNewComplaint,
  pane,
  saveAndReadReference,
} from './taskpane-helpers';

/**
 * A complainant writes again in a new thread, without quoting the reference: the pane lists the
 * sender's open cases, and the officer adds the email to the right one instead of opening a
 * duplicate.
 */
test("a sender's follow-up in a new thread is offered their open case and goes on it, one case", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  const { tag, email: first } = await openNewComplaint(page);
  // A first email from this sender: nothing to offer.
  await expect(
    pane(page).getByRole('heading', { name: 'Open cases from this sender' }),
  ).toHaveCount(0);
  const reference = await saveAndReadReference(page);

  // Days later, a new email with a new subject (so a new conversation) and no reference.
  const followUp = {
    ...first,
    id: `t-${tag}-follow-up`,
    from: { ...first.from, address: first.from.address.toUpperCase() },
    subject: `Still waiting to hear about the visits ${tag}`,
    receivedAt: '2025-06-12T08:30:00Z',
    body: 'I wrote to you on Tuesday about the cancelled visits and have heard nothing back yet. I am very unhappy about this.',
  };
  await fileEmail(page, followUp);
  const offered = pane(page).getByRole('list', { name: 'Open cases from this sender' });
  await expect(offered).toBeVisible();
  // Children's Stage 1 received Tue 10 Jun 2025: acknowledgement due in 3 working days.
  await expect(offered.getByRole('listitem')).toHaveText([
    new RegExp(`${reference} · Stage 1 · Acknowledgement due 13 June 2025`),
  ]);
  // The new-case form is still there, for an email about something else.
  await expect(pane(page).getByRole('button', { name: 'Save case' })).toBeVisible();
  await expectFitsWidth(page);
  expect(await axeViolations(page, { within: 'main' })).toEqual([]);

  await offered.getByRole('button', { name: `Add to ${reference}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `The email was added to ${reference}` }),
  ).toBeVisible();
  await expect(pane(page).getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
  await expect(pane(page).getByText('This email is already on this case.')).toBeVisible();

  // One case for this sender, with both emails in its correspondence.
  const fromSender = (await listItems('Correspondence')).filter(
    (i) => String(i.fields['FromAddress']).toLowerCase() === first.from.address,
  );
  expect([...new Set(fromSender.map((i) => i.fields['CaseReference']))]).toEqual([reference]);
  const letters = await itemsOfCase('Correspondence', reference);
  expect(letters.map((l) => l.fields['Subject']).sort()).toEqual(
    [first.subject, followUp.subject].sort(),
  );

  // Opening the follow-up again finds the case straight away.
  await page.getByRole('option', { name: first.subject, exact: true }).click();
  await page.getByRole('option', { name: followUp.subject, exact: true }).click();
  await expect(pane(page).getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
});
