import { expect, test, type Page } from '@playwright/test';
import { DEV_USER_HEADER } from '../../src/data/graph/devUser';
import { randomUUID } from 'node:crypto';
import { createGraphClient } from '../../src/data/graph';
import { createGraphStore } from '../../src/data/graphStore/createGraphStore';
import type { FeedbackStore, NewCase, SnapshotOptions } from '../../src/data/store';
import type { ActionPlan, LearningAction, Person, Procedure } from '../../src/domain/records';
import type { IsoDate } from '../../src/domain/primitives/brand';
import { isoDaysAgo } from './dates';
import { startTabStack, type TabStack } from './tabStack';

/**
 * Test data for the tab's end-to-end tests, written through the real Graph store into the
 * emulator the tests share. Every record carries a unique tag, so tests never depend on the
 * demo data or on each other.
 */
/** A store on the plain emulator, as the emulator's administrator or as a demo person. */
export function storeFor(graphUrl: string, upn?: string): FeedbackStore {
  const headers = upn ? () => ({ [DEV_USER_HEADER]: upn }) : undefined;
  return createGraphStore(
    createGraphClient({ baseUrl: graphUrl, maxRetries: 1, ...(headers ? { headers } : {}) }),
    { siteId: 'root' },
  );
}

export const uniqueTag = () => randomUUID().slice(0, 8);

/** What a spec file's tests share: the stack and a store on it as the emulator's administrator. */
export interface TabSite {
  readonly stack: TabStack;
  readonly store: FeedbackStore;
}

/**
 * The stack for a spec file's tests (the shared one unless `fresh`), started before its first
 * test and closed after its last, with an administrator's store on it. Called once at the top
 * of a spec file; its fields are there from the first test on.
 *   const site = useTabSite();  …  await addComplaint(site.store, …); page.goto(site.stack.webUrl)
 */
export function useTabSite(options: { fresh?: boolean } = {}): TabSite {
  const site = {} as { stack: TabStack; store: FeedbackStore };
  test.beforeAll(async () => {
    site.stack = await startTabStack(options);
    site.store = storeFor(site.stack.graphUrl);
  });
  test.afterAll(async () => {
    await site.stack?.close();
  });
  return site;
}

/** Some of the lists, as the tab reads them: `await loadParts(store, ['refusals'])`. */
export async function loadParts(
  store: FeedbackStore,
  parts: NonNullable<SnapshotOptions['parts']>,
) {
  return must(await store.loadSnapshot({ parts }));
}

/**
 * Opens the tab signed in as `as` on one of its views, and picks a financial year there:
 *   await openView(page, site.stack, { as: demoPeople.complaintsManager, view: 'Ombudsman and costs', year })
 */
export async function openView(
  page: Page,
  stack: TabStack,
  options: { as: { name: string }; view: string; year?: string },
) {
  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: options.as.name });
  await page.getByRole('tab', { name: options.view }).click();
  if (options.year !== undefined)
    await page.getByLabel('Financial year', { exact: true }).selectOption(options.year);
}

/**
 * Opens the annual report of a year and a procedure (by its full label) as the team manager,
 * and waits until the saved narrative has been read from the site (or found missing).
 */
export async function openAnnualReport(
  page: Page,
  stack: TabStack,
  options: { as: { name: string }; year: string; procedure: string },
) {
  await openView(page, stack, { as: options.as, view: 'Annual report', year: options.year });
  await page.getByLabel('Procedure', { exact: true }).selectOption({ label: options.procedure });
  await expect(
    page.getByText(/No narrative has been saved for this|Showing the narrative saved to the site/),
  ).toBeVisible();
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

// Dates as the pages count them (today in England): dates.ts.
export { isoDaysAgo, reportYear } from './dates';

export async function addComplaint(
  store: FeedbackStore,
  options: {
    received: IsoDate;
    procedure: Procedure;
    owner: Person;
    serviceArea: string;
    tag: string;
    safeguarding?: NewCase['safeguarding'];
    /** Who the complaint's email is from (default 'Fictitious Parent'). */
    fromName?: string;
  },
): Promise<string> {
  const input: NewCase = {
    type: 'complaint',
    procedure: options.procedure,
    received: options.received,
    summary: `Fictitious test complaint ${options.tag}`,
    complainant: 'parent',
    serviceArea: options.serviceArea,
    causes: ['communication', 'delay'],
    owner: options.owner,
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
    stage: 1,
    ...(options.safeguarding ? { safeguarding: options.safeguarding } : {}),
  };
  const file = must(
    await store.saveCaseFromEmail(
      input,
      {
        internetMessageId: `<tab-e2e-${options.tag}-${randomUUID()}@example.invalid>`,
        subject: `Complaint ${options.tag}`,
        from: { name: options.fromName ?? 'Fictitious Parent', address: 'parent@example.invalid' },
        to: ['complaints@example.invalid'],
        receivedAt: `${options.received}T09:00:00Z`,
        body: 'A fictitious complaint for an end-to-end test.',
      },
      { name: 'Test Officer', upn: 'officer@example.invalid' },
    ),
  );
  return file.case.value.reference;
}

/** A headline figure of the Overview as shown, e.g. 1204 for '1,204'. */
export async function headline(page: Page, label: string): Promise<number> {
  const card = page.getByRole('group', { name: label });
  await expect(card).toBeVisible({ timeout: 30_000 });
  const texts = await card.locator('span').allTextContents();
  const value = texts.find((text) => /^[\d,]+$/.test(text.trim()));
  if (value === undefined)
    throw new Error(`no figure on the "${label}" card: ${texts.join(' | ')}`);
  return Number(value.replaceAll(',', ''));
}

/** A corporate complaint received today (in this financial year whatever the date). */
export async function addComplaintToday(store: FeedbackStore): Promise<string> {
  return addComplaint(store, {
    received: isoDaysAgo(0),
    procedure: 'corporate',
    owner: { name: 'Fictitious Officer', upn: 'fictitious.officer@example.invalid' },
    serviceArea: 'Highways',
    tag: uniqueTag(),
  });
}

export async function addAction(
  store: FeedbackStore,
  action: Omit<LearningAction, 'schemaVersion' | 'kind' | 'learning'> &
    Partial<Pick<LearningAction, 'kind' | 'learning'>>,
) {
  return must(
    await store.saveAction({
      schemaVersion: 1,
      kind: 'training',
      learning: ['process_not_followed'],
      ...action,
    }),
  );
}

export async function addPlan(
  store: FeedbackStore,
  plan: Pick<ActionPlan, 'id' | 'caseReference' | 'title'> & Partial<ActionPlan>,
) {
  return must(
    await store.savePlan({
      schemaVersion: 2,
      state: 'draft',
      signOffsSeen: 0,
      recommendations: '',
      ...plan,
    }),
  );
}

/** Adds a head of service to the settings (keeping any already there). */
export async function ensureHeadOfService(
  store: FeedbackStore,
  head: { name: string; upn: string },
) {
  const snapshot = must(await store.loadSnapshot());
  const heads = snapshot.settings.headsOfService;
  if (heads.some((h) => h.upn.toLowerCase() === head.upn.toLowerCase())) return;
  must(await store.saveSettings({ ...snapshot.settings, headsOfService: [...heads, head] }));
}
