import { expect, type Page } from '@playwright/test';
import { sidewaysScroll } from './layout';

/**
 * Shared steps of the pane's end-to-end tests. Every test files its own fictitious emails
 * (through the workbench's `feedbackDeskWorkbench` hook) with a unique tag in the subject, so
 * tests never depend on each other or on the demo data in the shared emulator.
 */
export const env = () => {
  const web = process.env.FD_WEB_URL;
  const emulator = process.env.FD_EMULATOR_URL;
  const graph = process.env.FD_GRAPH_URL;
  if (!web || !emulator || !graph)
    throw new Error('FD_WEB_URL, FD_EMULATOR_URL and FD_GRAPH_URL must be set by the global setup');
  return { web: web.endsWith('/') ? web : `${web}/`, emulator, graph };
};

export const uniqueTag = () => Math.random().toString(36).slice(2, 8);

export interface TestEmail {
  id: string;
  from: { name?: string; address: string };
  to?: string;
  subject: string;
  receivedAt: string;
  body: string;
  conversationId?: string;
  internetMessageId?: string;
}

/** The triage pane (the workbench's main region), to keep the inbox's options out of lookups. */
export const pane = (page: Page) => page.getByRole('main', { name: 'Feedback Desk triage' });

export async function openWorkbench(page: Page): Promise<void> {
  await page.goto(`${env().web}workbench.html`);
  await expect(page.getByRole('listbox', { name: 'Demo inbox' })).toBeVisible();
  await page.waitForFunction(() => 'feedbackDeskWorkbench' in window);
}

/** Puts an email in the demo inbox (through the workbench's test hook), without opening it. */
export async function addToInbox(page: Page, email: TestEmail): Promise<void> {
  const added = await page.evaluate(
    (e) =>
      (
        window as unknown as { feedbackDeskWorkbench: { addMessage(x: unknown): { ok: boolean } } }
      ).feedbackDeskWorkbench.addMessage(e),
    email,
  );
  expect(added.ok).toBe(true);
}

/** Puts an email in the demo inbox and selects it by its subject, as an officer would. */
export async function fileEmail(page: Page, email: TestEmail): Promise<void> {
  await addToInbox(page, email);
  await page.getByRole('option', { name: email.subject, exact: true }).click();
}

/**
 * Waits for the new-case form: the pane has looked for an existing case and found none. The
 * first email opened on a fresh page also loads the working calendar's chunk; on a busy 2-core
 * CI machine that and the lookup together took over Playwright's 5 s default (twice in 57 runs
 * at load 8–10). This waits for the behaviour; how fast it is, `npm run bench -- taskpane` says.
 */
export async function expectNewCaseForm(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Save case' })).toBeVisible({ timeout: 15_000 });
}

export async function saveAndReadReference(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save case' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Saved as' });
  await expect(status).toBeVisible({ timeout: 30_000 });
  const text = await status.innerText();
  const reference = /\b([A-Z]+-\d{4}-\d{4,})\b/.exec(text)?.[1];
  expect(reference, `a case reference in "${text}"`).toBeTruthy();
  return reference!;
}

/** Every item of a list through Graph, following `@odata.nextLink`. */
export async function listItems(
  list: string,
): Promise<Array<{ id: string; fields: Record<string, unknown> }>> {
  let url: string | undefined =
    `${env().graph}/sites/root/lists/${list}/items?$expand=fields&$top=200`;
  const items: Array<{ id: string; fields: Record<string, unknown> }> = [];
  while (url) {
    const response = await fetch(url);
    expect(response.ok, `GET ${list} items: HTTP ${response.status}`).toBe(true);
    const page = (await response.json()) as { value: typeof items; '@odata.nextLink'?: string };
    items.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return items;
}

export async function injectFaults(faults: unknown[]): Promise<void> {
  const response = await fetch(`${env().emulator}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
  expect(response.ok).toBe(true);
}

export async function clearFaults(): Promise<void> {
  await fetch(`${env().emulator}/_emulator/faults`, { method: 'DELETE' });
}

/** A children's complaint (fictitious), e.g. the first email of a matter. */
export function childrensComplaint(tag: string, overrides: Partial<TestEmail> = {}): TestEmail {
  return {
    id: `t-${tag}-complaint`,
    from: { name: 'Alex Carter', address: `alex.carter.${tag}@examplemail.co.uk` },
    to: 'complaints@examplecounty.gov.uk',
    subject: `Complaint about my son's social worker ${tag}`,
    receivedAt: '2025-06-10T10:15:00Z',
    body: "I want to make a formal complaint about children's social care. My son's social worker has cancelled three visits and nobody has told us why. His child in need plan has not been reviewed. I am not happy with how we have been treated.",
    ...overrides,
  };
}

/** The items of a list that belong to one case: `itemsOfCase('Stages', 'CHI-2025-0001')`. */
export async function itemsOfCase(
  list: string,
  reference: string,
): Promise<Array<{ id: string; fields: Record<string, unknown> }>> {
  return (await listItems(list)).filter((i) => i.fields['CaseReference'] === reference);
}

/** Opens the workbench on a new children's complaint (unique tag) and waits for its new-case form. */
export async function openNewComplaint(page: Page): Promise<{ tag: string; email: TestEmail }> {
  const tag = uniqueTag();
  await openWorkbench(page);
  const email = childrensComplaint(tag);
  await fileEmail(page, email);
  await expectNewCaseForm(page);
  return { tag, email };
}

/** A new children's complaint, saved as suggested: its tag, its email and its case reference. */
export async function saveNewComplaint(
  page: Page,
): Promise<{ tag: string; email: TestEmail; reference: string }> {
  const opened = await openNewComplaint(page);
  return { ...opened, reference: await saveAndReadReference(page) };
}

/**
 * The page does not scroll sideways at this width (WCAG 1.4.10 reflow), once the pane has drawn
 * what it shows: waited for, since a status that has just appeared may still be laid out again.
 */
export async function expectFitsWidth(page: Page): Promise<void> {
  await expect
    .poll(() => sidewaysScroll(page), { message: 'how far the page scrolls sideways, in px' })
    .toBe(0);
}
