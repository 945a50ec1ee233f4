import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { startStrictStack, type StrictStack } from './strict-stack';

/**
 * Sign-in end to end: the built pages against the emulator in strict mode (HTTPS, a bearer
 * token checked on every Graph request, tokens from the development token endpoint through
 * `createDevTokenProvider`). Wording on screen comes from `sessionView` in
 * src/platform/auth/session.ts: a `Sign in` button, and each AuthError's plain message.
 */
let stack: StrictStack;

test.beforeAll(async () => {
  stack = await startStrictStack();
});

test.afterAll(async () => {
  await stack?.close();
});

test.beforeEach(() => {
  stack.strict.authority.reset();
  stack.checks.length = 0;
  stack.tokenRequests.length = 0;
});

test.use({ ignoreHTTPSErrors: true });

const refused = () => stack.checks.filter((check) => !check.result.ok);
const accepted = () => stack.checks.filter((check) => check.result.ok);

/** The demo inbox (docs/contracts.md, Names on screen): a list of messages, each named by its subject. */
const inboxMessages = (page: Page) =>
  page.getByRole('listbox', { name: 'Demo inbox' }).getByRole('option');

/**
 * Until the stack has checked no new request for half a second: every read the page started has
 * been answered. A clock moved while one is still on its way would refuse it for a reason no
 * browser meets (the token expired between being sent and being read).
 */
async function requestsSettled(): Promise<void> {
  let seen = -1;
  await expect
    .poll(
      () => {
        const before = seen;
        seen = stack.checks.length;
        return seen === before;
      },
      { intervals: [500] },
    )
    .toBe(true);
}

async function openTab(page: Page): Promise<void> {
  await page.goto(stack.pageUrl('tab.html'));
}

/**
 * Every list loaded, the older history included, with tokens throughout. Waiting for it also
 * keeps the tab's later reads from landing in the next test's record of checked requests.
 */
async function expectTabLoaded(page: Page): Promise<void> {
  await expect(page.getByText(/^Updated \d/)).toBeVisible({ timeout: 15_000 });
  expect(refused()).toEqual([]);
}

test('signed in: the tab loads its data with bearer tokens and never asks to sign in', async ({
  page,
}) => {
  await openTab(page);
  await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
  await expect.poll(() => accepted().length).toBeGreaterThan(0);
  expect(refused()).toEqual([]);
  expect(stack.tokenRequests.length).toBeGreaterThan(0);
  expect(stack.tokenRequests.every((request) => !request.interactive)).toBe(true);
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  await expectTabLoaded(page);
});

test('signed in: the workbench looks up an email through Graph with a token', async ({ page }) => {
  await page.goto(stack.pageUrl('workbench.html'));
  await inboxMessages(page).first().click();
  await expect(page.getByLabel('Feedback type')).toBeVisible();
  await expect.poll(() => accepted().length).toBeGreaterThan(0);
  expect(refused()).toEqual([]);
});

test('consent missing: the page says so plainly, and Sign in recovers', async ({ page }) => {
  stack.setSwitches({ consent: 'required' });
  await openTab(page);
  await expect(
    page.getByText('Feedback Desk has not yet been given permission to use the complaints site.'),
  ).toBeVisible();
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await expect(signIn).toBeVisible();
  expect(accepted()).toEqual([]);

  await signIn.click();
  await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
  await expect(signIn).toHaveCount(0);
  expect(stack.tokenRequests.some((request) => request.interactive)).toBe(true);
  await expect.poll(() => accepted().length).toBeGreaterThan(0);
  await expectTabLoaded(page);
});

test('consent missing in the pane: the prompt is announced, accessible, keyboard-operable, and recovers', async ({
  page,
}) => {
  stack.setSwitches({ consent: 'required' });
  await page.goto(stack.pageUrl('workbench.html'));
  await inboxMessages(page).first().click();
  const triage = page.getByRole('main', { name: 'Feedback Desk triage' });
  const prompt = triage.getByRole('status').filter({
    hasText: 'Feedback Desk has not yet been given permission to use the complaints site.',
  });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('accept the permission request');
  await expect(triage.getByLabel('Feedback type')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(accepted()).toEqual([]);

  const signIn = triage.getByRole('button', { name: 'Sign in' });
  await signIn.focus();
  await page.keyboard.press('Enter');
  await expect(triage.getByLabel('Feedback type')).toBeVisible();
  await expect(signIn).toHaveCount(0);
  await expect.poll(() => accepted().length).toBeGreaterThan(0);
  expect(refused()).toEqual([]);
});

test('the tab’s sign-in prompts pass axe (WCAG 2.2 AA)', async ({ page }) => {
  stack.setSwitches({ consent: 'required' });
  await openTab(page);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  stack.strict.authority.reset();
  stack.setSwitches({ scopeOverride: 'Sites.Read.All' });
  await openTab(page);
  const alert = page.getByRole('alert').filter({
    hasText: 'Your sign-in does not give access to the complaints site.',
  });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('expired token: refreshed silently, no prompt and no refused request', async ({ page }) => {
  await page.clock.install();
  await page.goto(stack.pageUrl('workbench.html'));
  const messages = inboxMessages(page);
  await messages.nth(0).click();
  await expect(page.getByLabel('Feedback type')).toBeVisible();
  await expect.poll(() => accepted().length).toBeGreaterThan(0);
  await requestsSettled();
  const tokensBefore = stack.tokenRequests.length;
  const checksBefore = stack.checks.length;

  // Two hours later, for the browser and for the identity platform alike: the first token
  // has expired everywhere.
  const twoHours = 2 * 60 * 60 * 1000;
  stack.advanceClock(twoHours);
  await page.clock.fastForward(twoHours);

  await messages.nth(1).click();
  await expect(page.getByLabel('Feedback type')).toBeVisible();
  await expect.poll(() => stack.checks.length).toBeGreaterThan(checksBefore);
  expect(stack.checks.slice(checksBefore).filter((check) => !check.result.ok)).toEqual([]);
  expect(stack.tokenRequests.length).toBeGreaterThan(tokensBefore);
  expect(stack.tokenRequests.every((request) => !request.interactive)).toBe(true);
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
});

test('wrong scope: Graph refuses (403) and the page says what the administrator must do', async ({
  page,
}) => {
  stack.setSwitches({ scopeOverride: 'Sites.Read.All' });
  await openTab(page);
  await expect(
    page.getByText('Your sign-in does not give access to the complaints site.'),
  ).toBeVisible();
  await expect(page.getByText(/Sites\.Selected permission/)).toBeVisible();
  expect(refused().length).toBeGreaterThan(0);
  expect(refused().every((check) => !check.result.ok && check.result.status === 403)).toBe(true);
  expect(accepted()).toEqual([]);
});

test('the redirect bridge page says what it is for, and fails plainly on a forged response', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(stack.pageUrl('auth-redirect.html'));
  await expect(page.getByRole('status')).toHaveText(
    'This page completes sign-in for Feedback Desk. You can close it.',
  );
  // A response MSAL did not ask for (no matching request state) is refused, not trusted.
  await page.goto('about:blank');
  await page.goto(stack.pageUrl('auth-redirect.html#code=forged&state=not-ours'));
  await expect(page.getByRole('status')).toHaveText(
    'Sign-in could not be completed. Close this window and select Sign in again.',
  );
  expect(errors).toEqual([]);
});
