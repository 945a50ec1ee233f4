import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/seed';
import { DEMO_MARKER_FILE } from '../../src/data/seed/demoMarker';
import { newComplaint, startProvisionedEmulator, testEmail } from './data-fixtures';
import { createGraphStore } from '../../src/data/graphStore';
import { generateDemoData } from '../../src/data/seed/generateDemoData';
import { asIsoDate } from '../../src/domain/primitives/brand';
import { settingsList } from '../../src/data/lists';
import { forCreate } from '../../src/data/lists/fieldValues';
import { defaultCouncilSettings } from '../../src/domain/records/settings';

/**
 * `seed` against the emulator (issue 18): it writes to an empty site and leaves its note; it
 * seeds the same site again; it refuses (exit 2, saying why and how) a site with a case it did
 * not write, or with cases and no note at all, and writes nothing there; `--force` overrides.
 */
const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };

async function seed(graphUrl: string, ...more: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    ['--graph', graphUrl, '--site', 'root', '--cases', '12', '--today', '2025-12-19', ...more],
    { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The references the given seeds make together (two seeds may number the same references). */
const demoReferences = (...seeds: string[]) =>
  new Set<string>(
    seeds.flatMap((seed) =>
      generateDemoData({ seed, cases: 12, today: asIsoDate('2025-12-19') }).cases.map(
        (c) => c.reference,
      ),
    ),
  );

async function caseCount(graphUrl: string, casesListId: string | undefined): Promise<number> {
  const answer = (await (
    await fetch(`${graphUrl}/sites/root/lists/${casesListId}/items?$top=999`)
  ).json()) as { value: unknown[] };
  return answer.value.length;
}

describe('seed keeps to sites that hold only demo data', () => {
  it('seeds an empty site, leaves its note, and seeds it again (same or another seed)', async () => {
    const h = await startProvisionedEmulator();
    try {
      const first = await seed(h.emulator.graphUrl, '--seed', 'safety-a');
      expect(first.code).toBe(0);
      expect(JSON.parse(first.out)).toMatchObject({ cases: 12 });
      const note = await fetch(
        `${h.emulator.graphUrl}/sites/root/lists/${h.provision.lists['Archived emails']}/drive/root:/${DEMO_MARKER_FILE}:/content`,
      );
      expect(note.status).toBe(200);
      expect(await note.json()).toEqual({
        runs: [{ seed: 'safety-a', cases: 12, today: '2025-12-19' }],
      });
      expect((await seed(h.emulator.graphUrl, '--seed', 'safety-a')).code).toBe(0);
      expect((await seed(h.emulator.graphUrl, '--seed', 'safety-b')).code).toBe(0);
      expect(await caseCount(h.emulator.graphUrl, h.provision.lists.Cases)).toBe(
        demoReferences('safety-a', 'safety-b').size,
      );
    } finally {
      await h.close();
    }
  }, 60_000);

  it('refuses a demo site where someone has since saved a case of their own; --force overrides', async () => {
    const h = await startProvisionedEmulator();
    try {
      expect((await seed(h.emulator.graphUrl, '--seed', 'safety-c')).code).toBe(0);
      const store = createGraphStore(h.client, { siteId: 'root' });
      const saved = await store.saveCaseFromEmail(newComplaint(), testEmail(), officer);
      expect(saved.ok).toBe(true);
      const reference = saved.ok ? saved.value.case.value.reference : '';
      const before = await caseCount(h.emulator.graphUrl, h.provision.lists.Cases);

      const refused = await seed(h.emulator.graphUrl, '--seed', 'safety-d');
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('1 case that seed did not write');
      expect(refused.err).toContain(reference);
      expect(refused.err).toContain('--force');
      expect(refused.out).toBe('');
      expect(await caseCount(h.emulator.graphUrl, h.provision.lists.Cases)).toBe(before);

      const forced = await seed(h.emulator.graphUrl, '--seed', 'safety-d', '--force');
      expect(forced.code).toBe(0);
      const demo = demoReferences('safety-c', 'safety-d');
      expect(demo.has(reference)).toBe(false);
      expect(await caseCount(h.emulator.graphUrl, h.provision.lists.Cases)).toBe(demo.size + 1);
    } finally {
      await h.close();
    }
  }, 60_000);

  it('refuses a site with cases and no note from seed, writing nothing', async () => {
    const h = await startProvisionedEmulator();
    try {
      const store = createGraphStore(h.client, { siteId: 'root' });
      expect((await store.saveCaseFromEmail(newComplaint(), testEmail(), officer)).ok).toBe(true);
      const refused = await seed(h.emulator.graphUrl);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('already holds 1 case');
      expect(refused.err).toContain('seed has never written to it');
      expect(await caseCount(h.emulator.graphUrl, h.provision.lists.Cases)).toBe(1);
      const note = await fetch(
        `${h.emulator.graphUrl}/sites/root/lists/${h.provision.lists['Archived emails']}/drive/root:/${DEMO_MARKER_FILE}:/content`,
      );
      expect(note.status).toBe(404);
    } finally {
      await h.close();
    }
  }, 60_000);

  it("refuses a site with only a council's Settings and no note from seed", async () => {
    const h = await startProvisionedEmulator();
    try {
      await h.client.post(`/sites/root/lists/${h.provision.lists.Settings}/items`, {
        fields: forCreate(settingsList.toFields(defaultCouncilSettings())),
      });
      const refused = await seed(h.emulator.graphUrl);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('already holds 0 cases and its Settings');
      expect(await caseCount(h.emulator.graphUrl, h.provision.lists.Cases)).toBe(0);
    } finally {
      await h.close();
    }
  }, 60_000);
});
