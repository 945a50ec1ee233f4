import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { cliGraphClient } from '../../src/cli/commands/provision';
import { casesList } from '../../src/data/lists';
import { existingKeys, listPaths } from '../../src/data/import/listIds';
import { planImport } from '../../src/data/import/importPlan';
import { writeImport } from '../../src/data/import/writeImport';
import { generateCasesCsv } from '../fixtures/import/generateHistory';
import { control, startHarness, type Harness } from './harness';

// writeImport reads each list's existing keys once; keys the caller already read (the import
// command reads the cases' references to check the files) are not read a second time.

let h: Harness;
const quiet = { stdout: () => {}, stderr: () => {} };

beforeAll(async () => {
  h = await startHarness();
  expect(await main(['provision', '--graph', h.emulator.graphUrl], quiet)).toBe(0);
});
afterAll(() => h.stop());

const gets = async () =>
  ((await control(h.emulator, 'GET', 'stats')) as { byMethod: Record<string, number> }).byMethod
    .GET ?? 0;

describe('writeImport and the keys already read', () => {
  it('updates what is there without reading the cases’ keys again', async () => {
    const client = cliGraphClient(h.emulator.graphUrl);
    const plan = planImport(new Map([['cases.csv', generateCasesCsv(30, 3)]]));
    const first = await writeImport(client, plan, { siteId: 'root' });
    expect(first.errors).toEqual([]);
    expect(first.imported.cases).toBe(30);

    const paths = await listPaths(client, 'root', [casesList]);
    const known = await existingKeys(client, paths.get('cases') as string, casesList.keyColumn);
    expect(known.size).toBe(30);
    await control(h.emulator, 'POST', 'stats/reset');
    const again = await writeImport(client, plan, { siteId: 'root', knownKeys: { cases: known } });
    const withKnown = await gets();
    await control(h.emulator, 'POST', 'stats/reset');
    const reread = await writeImport(client, plan, { siteId: 'root' });
    const withoutKnown = await gets();

    expect(again.updated.cases).toBe(30);
    expect(again.imported.cases).toBe(0);
    expect(reread.updated.cases).toBe(30);
    // One GET fewer: the paged read of the cases' keys (30 keys fit in one page).
    expect(withoutKnown - withKnown).toBe(1);
  });
});
