import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import { expect, test } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import type { CaseReference } from '../../src/domain/primitives/brand';
import { chartColourProblems } from './chartColours';
import { overlappingText, settled, sidewaysScroll } from './layout';
import { addAction, addComplaint, addPlan, isoDaysAgo, storeFor, uniqueTag } from './tabFixtures';
import { startTabStack, type TabStack } from './tabStack';
import { axeViolations } from './axe';

/**
 * Every view of the tab in each Teams theme at three widths: the Fluent theme is applied live
 * (computed colours checked, a screenshot kept); at each width the page does not scroll
 * sideways, no two text boxes overlap (by geometry) and axe-core finds no WCAG 2.2 AA violation.
 */
let stack: TabStack;

const themes = [
  { label: 'Light', name: 'default', tokens: teamsLightTheme },
  { label: 'Dark', name: 'dark', tokens: teamsDarkTheme },
  { label: 'High contrast', name: 'contrast', tokens: teamsHighContrastTheme },
] as const;

/**
 * 320 px (a phone), 1280 px (a laptop) and 400 % zoom of a 1280×720 window: zoom divides the
 * CSS viewport, so 400 % lays the page out in 320×180 CSS px (WCAG 1.4.10's own example).
 */
const sizes = [
  { label: '1280 px', width: 1280, height: 720 },
  { label: '320 px', width: 320, height: 720 },
  { label: '400 % zoom', width: 320, height: 180 },
] as const;

const views = [
  'Overview',
  'Timeliness',
  'Actions',
  'Action plans',
  'Annual report',
  'Ombudsman and costs',
  'Settings',
];

test.beforeAll(async () => {
  stack = await startTabStack();
  // Something in every view, whatever the shared stack was seeded with.
  const store = storeFor(stack.graphUrl);
  const tag = uniqueTag();
  const owner = demoPeople.teamManager;
  const reference = (await addComplaint(store, {
    received: isoDaysAgo(30),
    procedure: 'children_statutory',
    owner,
    serviceArea: 'Children in care',
    tag,
  })) as CaseReference;
  await addAction(store, {
    id: `ACT-A11Y-${tag}`,
    caseReference: reference,
    action: `Review the visiting rota ${tag}`,
    owner: owner.name,
    due: isoDaysAgo(3),
    status: 'open',
  });
  await addPlan(store, {
    id: `AP-A11Y-${tag}`,
    caseReference: reference,
    title: `Visiting rota ${tag}`,
  });
});
test.afterAll(async () => {
  await stack?.close();
});

/** `#242424` → `rgb(36, 36, 36)`, as getComputedStyle reports colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

test('the layout checks find overlapping text and a page that scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 400 });
  await page.setContent(`
    <p style="position:absolute;top:10px;left:10px;margin:0">Due 9 May 2025</p>
    <span style="position:absolute;top:14px;left:40px">Overdue</span>
    <span style="position:absolute;top:14px;left:10px;clip:rect(0 0 0 0);clip-path:inset(50%);width:1px;height:1px;overflow:hidden">hidden text</span>
    <p style="position:absolute;top:80px;left:10px;margin:0">Apart</p>
    <div style="position:absolute;top:120px;width:400px">Wider than the page</div>`);
  await settled(page);
  expect(await overlappingText(page)).toEqual(['"Due 9 May 2025" × "Overdue"']);
  expect(await sidewaysScroll(page)).toBeGreaterThan(0);
});

test('the chart check finds a pale bar and two series told apart by colour alone', async ({
  page,
}) => {
  await page.setContent(`
    <div style="background:#ffffff">
      <div data-chart="bars">
        <span data-series="0" style="display:block;height:14px;background:#f0c000"></span>
        <span data-series="1" style="display:block;height:14px;background:#0f6cbd"></span>
        <span data-series="2" style="display:block;height:14px;border:2px dashed #242424;background-image:radial-gradient(#242424 1px, transparent 1.5px)"></span>
      </div>
    </div>`);
  const problems = await chartColourProblems(page);
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/^series 0 is 1\.\d\d:1 against its card/);
  expect(problems[1]).toBe('series 0 and 1 differ only by colour');
});

for (const theme of themes) {
  test(`${theme.label} theme renders and every view passes axe`, async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    await page.goto(`${stack.webUrl}tab.html`);
    // The complaints manager sees every view in full, Settings' forms included.
    await page
      .getByLabel('Signed in as')
      .selectOption({ label: demoPeople.complaintsManager.name });
    await page.getByLabel('Theme').selectOption({ label: theme.label });
    await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });

    // Waited for, not read once: the theme's colours arrive with its styles, a moment after the
    // attribute (and a colour may be mid-transition).
    const root = page.locator(`[data-theme="${theme.name}"]`);
    await expect(root).toHaveCSS('background-color', rgb(theme.tokens.colorNeutralBackground2));
    await expect(root).toHaveCSS('color', rgb(theme.tokens.colorNeutralForeground1));

    for (const view of views) {
      // The view itself, not the one before it nor its spinner: the tab is selected first, then
      // its code and lists have arrived. (A "not" on the panel alone passes at once, before the
      // click has switched it; `networkidle` is long reached on a page already loaded.)
      await page.getByRole('tab', { name: view }).click();
      await expect(page.getByRole('tab', { name: view, selected: true })).toBeVisible();
      await expect(page.getByRole('tabpanel')).not.toContainText(
        /Opening the view|Loading the lists this view shows|Loading cases/,
      );
      if (view === 'Overview') {
        // The charts load lazily: wait for them so axe checks them too.
        await expect(page.locator('[data-chart]').first()).toBeVisible();
        expect
          .soft(await chartColourProblems(page), `charts in the ${theme.label} theme`)
          .toEqual([]);
        await page.screenshot({
          path: testInfo.outputPath(`tab-${theme.name}.png`),
          fullPage: true,
        });
      }
      for (const size of sizes) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await settled(page);
        const where = `${view} at ${size.label} in the ${theme.label} theme`;
        expect.soft(await sidewaysScroll(page), `sideways scroll: ${where}`).toBe(0);
        expect.soft(await overlappingText(page), `overlapping text: ${where}`).toEqual([]);
        expect.soft(await axeViolations(page), `axe: ${where}`).toEqual([]);
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      await settled(page);
    }

    // A dialog and the case panel too.
    await page.getByRole('tab', { name: 'Timeliness' }).click();
    await page
      .getByRole('table', { name: 'Open cases' })
      .getByRole('button', { name: /^[A-Z]+-\d{4}-\d+$/ })
      .first()
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page), `case panel in the ${theme.label} theme`).toEqual([]);
  });
}
