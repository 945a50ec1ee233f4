import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import { docxParagraphs } from '../contract/docxReading';
import { openAnnualReport, reportYear, uniqueTag, useTabSite } from './tabFixtures';
import { axeViolations } from './axe';

/**
 * The complaints manager writes the annual report's narrative in the tab and saves it to the
 * site: it is there after a reload, it is in the Word document, and a colleague's save in
 * between is refused with a plain message while the manager's words stay on screen.
 */
const site = useTabSite();

// The oldest year the view offers (six before this one), for corporate: no other test writes
// a narrative there.
const { year } = reportYear(6);

const openReport = (page: Page) =>
  openAnnualReport(page, site.stack, {
    as: demoPeople.teamManager,
    year,
    procedure: 'Corporate (Complaint Handling Code)',
  });
const introduction = (page: Page) => page.getByLabel('Your text for “Introduction”');

test('the narrative is saved to the site, survives a reload and is in the Word document', async ({
  page,
}) => {
  const words = `An invented introduction for the committee ${uniqueTag()}.`;
  await openReport(page);
  await introduction(page).fill(words);
  await expect(
    page.getByRole('status').filter({ hasText: 'Changes not saved yet.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save narrative' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the site.' })).toBeVisible();

  const saved = await site.store.readNarrative(year, 'corporate');
  expect(saved.ok && saved.value?.value.introduction).toBe(words);

  await page.reload();
  await openReport(page);
  await expect(introduction(page)).toHaveValue(words);
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing the narrative saved to the site.' }),
  ).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Word document' }).click();
  const file = test.info().outputPath('report.docx');
  await (await download).saveAs(file);
  expect(await docxParagraphs(file)).toContain(words);
});

test('a colleague’s save in between is refused, and the manager’s words stay', async ({ page }) => {
  await openReport(page);
  const opened = await site.store.readNarrative(year, 'corporate');
  if (!opened.ok) throw new Error(opened.error.message);
  // A colleague saves over the narrative the tab opened.
  const theirs = `The colleague’s introduction ${uniqueTag()}.`;
  const saved = await site.store.saveNarrative(
    {
      schemaVersion: 1,
      year,
      procedure: 'corporate',
      introduction: theirs,
      featured: [],
      ombudsmanFindings: [],
    },
    opened.value?.etag,
  );
  expect(saved.ok).toBe(true);

  const mine = `The manager’s own words ${uniqueTag()}.`;
  await introduction(page).fill(mine);
  await page.getByRole('button', { name: 'Save narrative' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Someone else saved the narrative' });
  await expect(alert).toContainText(`for ${year} while you were writing`);
  await expect(introduction(page)).toHaveValue(mine);
  const after = await site.store.readNarrative(year, 'corporate');
  expect(after.ok && after.value?.value.introduction).toBe(theirs);

  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Show the saved narrative' }).click();
  await expect(introduction(page)).toHaveValue(theirs);
});

test('a half-written self-assessment survives a look at another view, and is kept in memory only', async ({
  page,
}) => {
  await openReport(page);
  const selfAssessment = page.getByLabel(
    'Your text for “Self-assessment against the Complaint Handling Code”',
  );
  const words = `An invented self-assessment, not saved yet ${uniqueTag()}.`;
  await selfAssessment.fill(words);
  await expect(
    page.getByRole('status').filter({ hasText: 'Changes not saved yet.' }),
  ).toBeVisible();

  for (const view of ['Overview', 'Timeliness', 'Settings']) {
    await page.getByRole('tab', { name: view }).click();
    await expect(page.getByRole('tabpanel')).not.toContainText('Opening the view');
    await expect(selfAssessment).toHaveCount(0);
  }
  await page.getByRole('tab', { name: 'Annual report' }).click();
  // The same year and procedure, the words as typed, still marked as not saved.
  await expect(page.getByLabel('Financial year', { exact: true })).toHaveValue(year);
  await expect(selfAssessment).toHaveValue(words);
  await expect(
    page.getByRole('status').filter({ hasText: 'Changes not saved yet.' }),
  ).toBeVisible();

  // Nowhere in browser storage: the words may be about children.
  const stored = await page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((s) => Object.keys(s).map((k) => s.getItem(k) ?? ''))
      .join('\n'),
  );
  expect(stored).not.toContain('invented self-assessment');
  // Nothing was saved to the site either.
  const saved = await site.store.readNarrative(year, 'corporate');
  expect(saved.ok && (saved.value?.value.selfAssessment ?? '')).not.toContain(words);
});
