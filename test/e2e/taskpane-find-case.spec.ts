import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import {
  expectFitsWidth,
  fileEmail,
  itemsOfCase,
  openWorkbench,
  childrensComplaint,
  expectNewCaseForm,
  uniqueTag,
  pane,
  saveAndReadReference,
} from './taskpane-helpers';

/**
 * Someone else writes about a case (a partner, from their own address) in a new thread and
 * quotes no reference: the pane finds nothing, so the officer looks the case up by the reference
 * they know, or the complainant's surname or address, and adds the email to it, once, whatever
 * is pressed twice or opened again.
 */
test('an email the pane cannot place goes on the case the officer finds by reference, surname or address', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  // A surname of this test's own (letters only), so cases other tests save are not found by it.
  const tag = uniqueTag();
  const surname = `Fenwick${tag.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;
  await openWorkbench(page);
  const first = childrensComplaint(tag, {
    from: { name: `Alex ${surname}`, address: `alex.${tag}@examplemail.co.uk` },
  });
  await fileEmail(page, first);
  await expectNewCaseForm(page);
  const reference = await saveAndReadReference(page);

  const fromPartner = {
    ...first,
    id: `t-${tag}-partner`,
    from: { name: 'Robin Example', address: `robin.${tag}@example.net` },
    subject: `About my partner's complaint ${tag}`,
    receivedAt: '2025-06-13T10:15:00Z',
    body: 'I am writing on behalf of my partner, who complained last week about the cancelled visits. She has asked me to add that the visits were cancelled again yesterday.',
  };
  delete (fromPartner as { conversationId?: string }).conversationId;
  delete (fromPartner as { internetMessageId?: string }).internetMessageId;
  await fileEmail(page, fromPartner);
  await expect(pane(page).getByRole('button', { name: 'Save case' })).toBeVisible({
    timeout: 15_000,
  });
  const finder = pane(page).getByRole('region', { name: 'Find a case' });
  const field = finder.getByLabel('Reference, surname or email address');

  // Neither a reference, a surname nor an address, then a reference that does not exist:
  // each says so, and nothing is offered.
  await field.fill('flat 3');
  await field.press('Enter');
  await expect(finder.getByText('is not a reference, a surname or an email address')).toBeVisible();
  await field.fill('CSC-2099-9999');
  await finder.getByRole('button', { name: 'Find case' }).click();
  await expect(
    finder.getByText('There is no case CSC-2099-9999. Check the reference.'),
  ).toBeVisible();
  await expect(finder.getByRole('button', { name: /^Add to / })).toHaveCount(0);

  // The complainant's surname as the partner gave it (the first email's sender), then her
  // address: each finds her case. Nobody by another surname is found.
  await field.fill(`Zz${surname}`);
  await field.press('Enter');
  await expect(finder.getByRole('status')).toContainText(
    `No case has an email from someone called Zz${surname}.`,
  );
  await field.fill(surname.toLowerCase());
  await field.press('Enter');
  const cases = finder.getByRole('list', { name: 'Cases found' });
  await expect(cases.getByText(`${reference} · Stage 1`)).toBeVisible();
  await field.fill(first.from.address.toUpperCase());
  await field.press('Enter');
  await expect(finder.getByRole('status')).toContainText(
    `with an email from ${first.from.address.toUpperCase()}`,
  );
  await expect(cases.getByRole('listitem')).toHaveCount(1);

  // Typed in lower case, with spaces around it, as people do.
  await field.fill(`  ${reference.toLowerCase()} `);
  await field.press('Enter');
  const add = finder.getByRole('button', { name: `Add to ${reference}` });
  await expect(add).toBeVisible();
  await expect(finder.getByRole('status')).toContainText(`Found ${reference}.`);
  await expect(cases.getByText(`${reference} · Stage 1`)).toBeVisible();
  await expectFitsWidth(page);
  expect(await axeViolations(page, { within: 'main' })).toEqual([]);

  await add.click();
  await expect(
    page.getByRole('status').filter({ hasText: `The email was added to ${reference}` }),
  ).toBeVisible();
  await expect(pane(page).getByRole('heading', { name: `Case ${reference}` })).toBeVisible();

  // Opened again, the email is found on its case at once and is on it once.
  await page.getByRole('option', { name: first.subject, exact: true }).click();
  await page.getByRole('option', { name: fromPartner.subject, exact: true }).click();
  await expect(pane(page).getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
  await expect(pane(page).getByText('This email is already on this case.')).toBeVisible();
  const letters = await itemsOfCase('Correspondence', reference);
  expect(letters.map((l) => l.fields['Subject']).sort()).toEqual(
    [first.subject, fromPartner.subject].sort(),
  );
});
