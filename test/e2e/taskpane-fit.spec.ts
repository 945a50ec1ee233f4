import { expect, test, type Page } from '@playwright/test';
import {
  addToInbox,
  childrensComplaint,
  expectNewCaseForm,
  fileEmail,
  openWorkbench,
  pane,
  saveAndReadReference,
  type TestEmail,
  uniqueTag,
} from './taskpane-helpers';
import { axeViolations } from './axe';

/**
 * The pane fits Outlook: no sideways scrolling at Outlook's pane widths (320, 350, 450 px),
 * on a 320 px screen, and at 200 % zoom, in every state the pane has; it follows a dark host;
 * the workbench shows the email beside it; what an email says cannot disguise itself.
 */

/** Nothing in the page, nor in the pane, is wider than its box. */
async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  // Waited for, not read once: a status that has just appeared may still be laid out again.
  const overflow = () =>
    page.evaluate(() => {
      const doc = document.documentElement;
      const main = document.querySelector('main[aria-label="Feedback Desk triage"]')!;
      const right = main.getBoundingClientRect().right;
      const wide = [...main.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > right + 1)
        .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? ''}`.trim());
      return {
        page: doc.scrollWidth - doc.clientWidth,
        pane: main.scrollWidth - main.clientWidth,
        wide: wide.slice(0, 5),
      };
    });
  await expect
    .poll(overflow, { message: `sideways overflow in "${state}"` })
    .toEqual({ page: 0, pane: 0, wide: [] });
}

const compliment = (tag: string): TestEmail => ({
  id: `t-${tag}-thanks`,
  from: { name: 'Jo Baxter', address: `jo.baxter.${tag}@examplemail.co.uk` },
  subject: `Thank you to Sam in the reablement team ${tag}`,
  receivedAt: '2025-06-11T09:00:00Z',
  body: 'I just wanted to say a huge thank you to Sam from the reablement team. She was kind and patient with my dad.',
});

const mpEnquiry = (tag: string): TestEmail => ({
  id: `t-${tag}-mp`,
  from: { name: 'Office of Helen Marsh MP', address: 'helen.marsh.mp@parliament.uk' },
  subject: `Missed bin collections ${tag}`,
  receivedAt: '2025-06-12T11:00:00Z',
  body: 'Dear Sir or Madam,\n\nI am writing on behalf of my constituent, Mr Dev Patel, who has contacted me about repeated missed bin collections.\n\nHelen Marsh MP\nMember of Parliament for Northby',
});

const safeguarding = (tag: string): TestEmail => ({
  id: `t-${tag}-sg`,
  from: { name: 'Sam Jones', address: `sam.jones.${tag}@examplemail.co.uk` },
  subject: `Please help - the children next door ${tag}`,
  receivedAt: '2099-02-03T10:30:00Z',
  body: 'I want to complain that nobody has done anything. The children next door are left alone all night and one of them had bruises on her face this morning.',
});

/** Walks the pane through its states, checking each fits. */
async function everyPaneState(page: Page): Promise<void> {
  const tag = uniqueTag();
  await expect(pane(page).getByText('Select an email to triage it.')).toBeVisible();
  await expectNoSidewaysScroll(page, 'nothing selected');

  await fileEmail(page, childrensComplaint(tag));
  await expectNewCaseForm(page);
  // The Stage box drives the timescales: it must be on screen, not beside it.
  const stage = pane(page).getByLabel('Stage', { exact: true });
  await stage.scrollIntoViewIfNeeded();
  await expect(stage).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page, 'new complaint');
  await pane(page).getByLabel('Procedure', { exact: true }).selectOption('');
  await pane(page).getByRole('button', { name: 'Save case' }).click();
  await expect(pane(page).getByText('Choose the procedure this complaint follows.')).toBeVisible();
  await expectNoSidewaysScroll(page, 'new complaint with a validation message');
  await pane(page).getByLabel('Procedure', { exact: true }).selectOption('children_statutory');
  const reference = await saveAndReadReference(page);
  await expectNoSidewaysScroll(page, 'saved case');
  await pane(page)
    .getByRole('button', { name: /Record acknowledgement/ })
    .click();
  const form = pane(page).getByRole('form', { name: 'Record on this stage' });
  await expect(form).toBeVisible();
  await expectNoSidewaysScroll(page, 'stage events form');
  await form.getByLabel('What happened').selectOption('responded');
  await form.getByLabel('On', { exact: true }).fill('2025-06-20');
  await form.getByRole('button', { name: 'Record' }).click();
  await expect(pane(page).getByText('closed', { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page, 'closed case');

  await fileEmail(page, compliment(tag));
  await expectNewCaseForm(page);
  await expectNoSidewaysScroll(page, 'compliment');
  await fileEmail(page, mpEnquiry(tag));
  await expectNewCaseForm(page);
  await expectNoSidewaysScroll(page, 'MP enquiry');
  await fileEmail(page, safeguarding(tag));
  await expect(pane(page).getByRole('alert')).toContainText('Possible safeguarding concern');
  await expectNoSidewaysScroll(page, 'safeguarding alert');
  await fileEmail(page, {
    ...childrensComplaint(tag),
    id: `t-${tag}-ghost`,
    subject: `About my complaint ${tag}`,
    conversationId: `ghost-${tag}`,
    body: 'My complaint reference is CSC-2019-9147 and I have heard nothing.',
  });
  await expect(pane(page).getByText('No case CSC-2019-9147')).toBeVisible();
  await expectNoSidewaysScroll(page, 'reference not found');
  expect(reference).toMatch(/^CSC-/);
}

test('a 320 px screen: the workbench stacks and no pane state scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openWorkbench(page);
  await everyPaneState(page);
});

test("Outlook's pane widths: 320 and 450 px beside the inbox and reading pane", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openWorkbench(page);
  await page.getByLabel('Pane width').selectOption('320');
  await expect(pane(page)).toHaveJSProperty('clientWidth', 320);
  await everyPaneState(page);
  await page.getByLabel('Pane width').selectOption('450');
  await expect(pane(page)).toHaveJSProperty('clientWidth', 450);
  await expectNoSidewaysScroll(page, 'reference not found at 450 px');
});

test('200 % zoom: a 1280 px window at twice the size still fits', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  await openWorkbench(page);
  await everyPaneState(page);
  await context.close();
});

test('dark mode: the pane follows the host, and axe finds no contrast problem, closed badge included', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWorkbench(page);
  const tag = uniqueTag();
  await fileEmail(page, childrensComplaint(tag));
  await expectNewCaseForm(page);
  // Fluent's dark neutral background, not white (waited for: the host's theme may come late).
  await expect
    .poll(() =>
      pane(page).evaluate(
        (el) => getComputedStyle(el.closest('.fui-FluentProvider')!).backgroundColor,
      ),
    )
    .not.toBe('rgb(255, 255, 255)');
  await saveAndReadReference(page);
  await pane(page)
    .getByRole('button', { name: /Record acknowledgement/ })
    .click();
  const form = pane(page).getByRole('form', { name: 'Record on this stage' });
  await form.getByLabel('What happened').selectOption('responded');
  await form.getByLabel('On', { exact: true }).fill('2025-06-20');
  await form.getByRole('button', { name: 'Record' }).click();
  await expect(pane(page).getByText('closed', { exact: true })).toBeVisible();
  // While the record is written every button is disabled, and axe then (rightly) finds a
  // scrollable pane with nothing to focus: check the pane once it is usable again.
  await expect(pane(page).locator('button:enabled').first()).toBeVisible();
  expect(await axeViolations(page, { within: 'main' })).toEqual([]);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(pane(page).getByText('closed', { exact: true })).toBeVisible();
  expect(await axeViolations(page, { within: 'main' })).toEqual([]);
});

test('a safeguarding email: Tab lands in the alert, and Ctrl+Enter still saves the case', async ({
  page,
}) => {
  await openWorkbench(page);
  const email = safeguarding(uniqueTag());
  await addToInbox(page, email);
  const first = page.getByRole('listbox', { name: 'Demo inbox' }).getByRole('option').first();
  await expect(first).toHaveAccessibleName(email.subject);
  await first.focus();
  await page.keyboard.press('Enter');
  await expectNewCaseForm(page);
  await page.keyboard.press('Tab');
  await expect(pane(page).getByLabel('Referral made on')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(
    page.getByRole('status').filter({ hasText: /Saved as [A-Z]+-2099-\d{4}/ }),
  ).toBeVisible();
});

test('the workbench reads the email like Outlook, and names cannot disguise an address', async ({
  page,
}) => {
  await openWorkbench(page);
  const tag = uniqueTag();
  // A right-to-left override in the display name would reverse the address after it.
  await fileEmail(page, {
    id: `t-${tag}-rlo`,
    from: { name: 'Ann\u202E Lee\u0007', address: `ann.lee.${tag}@examplemail.co.uk` },
    to: 'complaints@examplecounty.gov.uk',
    subject: `Broken streetlight ${tag}`,
    receivedAt: '2025-06-10T10:15:00Z',
    body: 'The streetlight outside number 4 has been out for a month.\nPlease fix it.',
  });
  const reading = page.getByRole('region', { name: `Broken streetlight ${tag}` });
  await expect(reading.getByRole('heading', { name: `Broken streetlight ${tag}` })).toBeVisible();
  const headers = reading.getByLabel('Message headers');
  await expect(headers).toContainText('complaints@examplecounty.gov.uk');
  await expect(headers).toContainText('10 June 2025 at 11:15');
  await expect(reading).toContainText('has been out for a month.');
  for (const where of [headers, pane(page).getByRole('group', { name: 'Selected email' })]) {
    await expect(where).toContainText(`Ann Lee <ann.lee.${tag}@examplemail.co.uk>`);
    const shown = await where.innerText();
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(shown).not.toContain('\u0007');
    expect(await where.locator('bdi').count()).toBeGreaterThanOrEqual(2);
  }
});

test('prefilled from what the email says: the person praised, the constituent', async ({
  page,
}) => {
  await openWorkbench(page);
  const tag = uniqueTag();
  await fileEmail(page, compliment(tag));
  await expectNewCaseForm(page);
  await expect(pane(page).getByRole('textbox', { name: 'Person or team praised' })).toHaveValue(
    `Sam in the reablement team ${tag}`,
  );
  await fileEmail(page, mpEnquiry(tag));
  await expectNewCaseForm(page);
  await expect(pane(page).getByLabel('Constituent', { exact: true })).toHaveValue('Mr Dev Patel');
});
