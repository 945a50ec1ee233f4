import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { findLeaks } from './log-leaks';
import { corpusEmails, startStrictStack, type StrictStack } from './strict-stack';

/**
 * Privacy in practice: drive the app the way officers and managers do — every email of the
 * corpus through the triage pane, a case saved, every view of the tab, and the sign-in
 * failures of strict mode — and prove that no log line written meanwhile, in the browser
 * console or by the servers, holds an email address, a name from the corpus or a token.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const lines: string[] = [];
const issued: string[] = [];
let demo: ChildProcess | undefined;
let demoWebUrl = '';
let dataDir = '';
let strict: StrictStack | undefined;

/** Runs the demo stack as `npm start` does, in its own process, keeping every line it writes. */
function startDemoChild(): Promise<string> {
  const script = `
    import { startDemoStack } from ${JSON.stringify(path.join(root, 'scripts', 'demo-stack.ts'))};
    const stack = await startDemoStack({ dataDir: ${JSON.stringify(dataDir)}, seedCases: 40, seed: 'privacy', log: (l) => console.log(l) });
    console.log('WEB ' + stack.webUrl);
    process.on('SIGTERM', () => stack.close().then(() => process.exit(0)));`;
  demo = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env: process.env,
  });
  return new Promise((resolve, reject) => {
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        lines.push(`[demo stack] ${line}`);
        const web = /^WEB (\S+)/.exec(line);
        if (web?.[1]) resolve(web[1]);
      }
    };
    demo!.stdout!.on('data', take);
    demo!.stderr!.on('data', take);
    demo!.on('exit', (code) =>
      reject(new Error(`the demo stack exited (${code}): ${lines.slice(-5).join(' | ')}`)),
    );
  });
}

/** Everything the in-process strict stack writes to stdout/stderr while it runs. */
function captureOwnOutput(): () => void {
  const original = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  const tap =
    (write: typeof process.stdout.write, label: string) =>
    (chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(
        `[${label}] ${typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')}`,
      );
      return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    };
  process.stdout.write = tap(original.out, 'stdout') as typeof process.stdout.write;
  process.stderr.write = tap(original.err, 'stderr') as typeof process.stderr.write;
  return () => {
    process.stdout.write = original.out;
    process.stderr.write = original.err;
  };
}

function listen(page: Page, label: string): void {
  page.on('console', (message) =>
    lines.push(`[${label} console.${message.type()}] ${message.text()}`),
  );
  page.on('pageerror', (error) => lines.push(`[${label} pageerror] ${error.message}`));
}

let restoreOutput: () => void = () => {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), 'fd-e2e-privacy-'));
  demoWebUrl = await startDemoChild();
  restoreOutput = captureOwnOutput();
  strict = await startStrictStack();
  const issue = strict.strict.authority.issue.bind(strict.strict.authority);
  strict.strict.authority.issue = (request) => {
    const result = issue(request);
    if (result.ok) issued.push(result.body.access_token);
    return result;
  };
});

test.afterAll(async () => {
  restoreOutput();
  await strict?.close();
  if (demo && demo.exitCode === null) {
    const exited = new Promise((resolve) => demo!.once('exit', resolve));
    demo.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test.describe.configure({ mode: 'serial' });

test('the scanner itself catches an email address, a corpus name and a token', () => {
  const leaks = findLeaks(
    [
      'saved for Gillian Marsh',
      'from gillian.marsh@example.net',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc',
      'lookup for marsh? no: Marsh',
    ],
    [],
  ).map((leak) => leak.what);
  expect(leaks).toEqual([
    'name "Gillian Marsh"',
    'email address "gillian.marsh@example.net"',
    'a JWT',
    'a bearer token',
    'name part "Marsh"',
  ]);
  expect(findLeaks(['info tab: loaded 40 cases in 120 ms', 'provisioned 9 lists'])).toEqual([]);
});

test('officers triage every corpus email and save a case', async ({ page }) => {
  test.setTimeout(240_000);
  listen(page, 'workbench');
  await page.goto(`${demoWebUrl}workbench.html`);
  const options = page.getByRole('listbox', { name: 'Demo inbox' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  // Every message of the demo mailbox is listed.
  expect(count).toBe(corpusEmails().length);
  const triage = page.getByRole('main', { name: 'Feedback Desk triage' });
  for (let i = 0; i < count; i += 1) {
    await options.nth(i).click();
    // A new case's form, or (for a follow-up quoting a seeded case) that case to add it to.
    await expect(
      triage
        .getByLabel('Feedback type')
        .or(triage.getByRole('button', { name: /^Add email to / }))
        .first(),
    ).toBeVisible();
  }
  await options.first().click();
  await triage.getByRole('button', { name: 'Save case' }).click();
  await page.waitForTimeout(1500);
});

test('managers open every view of the tab', async ({ page }) => {
  listen(page, 'tab');
  await page.goto(`${demoWebUrl}tab.html`);
  for (const name of [
    'Overview',
    'Timeliness',
    'Actions',
    'Action plans',
    'Annual report',
    'Settings',
  ]) {
    await page.getByRole('tab', { name }).click();
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }
  await page.waitForTimeout(1000);
});

test.describe('strict mode', () => {
  test.use({ ignoreHTTPSErrors: true });

  test('sign-in succeeds, then fails for consent, scope and expiry, with tokens in flight', async ({
    page,
  }) => {
    listen(page, 'strict');
    const stack = strict!;
    await page.goto(stack.pageUrl('workbench.html'));
    const options = page.getByRole('listbox', { name: 'Demo inbox' }).getByRole('option');
    await options.nth(0).click();
    await options.nth(1).click();
    for (const change of [
      { consent: 'required' as const },
      { scopeOverride: 'Sites.Read.All' },
      { tokenLifetimeSeconds: -5 },
    ]) {
      stack.strict.authority.reset();
      stack.setSwitches(change);
      for (const pageName of ['tab.html', 'workbench.html']) {
        await page.goto(stack.pageUrl(pageName));
        if (pageName === 'workbench.html') await options.nth(2).click();
        await page.waitForTimeout(1500);
      }
    }
    expect(issued.length).toBeGreaterThan(0);
  });
});

test('no log line holds an email address, a corpus name or a token', () => {
  // The servers' own lines were captured (the browsers' too, where the pages wrote any).
  expect(lines.some((line) => line.startsWith('[demo stack] Provisioned'))).toBe(true);
  const leaks = findLeaks(lines, issued);
  // Name the kind of leak and where, never the leaked value's whole line twice over.
  expect(leaks.map((leak) => `${leak.what} in: ${leak.line.slice(0, 160)}`)).toEqual([]);
});
