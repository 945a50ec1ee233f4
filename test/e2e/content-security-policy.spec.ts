import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type RunningStaticServer } from '../../scripts/serve';
import { env, pane } from './taskpane-helpers';

/**
 * The pages under the Content-Security-Policy that docs/deploy.md asks every host to send,
 * read from that document, so the policy councils deploy is the one tested. The one change is
 * Graph's address: the emulator's, in `connect-src` beside graph.microsoft.com. The pages are
 * served as such a host serves them, the policy on every file (the triage worker's too), and
 * nothing they do may be refused: no string run as code, no script, style, image or request
 * from anywhere the policy does not allow.
 */
let server: RunningStaticServer;

function deployedPolicy(graphOrigin: string): string {
  const deploy = readFileSync('docs/deploy.md', 'utf8');
  const block = /\*\*Content-Security-Policy\*\*[\s\S]*?```\n([\s\S]*?)```/.exec(deploy);
  if (!block) throw new Error('docs/deploy.md no longer shows the Content-Security-Policy');
  const policy = block[1]!.trim().replace(/\s*\n\s*/g, ' ');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  return policy.replace('connect-src', `connect-src ${graphOrigin}`);
}

test.beforeAll(async () => {
  // The shared stack's own configuration and demo inbox (its emulator, its people), served beside the
  // same built pages by a host that sends the policy.
  const read = async (file: string) =>
    (await (await fetch(`${env().web}${file}`)).json()) as unknown;
  const [config, inbox] = [await read('config.json'), await read('demo/emails.json')];
  server = await startStaticServer({
    distDir: process.env.FD_DIST_DIR ?? path.resolve('dist'),
    routes: {
      '/config.json': () => ({ status: 200, body: config }),
      '/demo/emails.json': () => ({ status: 200, body: inbox }),
    },
    headers: { 'Content-Security-Policy': deployedPolicy(new URL(env().graph).origin) },
  });
});
test.afterAll(async () => {
  await server?.close();
});

/** Collects what the page's document refuses, from its first script on. */
async function watchRefusals(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const refused: string[] = [];
    (globalThis as { refusedByPolicy?: string[] }).refusedByPolicy = refused;
    document.addEventListener('securitypolicyviolation', (e) =>
      refused.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(
      () => (globalThis as { refusedByPolicy?: string[] }).refusedByPolicy ?? [],
    )),
    ...logged,
  ];
}

test('the Teams tab runs under the deployed policy with nothing refused', async ({ page }) => {
  const refusals = await watchRefusals(page);
  const response = await page.goto(`${server.url}tab.html`);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.getByRole('list', { name: 'Headline figures' })).toBeVisible();
  // A view from its own chunk.
  await page.getByRole('tab', { name: 'Timeliness' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  expect(await refusals()).toEqual([]);
});

test('the workbench and its triage pane run under the deployed policy with nothing refused', async ({
  page,
}) => {
  const refusals = await watchRefusals(page);
  await page.goto(`${server.url}workbench.html`);
  const inbox = page.getByRole('listbox', { name: 'Demo inbox' });
  await expect(inbox).toBeVisible();
  // An email of the demo inbox, triaged in the pane's worker.
  await inbox.getByRole('option').first().click();
  await expect(pane(page).getByRole('heading', { name: /^Suggested: / })).toBeVisible();
  expect(await refusals()).toEqual([]);
});
