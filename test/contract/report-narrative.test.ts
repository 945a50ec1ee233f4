import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/data/graph';
import { createGraphStore } from '../../src/data/graphStore/createGraphStore';
import type { FeedbackStore } from '../../src/data/store';
import type { SavedNarrative } from '../../src/domain/records';
import { docxParagraphs } from './docxReading';
import { seedSite, type SeedSite } from './seeds/seedSite';

// The narrative the complaints manager saves to the site (the Report narratives list) is what
// `feedback-desk report` prints; two editors never overwrite each other (If-Match).
const fixtures = new URL('../fixtures/seeds-known/003-children-2018-19/', import.meta.url);

let site: SeedSite;
let store: FeedbackStore;
beforeAll(async () => {
  site = await seedSite(fixtures);
  store = createGraphStore(createGraphClient({ baseUrl: site.graphUrl, maxRetries: 1 }), {
    siteId: 'root',
  });
}, 120_000);
afterAll(async () => {
  await site?.close();
});

const narrative = (introduction: string): SavedNarrative => ({
  schemaVersion: 1,
  year: '2018-19',
  procedure: 'children_statutory',
  introduction,
  priorities: 'Resume the six-monthly letters to children in care.',
  featured: [{ youSaid: 'Minutes came late.', weDid: 'Minutes now go out within ten days.' }],
  ombudsmanFindings: [],
});
const must = async <T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> => {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
/** `feedback-desk report` for 2018-19: markdown of the children's report unless told otherwise. */
const report = (...extra: string[]) => {
  const options = { '--procedure': 'children_statutory', '--format': 'md' };
  const rest: string[] = [];
  for (let i = 0; i < extra.length; i += 1) {
    const name = extra[i] as string;
    if (name in options) options[name as keyof typeof options] = extra[(i += 1)] as string;
    else rest.push(name);
  }
  return site.cli('report', '--year', '2018-19', ...Object.entries(options).flat(), ...rest);
};

describe('a report narrative saved to the site', () => {
  it('is printed by the report command, and a --narrative file still takes its place', async () => {
    expect(await must(store.readNarrative('2018-19', 'children_statutory'))).toBeUndefined();
    await must(store.saveNarrative(narrative('An invented introduction, saved to the site.')));

    const run = await report();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '## 3. Introduction\n\nAn invented introduction, saved to the site.',
    );
    expect(run.stdout).toContain('Resume the six-monthly letters to children in care.');
    expect(run.stdout).toContain('| Minutes came late. | Minutes now go out within ten days. |');
    expect(run.stderr).toContain('using the narrative saved to the site');

    const file = join(site.work, 'narrative.json');
    writeFileSync(file, JSON.stringify({ introduction: 'From a file.' }));
    const fromFile = await report('--narrative', file);
    expect(fromFile.stdout).toContain('## 3. Introduction\n\nFrom a file.');
    expect(fromFile.stdout).not.toContain('saved to the site');

    // Another year, another procedure: nothing saved, nothing printed.
    const other = await report('--procedure', 'corporate');
    expect(other.stdout).not.toContain('saved to the site');
  });

  it('goes into the Word document', async () => {
    const out = join(site.work, 'report.docx');
    const run = await report('--format', 'docx', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(await docxParagraphs(out)).toContain('An invented introduction, saved to the site.');
  });

  it('is never overwritten by a second editor: a stale save is a conflict that says what to do', async () => {
    const first = await must(store.readNarrative('2018-19', 'children_statutory'));
    const second = await must(store.readNarrative('2018-19', 'children_statutory'));
    expect(first?.etag).toBeTruthy();

    const saved = await must(
      store.saveNarrative(narrative('The first editor’s text.'), first?.etag),
    );
    const stale = await store.saveNarrative(narrative('The second editor’s text.'), second?.etag);
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('conflict');
      expect(stale.error.message).toMatch(/Someone else saved the narrative for 2018-19/);
    }
    const now = await must(store.readNarrative('2018-19', 'children_statutory'));
    expect(now?.value.introduction).toBe('The first editor’s text.');
    expect(now?.etag).toBe(saved.etag);

    // Two editors who both found nothing saved: the second one's save does not replace the first.
    const a = { ...narrative('Editor A on adults.'), procedure: 'adults_statutory' as const };
    const b = { ...narrative('Editor B on adults.'), procedure: 'adults_statutory' as const };
    await must(store.saveNarrative(a));
    const late = await store.saveNarrative(b);
    expect(late.ok ? 'saved' : late.error.code).toBe('conflict');
    const adults = await must(store.readNarrative('2018-19', 'adults_statutory'));
    expect(adults?.value.introduction).toBe('Editor A on adults.');
  });
});
