/**
 * Screenshots of every view of the Teams tab in each Teams theme, at 320 px (a phone, or
 * 1280 px at 400 % zoom) and 1280 px, for a person to look at: `npm run screenshots` after
 * `npm run build`. The demo stack runs on random ports with a fresh, small seed; the pictures
 * go to `screenshots/` (ignored by git), named `<theme>-<width>-<view>.png`. Each line printed
 * also says whether the page scrolled sideways, which should never happen.
 *   npm run screenshots -- --only Overview   (one view)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { startDemoStack } from './demo-stack';
import { createLogger } from '../src/log/logger';

const log = createLogger({ scope: 'screenshots' });

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'screenshots');

const themes = ['Light', 'Dark', 'High contrast'] as const;
const widths = [320, 1280] as const;
// Every view of the tab as it opens (as the complaints manager, config.json's demoTabUser).
const views = [
  'Overview',
  'Timeliness',
  'Actions',
  'Action plans',
  'Annual report',
  'Ombudsman and costs',
  'Settings',
];

const { values } = parseArgs({
  options: { only: { type: 'string' }, theme: { type: 'string' }, width: { type: 'string' } },
});

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

async function showView(page: Page, view: string): Promise<void> {
  const tab = page.getByRole('tab', { name: view, exact: true });
  // At 320 px the views may sit in a menu instead of a row of tabs.
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole('button', { name: /^Views/ }).click();
    await page.getByRole('menuitemradio', { name: view, exact: true }).click();
  }
  await page.getByText('Opening the view').waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
  if (view === 'Overview') await page.locator('[data-chart]').first().waitFor();
}

/** How far the page scrolls sideways, and the innermost elements that stick out. */
async function widerThanPage(page: Page): Promise<{ by: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (culprits.length >= 3) break;
      const box = el.getBoundingClientRect();
      if (box.right <= edge + 1 || box.width === 0) continue;
      // Only the innermost: no child of it sticks out too.
      const child = Array.from(el.children).some((c) => c.getBoundingClientRect().right > edge + 1);
      if (child) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
      culprits.push(
        `${name} "${(el.textContent ?? '').trim().slice(0, 30)}" to ${Math.round(box.right)}`,
      );
    }
    return { by: root.scrollWidth - root.clientWidth, culprits };
  });
}

/**
 * A long page shrinks to a sliver when viewed whole: it is also kept in parts of 1,200 px
 * (`parts/<name>-1.png`, …), readable at their real size.
 */
async function saveParts(page: Page, file: string): Promise<void> {
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  const partHeight = 1200;
  if (height <= partHeight * 1.5) return;
  mkdirSync(path.join(outDir, 'parts'), { recursive: true });
  for (let top = 0, n = 1; top < height; top += partHeight, n += 1) {
    await page.screenshot({
      path: path.join(outDir, 'parts', `${path.basename(file, '.png')}-${n}.png`),
      fullPage: true,
      clip: { x: 0, y: top, width, height: Math.min(partHeight, height - top) },
    });
  }
}

async function main(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fd-shots-'));
  const stack = await startDemoStack({
    dataDir,
    seedCases: 120,
    seed: 'screenshots',
    // The workbench inbox is not pictured: no mailbox is read.
    mailboxPath: path.join(dataDir, 'no-inbox.jsonl'),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const theme of themes) {
      if (values.theme && values.theme !== theme) continue;
      for (const width of widths) {
        if (values.width && Number(values.width) !== width) continue;
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${stack.webUrl}tab.html`);
        await page.getByLabel('Theme').selectOption({ label: theme });
        await page.getByText(/^Updated/).waitFor({ timeout: 30_000 });
        for (const view of views) {
          if (values.only && values.only !== view) continue;
          await showView(page, view);
          const file = path.join(outDir, `${slug(theme)}-${width}-${slug(view)}.png`);
          await page.screenshot({ path: file, fullPage: true });
          await saveParts(page, file);
          const sideways = await widerThanPage(page);
          log.info(
            `${path.relative(root, file)}${sideways.by > 0 ? `  scrolls sideways by ${sideways.by} px: ${sideways.culprits.join('; ')}` : ''}`,
          );
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
