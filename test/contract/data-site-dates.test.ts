import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { runBatch } from '../../src/data/graph/batch';
import { GraphRequestError } from '../../src/data/graph/errors';
import { filterQuery } from '../../src/data/graph/paging';
import { casesList } from '../../src/data/lists';
import { forCreate } from '../../src/data/lists/fieldValues';
import { onOrAfter, quartersSince } from '../../src/data/lists/recentFilters';
import { referenceKey } from '../../src/data/graphStore/messageKey';
import { feedbackCaseRecord, formatReference, loadRecord } from '../../src/domain/records';
import { asIsoDate } from '../../src/domain/primitives/brand';
import { newComplaint, withEmulatorStore, testEmail } from './data-fixtures';

/**
 * The emulator keeps date-only columns as SharePoint does: midnight in the site's time zone
 * (UK time), answered in UTC. Cases received on 1 April in British Summer Time, late on
 * 31 March, and on the days the clocks change must land in the right financial year, and
 * the recent first load must split its reads below a (here lowered) list view threshold.
 */
const THRESHOLD = 20;
const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };
const savedReceived = new Map<string, string>();

const h = withEmulatorStore({ largeListThreshold: THRESHOLD });

beforeAll(async () => {
  const store = h.store();
  // Through the Outlook pane's own save: the date typed, and the email's arrival time.
  for (const [received, receivedAt] of [
    ['2025-04-01', '2025-03-31T23:10:00Z'], // 00:10 BST on 1 April
    ['2025-04-01', '2025-04-01T08:00:00Z'],
    ['2025-03-31', '2025-03-31T21:45:00Z'], // 22:45 BST on 31 March
    ['2025-03-30', '2025-03-30T00:30:00Z'], // the night the clocks go forward
    ['2025-10-26', '2025-10-26T00:30:00Z'], // 01:30 BST, the night the clocks go back
  ] as const) {
    const saved = await store.saveCaseFromEmail(
      newComplaint({ procedure: 'corporate', received: asIsoDate(received) }),
      testEmail({ receivedAt }),
      officer,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    savedReceived.set(saved.value.case.value.reference, received);
  }
  // More cases than the threshold since 1 April 2025, a dozen a quarter, written in batches.
  // As in a council, most are closed within the month (the threshold is held to each filter's
  // first indexed column, so the open cases must stay fewer than it: docs/contracts.md).
  const casesPath = `/sites/root/lists/${h.provision.lists.Cases}/items`;
  const requests = Array.from({ length: 48 }, (_, i) => {
    const month = 4 + Math.floor(i / 4); // April 2025 to March 2026
    const received = `${month > 12 ? 2026 : 2025}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-15`;
    const loaded = loadRecord(feedbackCaseRecord, {
      schemaVersion: 2,
      reference: formatReference('ASC', 2025, i + 1),
      type: 'complaint',
      procedure: 'adults_statutory',
      currentStage: 1,
      received,
      ...(i % 4 === 0 ? { status: 'open' } : { status: 'closed', closed: received }),
    });
    if (!loaded.ok) throw new Error(loaded.error.message);
    return {
      method: 'POST' as const,
      url: casesPath,
      body: {
        fields: forCreate({
          ...casesList.toFields(loaded.value),
          MessageKey: referenceKey(loaded.value.reference),
        }),
      },
    };
  });
  const answers = await runBatch(h.client, requests);
  expect(answers.every((answer) => answer.status === 201)).toBe(true);
}, 60_000);

async function report(year: string) {
  let out = '';
  const code = await main(
    ['report', '--year', year, '--procedure', 'corporate', '--format', 'json'].concat([
      '--graph',
      h.emulator.graphUrl,
      '--site',
      'root',
    ]),
    { stdout: (text) => (out += text), stderr: () => {} },
  );
  expect(code).toBe(0);
  return JSON.parse(out) as { received: { complaints: number } };
}

describe('cases received around 1 April and the clock changes', () => {
  it('are stored at midnight UK time, as SharePoint keeps them', async () => {
    const page = (await h.client.get(
      `/sites/root/lists/${h.provision.lists.Cases}/items?$expand=fields($select=Reference,Received)&$top=100`,
    )) as { value: { fields: { Reference: string; Received: string } }[] };
    const stored = new Map(page.value.map((item) => [item.fields.Reference, item.fields.Received]));
    const byDate = [...savedReceived].map(([reference, date]) => [date, stored.get(reference)]);
    expect(byDate.sort()).toEqual([
      ['2025-03-30', '2025-03-30T00:00:00Z'],
      ['2025-03-31', '2025-03-30T23:00:00Z'],
      ['2025-04-01', '2025-03-31T23:00:00Z'],
      ['2025-04-01', '2025-03-31T23:00:00Z'],
      ['2025-10-26', '2025-10-25T23:00:00Z'],
    ]);
  });

  it('read back as the dates the officer typed', async () => {
    const snapshot = await h.store().loadSnapshot();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    for (const [reference, date] of savedReceived)
      expect(
        snapshot.value.cases.find((c) => c.value.reference === reference)?.value.received,
      ).toBe(date);
  });

  it('count in the annual report of the financial year they were received in', async () => {
    expect((await report('2025-26')).received.complaints).toBe(3); // two on 1 April, 26 October
    expect((await report('2024-25')).received.complaints).toBe(2); // 30 and 31 March
  });
});

describe('the recent first load under a lowered list view threshold', () => {
  const cases = () => `/sites/root/lists/${h.provision.lists.Cases}/items?$expand=fields`;

  it('would be refused as one filter over the year', async () => {
    const error = await h.client
      .get(`${cases()}&${filterQuery(onOrAfter('Received', asIsoDate('2025-04-01')))}`)
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(GraphRequestError);
    expect((error as GraphRequestError).isThresholdRefusal).toBe(true);
  });

  it('is answered quarter by quarter, and finds every case since 1 April', async () => {
    const filters = quartersSince('Received', asIsoDate('2025-04-01'), asIsoDate('2026-03-20'));
    expect(filters).toHaveLength(4);
    const quarters = [];
    for (const filter of filters)
      quarters.push(
        (
          (await h.client.get(`${cases()}&${filterQuery(filter)}&$top=100`)) as {
            value: { fields: { Reference: string } }[];
          }
        ).value.map((item) => item.fields.Reference),
      );
    // The first quarter starts at midnight on 1 April, UK time: both cases of that day are in
    // it, and the one of 31 March is not.
    const dayOf = (reference: string) => savedReceived.get(reference);
    expect(quarters[0]?.filter((reference) => dayOf(reference) !== undefined).map(dayOf)).toEqual([
      '2025-04-01',
      '2025-04-01',
    ]);
    expect(quarters.flat()).toHaveLength(48 + 3);

    const store = h.store();
    const recent = await store.loadSnapshot({
      parts: ['cases'],
      recentFrom: asIsoDate('2025-04-01'),
    });
    if (!recent.ok) throw new Error(recent.error.message);
    expect(recent.value.recentOnly).toEqual(['cases']);
    const received = recent.value.cases.map((c) => c.value.received);
    expect(received.filter((date) => date >= '2025-04-01')).toHaveLength(48 + 3);
    expect(received.filter((date) => date === '2025-04-01')).toHaveLength(2);
  });
});
