/**
 * The Outlook triage pane in the standalone workbench, headless Chromium against the demo
 * stack (emulator, provisioned lists, 600 seeded cases; FD_BENCH_TASKPANE_CASES to change):
 *   taskpane.timeToInteractive   an email selected → its suggestion and the new-case form (or
 *                                its case) ready for input; median over 11 corpus emails
 *   taskpane.coldStart           page load → the first selected email interactive (JS, config,
 *                                store, lookup) — for information
 *   taskpane.saveRoundTrip       `Save case` → the status with the reference and due dates
 *                                (case, stage, correspondence, .eml, category); median of 9
 *   taskpane.firstLoadJs.*       the page's `<script>` files, gzip -9 (not the `import()` chunks)
 *   taskpane.archive.5mb.*       the archive step of a save alone, a 5 MB message through an
 *                                upload session (bench/taskpane/archive.ts); median of 7
 * Targets: ≤ 500 ms, ≤ 1000 ms, ≤ 250 KB. Wall-clock figures include whatever else the
 * machine does (the load average is printed).
 *   npx tsx bench/taskpane.bench.ts        Needs the built pages (npm run build, or FD_DIST_DIR).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startDemoStack } from '../scripts/demo-stack';
import { archiveFigures } from './taskpane/archive';
import { firstLoadKb } from './taskpane/firstLoad';

const distDir = process.env.FD_DIST_DIR ?? path.resolve('dist');
if (!existsSync(path.join(distDir, 'workbench.html'))) {
  console.error(`taskpane bench: no built workbench page in ${distDir}: run npm run build`);
  process.exit(2);
}
const cases = Number(process.env.FD_BENCH_TASKPANE_CASES ?? 600);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const print = (name: string, value: number, unit: string) =>
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);

/** In the page: runs `start`, then waits (MutationObserver) until `ready()` holds; ms between. */
async function timeUntil(page: Page, start: string, ready: string): Promise<number> {
  return page.evaluate(
    ({ start, ready }) =>
      new Promise<number>((resolve, reject) => {
        const isReady = new Function(`return (${ready})`) as () => boolean;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (isReady()) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        setTimeout(() => reject(new Error(`not ready in 30 s: ${ready}`)), 30_000);
        (new Function(start) as () => void)();
      }),
    { start, ready },
  );
}

/** The pane shows this email (not the previous one) with its first action ready. */
const interactive = (id: string) =>
  `[...document.querySelectorAll('[data-email-id=${JSON.stringify(JSON.stringify(id)).slice(1, -1)}] button')].some((b) => !b.disabled && (b.textContent === 'Save case' || b.textContent === 'Escalate' || b.textContent.startsWith('Add email to') || b.textContent.startsWith('Record')))`;
const select = (id: string) => `window.feedbackDeskWorkbench.select(${JSON.stringify(id)})`;

const dataDir = mkdtempSync(path.join(tmpdir(), 'taskpane-bench-'));
const stack = await startDemoStack({ dataDir, seedCases: cases, seed: 'bench', distDir });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--headless'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const emails = (await (await fetch(`${stack.webUrl}demo/emails.json`)).json()) as Array<{
    id: string;
  }>;

  // Cold: navigation → the first email interactive.
  const t0 = Date.now();
  await page.goto(`${stack.webUrl}workbench.html`);
  await page.waitForFunction(() => 'feedbackDeskWorkbench' in window);
  await timeUntil(page, select(emails[0]!.id), interactive(emails[0]!.id));
  const coldStart = Date.now() - t0;

  // Warm: select one email after another, as an officer works through the inbox.
  const tti: number[] = [];
  for (const email of emails.slice(1, 12))
    tti.push(await timeUntil(page, select(email.id), interactive(email.id)));

  // Save round trips, each on a fresh email of its own.
  const saves: number[] = [];
  for (let run = 0; run < 9; run += 1) {
    const id = `bench-${run}-${Date.now()}`;
    await page.evaluate(
      ({ id, run }) =>
        (
          window as unknown as { feedbackDeskWorkbench: { addMessage(e: unknown): unknown } }
        ).feedbackDeskWorkbench.addMessage({
          id,
          from: { name: 'Bench Complainant', address: `bench.${run}@examplemail.co.uk` },
          subject: `Complaint about missed visits (bench ${run})`,
          receivedAt: '2025-06-10T10:15:00Z',
          body: "I want to make a formal complaint about children's social care: three visits were cancelled and nobody told us why.",
        }),
      { id, run },
    );
    await timeUntil(page, select(id), interactive(id));
    saves.push(
      await timeUntil(
        page,
        `[...document.querySelectorAll('main button')].find((b) => b.textContent === 'Save case').click()`,
        `[...document.querySelectorAll('[role=status]')].some((s) => s.textContent.includes('Saved as'))`,
      ),
    );
  }

  print('taskpane.timeToInteractive.median', Math.round(median(tti)), 'ms');
  print('taskpane.timeToInteractive.max', Math.round(Math.max(...tti)), 'ms');
  print('taskpane.coldStart', coldStart, 'ms');
  print('taskpane.saveRoundTrip.median', Math.round(median(saves)), 'ms');
  print('taskpane.saveRoundTrip.max', Math.round(Math.max(...saves)), 'ms');
  const archives = await archiveFigures(stack.graphUrl);
  print('taskpane.archive.5mb.median', Math.round(median(archives)), 'ms');
  print('taskpane.archive.5mb.max', Math.round(Math.max(...archives)), 'ms');
  print('taskpane.firstLoadJs.workbench', firstLoadKb(distDir, 'workbench.html').gzipKb, 'KB gzip');
  print('taskpane.firstLoadJs.taskpane', firstLoadKb(distDir, 'taskpane.html').gzipKb, 'KB gzip');
  print('taskpane.seededCases', cases, 'cases');
  print('taskpane.loadAverage1m', loadavg()[0]!, '');
} finally {
  await browser.close();
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
}
