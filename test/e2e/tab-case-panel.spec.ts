import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import type { FeedbackStore } from '../../src/data/store';
import type { CaseReference } from '../../src/domain/primitives/brand';
import { axeViolations } from './axe';
import { addComplaint, isoDaysAgo, storeFor, uniqueTag } from './tabFixtures';
import { startTabStack, type TabStack } from './tabStack';

/**
 * The case panel in the tab (issue 16): a complaints manager edits a case's details, closes it
 * with its outcome, learning and the Stage 2 elements found, and meets a colleague's save in
 * between (412) without losing what they typed. Every test writes its own fictitious case
 * through the real Graph store and reads SharePoint back through it.
 */
let stack: TabStack;
let store: FeedbackStore;
const manager = demoPeople.complaintsManager;

test.beforeAll(async () => {
  stack = await startTabStack();
  store = storeFor(stack.graphUrl);
});
test.afterAll(async () => {
  await stack?.close();
});

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A children's complaint at Stage 2, its Stage 1 answered, owned by a tagged owner. */
async function complaintAtStage2(tag: string) {
  const owner = { name: `Owner ${tag}`, upn: `owner.${tag}@example.invalid` };
  const surname = `Marsh${tag}`;
  const reference = (await addComplaint(store, {
    received: isoDaysAgo(70),
    procedure: 'children_statutory',
    owner,
    serviceArea: 'Children in care',
    tag,
    fromName: `Dana ${surname}`,
  })) as CaseReference;
  const file = must(await store.getCase(reference))!;
  const answered = must(
    await store.recordStageEvent(
      reference,
      1,
      { kind: 'responded', on: isoDaysAgo(50), outcome: 'not_upheld' },
      file.stages[0]!.etag,
    ),
  );
  must(await store.escalate(reference, 2, isoDaysAgo(40), answered.case.etag));
  return { reference, owner, surname };
}

async function openCase(page: Page, reference: string, owner: string, as = manager) {
  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: as.name });
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Timeliness' }).click();
  await page.getByLabel('Owner').selectOption({ label: owner });
  await page.getByRole('row').filter({ hasText: reference }).getByRole('button').click();
  const panel = page.getByRole('dialog', { name: `Case ${reference}` });
  await expect(panel).toBeVisible();
  return panel;
}

test('a manager edits a case’s service area, then closes it with outcome, learning and Stage 2 elements', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, owner } = await complaintAtStage2(tag);
  const areas = must(await store.loadSnapshot({ parts: [] })).settings.serviceAreas;
  const area = areas.find((a) => a !== 'Children in care')!;
  const panel = await openCase(page, reference, owner.name);

  await panel.getByRole('button', { name: 'Edit case details' }).click();
  const form = panel.getByRole('form', { name: 'Case details' });
  // Focus moves into the form.
  await expect(form.getByLabel('Type')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await form.getByLabel('Service area').selectOption({ label: area });
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the changes' })).toContainText(
    reference,
  );
  // Focus comes back to the button that opened the form.
  await expect(panel.getByRole('button', { name: 'Edit case details' })).toBeFocused();
  let saved = must(await store.getCase(reference))!;
  expect(saved.case.value.serviceArea).toBe(area);
  expect(saved.case.value.summary).toBe(`Fictitious test complaint ${tag}`);

  // Closing: the form says what a closed complaint lacks before anything is written.
  await panel.getByRole('button', { name: 'Edit case details' }).click();
  await form.getByLabel('Status').selectOption({ label: 'Closed' });
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(form).toContainText('A closed case needs the date it was closed.');
  await expect(form).toContainText('A closed complaint needs its outcome.');
  expect(must(await store.getCase(reference))!.case.etag).toBe(saved.case.etag);

  const today = isoDaysAgo(0);
  await form.getByLabel('Closed on').fill(today);
  await form.getByLabel('Case outcome').selectOption({ label: 'Partly upheld' });
  await form.getByLabel('Process not followed').check();
  await form.getByLabel('Stage 2: response sent').fill(today);
  await form.getByLabel('Stage 2: outcome').selectOption({ label: 'Partly upheld' });
  const elements = form.getByRole('group', { name: 'Stage 2 elements' });
  await elements.getByLabel('Elements investigated').fill('4');
  await elements.getByLabel('Elements upheld', { exact: true }).fill('3');
  await elements.getByLabel('Elements partly upheld').fill('2');
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(form).toContainText('more elements upheld or partly upheld than were investigated');
  await elements.getByLabel('Elements upheld', { exact: true }).fill('1');
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the changes' })).toBeVisible();

  saved = must(await store.getCase(reference))!;
  expect(saved.case.value).toMatchObject({
    status: 'closed',
    closed: today,
    outcome: 'partly_upheld',
    learning: ['process_not_followed'],
    serviceArea: area,
  });
  const stage2 = saved.stages.find((s) => s.value.number === 2)!.value;
  expect(stage2).toMatchObject({
    responded: today,
    outcome: 'partly_upheld',
    elements: { investigated: 4, upheld: 1, partlyUpheld: 2 },
  });
  await expect(panel).toContainText('Process not followed');

  // Timeliness lists open cases only: the closed case has left it.
  await panel.getByRole('button', { name: 'Close panel', exact: true }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: reference })).toHaveCount(0);
});

test('a manager finds a case from the header by its reference and by the complainant’s surname', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, surname } = await complaintAtStage2(tag);
  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: manager.name });
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  const search = page.getByRole('search', { name: 'Cases' });
  const box = search.getByLabel('Find a case');
  const found = page.getByRole('region', { name: 'Cases found' });

  await box.fill(reference.toLowerCase());
  await expect(found.getByRole('status')).toContainText('1 case matches');
  await found.getByRole('button', { name: new RegExp(`^${reference} \\(open`) }).click();
  const panel = page.getByRole('dialog', { name: `Case ${reference}` });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Close panel', exact: true }).click();
  await expect(box).toBeFocused();

  // The surname is in the complainant's email, read in full after the first view.
  await box.fill(surname.toLowerCase());
  const byName = found.getByRole('button', { name: new RegExp(`^${reference} `) });
  await expect(byName).toContainText(`Dana ${surname}`);
  await expect(byName).toContainText('found by name');
  expect(await axeViolations(page)).toEqual([]);
  await byName.click();
  await expect(panel).toBeVisible();
  await expect(found).toBeHidden();
});

test('a change of stage needs a reason, kept with who made it as SharePoint stamps it', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, owner } = await complaintAtStage2(tag);
  const panel = await openCase(page, reference, owner.name);
  await panel.getByRole('button', { name: 'Edit case details' }).click();
  const form = panel.getByRole('form', { name: 'Case details' });
  await form.getByLabel('Stage now').selectOption({ label: 'Stage 1' });
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(form).toContainText('Say why the type, procedure or stage is changed');
  const why = `Escalated by mistake ${tag}`;
  await form.getByLabel('Why the type, procedure or stage changes').fill(why);
  await form.getByRole('button', { name: 'Save case' }).click();
  const history = panel.getByRole('region', { name: 'Changes of type, procedure or stage' });
  await expect(history).toContainText(`stage from Stage 2 to Stage 1. Why: ${why}`);
  await expect(history).toContainText(manager.name);
  expect(must(await store.getCase(reference))!.case.value.currentStage).toBe(1);
});

test('a colleague’s save in between (412) is said, and the typing is kept and saved after a reload', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, owner } = await complaintAtStage2(tag);
  const panel = await openCase(page, reference, owner.name);
  await panel.getByRole('button', { name: 'Edit case details' }).click();
  const form = panel.getByRole('form', { name: 'Case details' });
  const mine = `My summary of the complaint ${tag}`;
  await form.getByLabel('Summary').fill(mine);

  // Meanwhile a colleague changes the case straight through Graph.
  const colleague = storeFor(stack.graphUrl, demoPeople.officer.upn);
  const seen = must(await colleague.getCase(reference))!;
  must(await colleague.updateCase(reference, { timeLimitWaived: true }, seen.case.etag));

  await form.getByRole('button', { name: 'Save case' }).click();
  const conflict = form.getByRole('alert').filter({ hasText: 'Someone else changed this' });
  await expect(conflict).toContainText(
    'A colleague changed this case while you were working on it, so saving the case did not go through and nothing was overwritten.',
  );
  await expect(form.getByLabel('Summary')).toHaveValue(mine);
  expect(must(await store.getCase(reference))!.case.value.summary).toBe(
    `Fictitious test complaint ${tag}`,
  );
  expect(await axeViolations(page)).toEqual([]);

  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(conflict).toBeHidden();
  // The typing stays; the colleague's change shows.
  await expect(form.getByLabel('Summary')).toHaveValue(mine);
  await expect(form.getByLabel('Time limit waived')).toBeChecked();
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the changes' })).toBeVisible();
  const saved = must(await store.getCase(reference))!.case.value;
  expect(saved.summary).toBe(mine);
  expect(saved.timeLimitWaived).toBe(true);
});

test('a manager records the adjustments agreed with a complainant, and whoever opens the case sees them', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, owner } = await complaintAtStage2(tag);
  const panel = await openCase(page, reference, owner.name);
  await panel.getByRole('button', { name: 'Edit case details' }).click();
  const form = panel.getByRole('form', { name: 'Case details' });
  const adjustments = form.getByRole('group', { name: 'Reasonable adjustments' });
  await adjustments
    .getByLabel('Adjustments agreed')
    .fill('Letters in large print; phone calls rather than emails');
  await adjustments.getByLabel('Review the adjustments by').fill(isoDaysAgo(-30));
  expect(await axeViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the changes' })).toBeVisible();

  const saved = must(await store.getCase(reference))!.case.value;
  expect(saved).toMatchObject({
    adjustments: 'Letters in large print; phone calls rather than emails',
    adjustmentsReviewOn: isoDaysAgo(-30),
  });
  await expect(panel).toContainText('Letters in large print; phone calls rather than emails');
  await expect(panel).toContainText('(review by ');
});

test('a manager records equality monitoring apart from the case; an officer never sees it', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, owner } = await complaintAtStage2(tag);
  let panel = await openCase(page, reference, owner.name);
  const section = panel.getByRole('region', { name: 'Equality monitoring' });
  await expect(section).toBeVisible();
  await section.getByLabel('Ethnic group').selectOption({ label: 'Prefer not to say' });
  await section.getByLabel('Age').selectOption({ label: '35 to 44' });
  await section.getByRole('button', { name: 'Save equality monitoring' }).click();
  await expect(section.getByRole('status')).toHaveText('Equality monitoring saved.');
  expect(await axeViolations(page)).toEqual([]);

  // Saved in its own list, "prefer not to say" as an answer, the questions left out absent.
  const saved = must(await store.readEquality(reference as CaseReference));
  expect(saved?.value).toEqual({
    schemaVersion: 1,
    caseReference: reference,
    ethnicity: 'not_disclosed',
    ageBand: '35_44',
  });

  // Read again when the case is opened again.
  await panel.getByRole('button', { name: 'Close panel', exact: true }).click();
  panel = await openCase(page, reference, owner.name);
  await expect(
    panel.getByRole('region', { name: 'Equality monitoring' }).getByLabel('Age'),
  ).toHaveValue('35_44');

  // An officer opens the same case: no section, and SharePoint would not give it anyway.
  panel = await openCase(page, reference, owner.name, demoPeople.officer);
  await expect(panel.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Equality monitoring' })).toHaveCount(0);
});

test('a remedy promised to the complainant is added from the case, then followed through to done', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, owner } = await complaintAtStage2(tag);
  const panel = await openCase(page, reference, owner.name);
  const section = panel.getByRole('region', { name: 'Remedies and actions' });
  await expect(section).toContainText('No remedy or action recorded for this case.');
  const form = section.getByRole('form', { name: 'Add a remedy or action' });
  await expect(form.getByLabel('Kind')).toHaveValue('individual_remedy');

  // Nothing is written until the owner and the date are given; what was typed stays.
  await form.getByLabel('What will be done').fill(`Refund the contact travel costs ${tag}`);
  await form.getByRole('button', { name: 'Add remedy or action' }).click();
  await expect(form).toContainText('Name who will do it');
  await expect(form.getByLabel('What will be done')).toHaveValue(
    `Refund the contact travel costs ${tag}`,
  );
  await form.getByLabel('Who will do it').fill('Fostering team manager');
  await form.getByLabel('By when').fill(isoDaysAgo(-14));
  await form.getByRole('button', { name: 'Add remedy or action' }).click();
  await expect(form.getByRole('status')).toContainText(
    `Added: Refund the contact travel costs ${tag}`,
  );
  expect(await axeViolations(page)).toEqual([]);

  const stored = async () =>
    must(await store.loadSnapshot({ parts: ['actions'] })).actions.filter(
      (a) => a.value.caseReference === reference,
    );
  expect((await stored()).map((a) => [a.value.kind, a.value.status, a.value.owner])).toEqual([
    ['individual_remedy', 'open', 'Fostering team manager'],
  ]);

  // Done apart from the response, with its evidence.
  await section
    .getByRole('button', { name: `Mark done: Refund the contact travel costs ${tag}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Complete action' });
  await dialog.getByLabel('Evidence').fill('Payment of £42.60 made by BACS');
  await dialog.getByRole('button', { name: 'Mark as done' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('list')).toContainText('done');
  expect((await stored()).map((a) => [a.value.status, a.value.evidence])).toEqual([
    ['done', 'Payment of £42.60 made by BACS'],
  ]);
});

test('a complaint about more than one thing is recorded in parts, each with its service area and finding', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, owner } = await complaintAtStage2(tag);
  const panel = await openCase(page, reference, owner.name);
  await panel.getByRole('button', { name: 'Edit case details' }).click();
  const form = panel.getByRole('form', { name: 'Case details' });
  const parts = form.getByRole('group', { name: /^Parts/ });
  await expect(parts).toContainText('A complaint in one part.');

  // The first "Add a part" starts two: the case's own service area, and one to choose.
  await parts.getByRole('button', { name: 'Add a part' }).click();
  await expect(parts.getByLabel('Part 1: service area')).toHaveValue('Children in care');
  await parts.getByLabel('Part 1: finding').selectOption({ label: 'Upheld' });
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(parts.getByRole('alert')).toContainText('service area');
  const before = must(await store.getCase(reference))!;
  expect(before.case.value.parts).toBeUndefined();

  await parts.getByLabel('Part 2: service area').selectOption({ label: 'Fostering' });
  await expect(parts.getByRole('alert')).toHaveCount(1);
  await form.getByRole('button', { name: 'Save case' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the changes' })).toContainText(
    reference,
  );
  expect(await axeViolations(page)).toEqual([]);
  expect(must(await store.getCase(reference))!.case.value.parts).toEqual([
    { serviceArea: 'Children in care', finding: 'upheld' },
    { serviceArea: 'Fostering' },
  ]);
  await expect(panel).toContainText('Children in care: upheld; Fostering: not yet found');
});

test('equality monitoring saved by a colleague meanwhile (412) is said, and the manager’s choices are kept', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { reference, owner } = await complaintAtStage2(tag);
  const ref = reference as CaseReference;
  must(await store.saveEquality({ schemaVersion: 1, caseReference: ref, sex: 'female' }));
  const panel = await openCase(page, reference, owner.name);
  const section = panel.getByRole('region', { name: 'Equality monitoring' });
  await expect(section.getByLabel('Sex')).toHaveValue('female');
  await section.getByLabel('Disability').selectOption({ label: 'Disabled' });

  // Meanwhile a colleague corrects the answers.
  const seen = must(await store.readEquality(ref))!;
  must(
    await store.saveEquality(
      { schemaVersion: 1, caseReference: ref, sex: 'female', ageBand: '45_54' },
      seen.etag,
    ),
  );

  await section.getByRole('button', { name: 'Save equality monitoring' }).click();
  const conflict = section.getByRole('alert');
  await expect(conflict).toContainText('nothing was overwritten');
  expect(must(await store.readEquality(ref))!.value.disability).toBeUndefined();
  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(section.getByLabel('Disability')).toHaveValue('yes');
  await section.getByRole('button', { name: 'Save equality monitoring' }).click();
  await expect(section.getByRole('status')).toHaveText('Equality monitoring saved.');
  expect(must(await store.readEquality(ref))!.value).toMatchObject({ disability: 'yes' });
});
