import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import {
  env,
  expectNewCaseForm,
  fileEmail,
  listItems,
  openWorkbench,
  pane,
  type TestEmail,
  uniqueTag,
} from './taskpane-helpers';

/**
 * Learning from officers (issue 15): a concern raised by hand, a flag dismissed with a reason
 * and an email set aside as not feedback are kept in the Triage feedback list as features only,
 * and change the suggestion for similar mail. All emails are fictitious.
 */

const FEEDBACK = 'Triage feedback';

/** Each test starts from an empty Triage feedback list (only this spec writes to it). */
test.beforeEach(async () => {
  for (const item of await listItems(FEEDBACK)) {
    const response = await fetch(`${env().graph}/sites/root/lists/${FEEDBACK}/items/${item.id}`, {
      method: 'DELETE',
    });
    expect(response.ok, `DELETE feedback item: HTTP ${response.status}`).toBe(true);
  }
});

const email = (tag: string, id: string, subject: string, body: string): TestEmail => ({
  id: `t-${tag}-${id}`,
  from: { name: 'Robin Example', address: `robin.${tag}@examplemail.co.uk` },
  subject: `${subject} ${tag}`,
  receivedAt: '2025-06-12T09:00:00Z',
  body,
});

/** The stored decisions, each with every field as text, to check nothing of the email is kept. */
async function storedDecisions() {
  return (await listItems(FEEDBACK)).map((i) => ({ ...i, all: JSON.stringify(i.fields) }));
}

/** Who SharePoint says created an item of the list. */
async function createdBy(itemId: string): Promise<string | undefined> {
  const response = await fetch(`${env().graph}/sites/root/lists/${FEEDBACK}/items/${itemId}`);
  const item = (await response.json()) as { createdBy?: { user?: { displayName?: string } } };
  return item.createdBy?.user?.displayName;
}

const alertOf = (page: Page) => pane(page).getByRole('alert').filter({ hasText: 'safeguarding' });

test('a concern raised by hand in one keystroke is stored without the email and flags similar mail', async ({
  page,
}) => {
  const tag = uniqueTag();
  const first = email(
    tag,
    'stairwell',
    'The man in the end flat',
    'The gentleman at number 9 chats to passers-by from the stairwell window about the parish elections. The front door has been painted a bright new colour and the hallway plants look lovely. Could the council send the date of the next parish meeting please.',
  );
  await openWorkbench(page);
  await fileEmail(page, first);
  await expectNewCaseForm(page);
  // Neither the rules nor the shipped prior see anything here (the officer has a hunch).
  await expect(alertOf(page)).toHaveCount(0);
  const raise = pane(page).getByRole('button', { name: /Raise safeguarding concern/ });
  await expect(raise).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+S');

  await page.keyboard.press('Alt+Shift+S');
  await expect(alertOf(page)).toBeVisible();
  await expect(alertOf(page)).toContainText('Raised by hand');
  await expect(pane(page).getByRole('status').filter({ hasText: 'raised by hand' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const stored = await storedDecisions();
  expect(stored).toHaveLength(1);
  expect(stored[0]!.fields['Decision']).toBe('raised');
  expect(stored[0]!.fields['Reason']).toBe('seen_by_officer');
  // Nothing of the email: no words, no subject, no sender, no tag.
  for (const word of ['gentleman', 'stairwell', 'passers', 'Robin', tag, 'examplemail'])
    expect(stored[0]!.all).not.toContain(word);
  expect(await createdBy(stored[0]!.id)).toBeTruthy();

  // A similar email from someone else is now flagged, and says why.
  const similar = email(
    `${tag}b`,
    'stairwell2',
    'Gentleman in the end flat again',
    'The gentleman at number 9 still chats to passers-by from the stairwell window about the parish elections. The front door has been painted a bright new colour now and the hallway plants look lovely. Could the council send the date of the next parish meeting please.',
  );
  await fileEmail(page, similar);
  await expect(alertOf(page)).toBeVisible();
  await expect(alertOf(page)).toContainText(
    'Officers raised a safeguarding concern by hand on 1 similar email',
  );
});

test('a false flag dismissed with a reason is stored and similar mail is flagged lower', async ({
  page,
}) => {
  const tag = uniqueTag();
  const release = email(
    tag,
    'release',
    'Press release: campaign launch',
    'For immediate release. The council today launched a campaign for residents who are being hit or threatened by a partner. If you are scared to go home tonight, or someone controls your money, call the helpline. Notes to editors follow.',
  );
  await openWorkbench(page);
  await fileEmail(page, release);
  await expect(alertOf(page)).toBeVisible();
  await expect(alertOf(page)).not.toContainText('lowered');

  await pane(page).getByRole('button', { name: 'Dismiss safeguarding flag…' }).click();
  const reasons = pane(page).getByRole('radiogroup');
  await expect(reasons).toBeVisible();
  await pane(page).getByRole('radio', { name: 'About a document or report, not a person' }).check();
  await pane(page).getByRole('button', { name: 'Dismiss flag' }).click();
  await expect(
    pane(page).getByRole('status').filter({ hasText: 'Safeguarding flag dismissed' }),
  ).toContainText('about a document or report');
  await expect(alertOf(page)).toHaveCount(0);

  const stored = await storedDecisions();
  expect(stored).toHaveLength(1);
  expect(stored[0]!.fields['Decision']).toBe('dismissed');
  expect(stored[0]!.fields['Reason']).toBe('about_a_document_or_report');
  for (const word of ['campaign', 'helpline', 'scared', tag])
    expect(stored[0]!.all).not.toContain(word);

  // The next, similar release is still flagged (recall first), but lowered, and says why.
  const again = email(
    `${tag}b`,
    'release2',
    'Reminder: campaign press release',
    'For immediate release. The council today launched a campaign for residents who are being hit or threatened by a partner. If you are scared to go home tonight, or someone controls your money, please call the helpline. Notes to editors follow below.',
  );
  await fileEmail(page, again);
  await expect(alertOf(page)).toBeVisible();
  await expect(alertOf(page)).toContainText('Officers dismissed 1 similar flag');
  await expect(alertOf(page)).toContainText('lowered to 50%');
});

test('Not feedback on an auto-reply writes only the dismissal', async ({ page }) => {
  const tag = uniqueTag();
  const autoReply = email(
    tag,
    'ooo',
    'Automatic reply: Your complaint',
    'Thank you for your email. I am out of the office until Monday with no access to email. For urgent matters please contact the duty desk.',
  );
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        ['Cases', 'Stages', 'Correspondence', 'Archived emails', FEEDBACK].map(
          async (list) => [list, (await listItems(list)).length] as const,
        ),
      ),
    );
  await openWorkbench(page);
  await fileEmail(page, autoReply);
  await expectNewCaseForm(page);
  const before = await counts();

  await pane(page).getByRole('button', { name: 'Not feedback…' }).click();
  await pane(page).getByRole('radio', { name: 'An auto-reply' }).check();
  expect(await axeViolations(page)).toEqual([]);
  await pane(page).getByRole('button', { name: 'Set aside' }).click();
  await expect(
    pane(page).getByRole('status').filter({ hasText: 'Set aside as not feedback' }),
  ).toContainText('Nothing else was saved');
  await expect(pane(page).getByRole('button', { name: 'Save case' })).toHaveCount(0);

  expect(await counts()).toEqual({ ...before, [FEEDBACK]: before[FEEDBACK]! + 1 });
  const [stored] = await storedDecisions();
  expect(stored!.fields['Decision']).toBe('not_feedback');
  expect(stored!.fields['Reason']).toBe('auto_reply');
  for (const word of ['office', 'duty', tag]) expect(stored!.all).not.toContain(word);
});
