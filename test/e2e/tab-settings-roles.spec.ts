import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import { axeViolations } from './axe';
import { overlappingText, settled, sidewaysScroll } from './layout';
import { startTabStack, type TabStack } from './tabStack';

/**
 * Settings as each kind of person reads them (issue 20). Only complaints managers may change
 * them; everyone else gets the same fields as read-only text: still in the tab order, read out
 * with their value, nothing disabled, no button that would change them and no Save. Axe runs
 * on the view for every role.
 */
let stack: TabStack;

test.beforeAll(async () => {
  stack = await startTabStack();
});
test.afterAll(async () => {
  await stack?.close();
});

const notice =
  'Only complaints managers can change these settings. Ask a complaints manager if something here needs to change.';

/** Buttons and the upload that would change the settings: none is offered to a reader. */
const changers = [
  'Save settings',
  'Undo changes',
  'Add head of service',
  'Use the standard wording',
] as const;

/** At 320 px and at 400 % zoom (320×180 CSS px) the view reflows, nothing drawn over text. */
async function reflows(page: Page): Promise<void> {
  for (const size of [
    { width: 320, height: 720 },
    { width: 320, height: 180 },
  ]) {
    await page.setViewportSize(size);
    await settled(page);
    const where = `${size.width}×${size.height}`;
    expect.soft(await sidewaysScroll(page), `sideways scroll at ${where}`).toBe(0);
    expect.soft(await overlappingText(page), `overlapping text at ${where}`).toEqual([]);
  }
}

async function openSettingsAs(page: Page, name: string): Promise<Locator> {
  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: name });
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Settings' }).click();
  const settings = page.getByRole('form', { name: 'Settings' });
  await expect(settings.getByRole('textbox', { name: 'Council name' })).toBeVisible();
  return settings;
}

const readers = [
  { role: 'complaints officer', person: demoPeople.officer },
  { role: 'team manager', person: demoPeople.teamManager },
  { role: 'head of service', person: demoPeople.headOfChildren },
];

for (const { role, person } of readers) {
  test(`a ${role} reads the settings as read-only text they can reach and hear, with no Save`, async ({
    page,
  }) => {
    const settings = await openSettingsAs(page, person.name);
    await expect(settings).toContainText(notice);

    // Each field keeps its label and value and says it is read-only; a choice from a list is
    // shown as the chosen words.
    const council = settings.getByRole('textbox', { name: 'Council name' });
    await expect(council).toHaveAttribute('readonly', '');
    await expect(council).not.toHaveValue('');
    await expect(council).not.toBeEditable();
    // And looks it: a dashed border, not the solid one of a field to type in.
    const borderOf = (field: typeof council) =>
      field.evaluate((el) => getComputedStyle(el.parentElement!).borderTopStyle);
    expect(await borderOf(council)).toBe('dashed');
    expect(await borderOf(settings.getByRole('textbox', { name: 'Service areas' }))).toBe('dashed');
    const nation = settings.getByRole('textbox', { name: 'Bank holidays of' });
    await expect(nation).toHaveAttribute('readonly', '');
    await expect(nation).toHaveValue(/^(England and Wales|Scotland|Northern Ireland)$/);
    await expect(
      settings.getByRole('textbox', { name: 'Children’s Stage 2 clock starts at' }),
    ).toHaveValue(/Stage 2 request|statement of complaint/);
    await expect(settings.getByRole('textbox', { name: 'Service areas' })).toHaveAttribute(
      'readonly',
      '',
    );
    await expect(
      settings
        .getByRole('group', { name: 'Head of service 1' })
        .getByLabel('Name', { exact: true }),
    ).toHaveAttribute('readonly', '');
    await expect(
      settings.getByRole('textbox', { name: 'Keep closed cases for this many years' }),
    ).toHaveAttribute('readonly', '');

    // Nothing is disabled (a disabled field leaves the tab order and may not be read out).
    await expect(settings.locator(':disabled')).toHaveCount(0);
    await expect(settings.locator('fieldset')).toHaveCount(0);

    // Reached by the keyboard: from the council's name Tab goes to the next field, and typing
    // changes nothing.
    const before = await council.inputValue();
    await council.focus();
    await expect(council).toBeFocused();
    await page.keyboard.type('Forged');
    await expect(council).toHaveValue(before);
    await page.keyboard.press('Tab');
    await expect(nation).toBeFocused();

    for (const name of changers) {
      await expect(settings.getByRole('button', { name })).toHaveCount(0);
    }
    await expect(settings.getByRole('button', { name: /^Remove head of service/ })).toHaveCount(0);
    await expect(settings.getByLabel('Upload the gov.uk bank-holiday file')).toHaveCount(0);

    expect(await axeViolations(page)).toEqual([]);
    await reflows(page);
  });
}

test('the complaints manager gets the settings form, with Save', async ({ page }) => {
  const settings = await openSettingsAs(page, demoPeople.complaintsManager.name);
  await expect(settings).not.toContainText('Only complaints managers can change');
  await expect(settings.getByRole('textbox', { name: 'Council name' })).toBeEditable();
  expect(
    await settings
      .getByRole('textbox', { name: 'Council name' })
      .evaluate((el) => getComputedStyle(el.parentElement!).borderTopStyle),
  ).toBe('solid');
  await expect(settings.getByRole('combobox', { name: 'Bank holidays of' })).toBeEnabled();
  for (const name of changers.filter((n) => n !== 'Use the standard wording')) {
    await expect(settings.getByRole('button', { name })).toBeVisible();
  }
  await expect(settings.getByLabel('Upload the gov.uk bank-holiday file')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  await reflows(page);
});
