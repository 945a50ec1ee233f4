import { expect, test } from '@playwright/test';
import {
  expectNewCaseForm,
  fileEmail,
  itemsOfCase,
  listItems,
  openWorkbench,
  pane,
  saveAndReadReference,
  saveNewComplaint,
  type TestEmail,
  uniqueTag,
} from './taskpane-helpers';
import { axeViolations } from './axe';

/** The safeguarding warning, untrusted email content, and accessibility of the pane. */

const safeguardingEmail = (tag: string): TestEmail => ({
  id: `t-${tag}-safeguarding`,
  from: { name: 'Sam Jones', address: `sam.jones.${tag}@examplemail.co.uk` },
  subject: `Please help - my neighbour's children ${tag}`,
  receivedAt: '2025-06-13T10:30:00Z',
  body: 'I want to complain that nobody has done anything. The children next door are left alone all night, the youngest is 4, and last night I heard their dad hitting them and one of them had bruises on her face this morning.',
});

test('a safeguarding concern is unmissable, says what to do, records the referral and pauses the complaint', async ({
  page,
}) => {
  const tag = uniqueTag();
  await openWorkbench(page);
  await fileEmail(page, safeguardingEmail(tag));
  const alert = pane(page).getByRole('alert').filter({ hasText: 'safeguarding' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Refer it to the front door (MASH / First Response) now');
  await expect(alert).toContainText('Any complaint is paused');
  await expect(
    alert.getByRole('list', { name: 'What raised the safeguarding flag' }),
  ).toContainText('left alone');
  // First in the pane after the email's subject and sender: before the suggestion and the form.
  const alertBox = (await alert.boundingBox())!;
  const formBox = (await pane(page).getByRole('form', { name: 'New case' }).boundingBox())!;
  const suggestionBox = (await pane(page)
    .getByRole('heading', { name: /^Suggested:/ })
    .boundingBox())!;
  expect(alertBox.y).toBeLessThan(suggestionBox.y);
  expect(alertBox.y).toBeLessThan(formBox.y);

  await alert.getByLabel('Referral made on').fill('2025-06-13');
  await alert.getByRole('button', { name: 'Record safeguarding referral' }).click();
  await expect(alert).toContainText('Referral to the front door recorded on 13 June 2025');
  await expectNewCaseForm(page);
  const reference = await saveAndReadReference(page);

  // The case carries the flag and the referral; its stage is paused for the enquiry.
  await expect(pane(page).getByRole('list', { name: `Due dates for ${reference}` })).toContainText(
    'paused',
  );
  const saved = (await listItems('Cases')).find((i) => i.fields['Reference'] === reference)!;
  expect(saved.fields['SafeguardingFlagged']).toBe(true);
  // SharePoint keeps a date at midnight in the site's time zone (London, summer time) and
  // answers in UTC: 13 June is stored as 23:00 on the 12th.
  expect(saved.fields['SafeguardingReferredOn']).toBe('2025-06-12T23:00:00Z');
  const stage = (await itemsOfCase('Stages', reference))[0]!;
  expect(String(stage.fields['Pauses'])).toContain('safeguarding_enquiry');
});

test('email content is text: script and event-handler payloads are shown, never run', async ({
  page,
}) => {
  const tag = uniqueTag();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openWorkbench(page);
  const payloadSubject = `Complaint <img src=x onerror="window.__xss='subject'"> ${tag}`;
  const email: TestEmail = {
    id: `t-${tag}-xss`,
    from: {
      name: `<svg onload="window.__xss='from'">Eve`,
      address: `eve.${tag}@examplemail.co.uk`,
    },
    subject: payloadSubject,
    receivedAt: '2025-06-14T10:00:00Z',
    body: `I want to make a complaint. <script>window.__xss='body'; alert(1)</script><iframe src="javascript:alert(2)"></iframe><a href="javascript:window.__xss='link'">click</a><b onmouseover="window.__xss='hover'">hover</b>`,
  };
  await fileEmail(page, email);
  await expectNewCaseForm(page);
  // The markup shows as characters, in the inbox and in the pane.
  await expect(pane(page).getByRole('group', { name: 'Selected email' })).toContainText(
    payloadSubject,
  );
  await expect(
    pane(page).getByText(`<svg onload="window.__xss='from'">Eve`, { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('option', { name: payloadSubject })).toBeVisible();
  await expect(pane(page).getByLabel('Summary', { exact: true })).toHaveValue(payloadSubject);
  const reference = await saveAndReadReference(page);
  // The saved case's summary holds the payload, and shows it as text too.
  await expect(pane(page).getByRole('region', { name: `Case ${reference}` })).toContainText(
    payloadSubject,
  );
  expect(reference).toBeTruthy();

  // No element was made from the payloads, and none of them ran.
  expect(
    await page
      .locator(
        'img[src="x"], svg[onload], iframe, script:not([src]), [onmouseover], a[href^="javascript"]',
      )
      .count(),
  ).toBe(0);
  await page.mouse.move(0, 0);
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('axe-core finds no WCAG 2.2 AA violations in the pane: new case with a safeguarding alert, then the saved case', async ({
  page,
}) => {
  const tag = uniqueTag();
  await openWorkbench(page);
  await fileEmail(page, safeguardingEmail(tag));
  await expectNewCaseForm(page);
  // Show the validation messages too.
  await pane(page).getByLabel('Procedure', { exact: true }).selectOption('');
  await pane(page).getByRole('button', { name: 'Save case' }).click();
  await expect(pane(page).getByText('Choose the procedure this complaint follows.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await pane(page).getByLabel('Procedure', { exact: true }).selectOption('children_statutory');
  await saveAndReadReference(page);
  await pane(page)
    .getByRole('button', { name: /Record acknowledgement/ })
    .click();
  await expect(pane(page).getByRole('form', { name: 'Record on this stage' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('stage events: acknowledgement, agreed extension and a pause with its reason', async ({
  page,
}) => {
  const { reference } = await saveNewComplaint(page);
  await pane(page)
    .getByRole('button', { name: /Record acknowledgement/ })
    .click();
  const form = pane(page).getByRole('form', { name: 'Record on this stage' });
  await form.getByLabel('What happened').selectOption('acknowledged');
  await form.getByLabel('On', { exact: true }).fill('2025-06-11');
  await form.getByRole('button', { name: 'Record' }).click();
  const dates = pane(page).getByRole('list', { name: `Due dates for ${reference}` });
  await expect(dates).toContainText('Acknowledgement: due 13 June 2025');
  await expect(dates.getByText('met')).toBeVisible();

  await form.getByLabel('What happened').selectOption('extension');
  await form.getByLabel('On', { exact: true }).fill('2025-06-20');
  await form
    .getByRole('textbox', { name: 'Reason for the extension' })
    .fill('Waiting for records from the school');
  await form.getByRole('button', { name: 'Record' }).click();
  // Children's Stage 1 extended to 20 working days from Tue 10 Jun 2025 → Tue 8 Jul 2025.
  await expect(dates).toContainText('Stage 1 response: due 8 July 2025 (extended)');

  await form.getByLabel('What happened').selectOption('pause_started');
  await form.getByLabel('On', { exact: true }).fill('2025-06-23');
  await form.getByLabel('Reason for the pause').selectOption('adr');
  await form.getByRole('button', { name: 'Record' }).click();
  await expect(dates).toContainText('paused');
  const stage = (await itemsOfCase('Stages', reference))[0]!;
  expect(String(stage.fields['Pauses'])).toContain('adr');
  expect(String(stage.fields['ExtensionReason'])).toContain('school');
});
