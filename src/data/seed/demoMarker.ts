import { GraphRequestError } from '../graph/errors';
import type { GraphClient } from '../graph/client';
import { readAllPages } from '../graph/paging';
import { createStoreContext } from '../graphStore/context';
import { casesList, settingsList } from '../lists';
import { generateDemoData, type DemoDataOptions } from './generateDemoData';

/**
 * The note `seed` leaves in a site it writes to: a small JSON file at the root of the
 * "Archived emails" library naming each run (seed, number of cases, last day). The demo data
 * is the same for the same run, so with the note every demo case can be told from a
 * council's own: a case whose reference no recorded run makes is not demo data. The file is
 * written before the data, so a seed stopped half-way still counts as demo (issue 18;
 * docs/contracts.md, `seed`).
 */
export const DEMO_MARKER_FILE = 'feedback-desk-demo-data.json';

export interface DemoRun {
  readonly seed: string;
  readonly cases: number;
  readonly today: string;
}

interface DemoMarker {
  readonly runs: readonly DemoRun[];
}

const markerPath = async (client: GraphClient, siteId: string) =>
  `${await createStoreContext(client, siteId).archiveDrivePath()}/root:/${DEMO_MARKER_FILE}:/content`;

/** The runs recorded in the site, or [] when `seed` never wrote there (or the note is unreadable). */
export async function readDemoRuns(client: GraphClient, siteId: string): Promise<DemoRun[]> {
  try {
    const answer = await client.get<unknown>(await markerPath(client, siteId));
    const parsed: unknown =
      typeof answer === 'string'
        ? JSON.parse(answer)
        : answer instanceof ArrayBuffer
          ? JSON.parse(new TextDecoder().decode(answer))
          : answer;
    const runs = (parsed as Partial<DemoMarker> | null)?.runs;
    return Array.isArray(runs)
      ? runs.filter(
          (r): r is DemoRun =>
            typeof r?.seed === 'string' &&
            Number.isInteger(r?.cases) &&
            typeof r?.today === 'string',
        )
      : [];
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 404) return [];
    if (error instanceof SyntaxError) return [];
    throw error;
  }
}

/** Adds this run to the note (once), before any demo item is written. */
export async function recordDemoRun(
  client: GraphClient,
  siteId: string,
  run: DemoRun,
): Promise<void> {
  const runs = await readDemoRuns(client, siteId);
  if (runs.some((r) => r.seed === run.seed && r.cases === run.cases && r.today === run.today))
    return;
  await client.put(
    await markerPath(client, siteId),
    new Blob([JSON.stringify({ runs: [...runs, run] } satisfies DemoMarker, null, 2)]),
    { headers: { 'Content-Type': 'application/json' } },
  );
}

/**
 * Why `seed` must not write to this site, or undefined when it holds nothing but demo data
 * (or nothing at all). A site is a council's when it has a Settings item or a case and no
 * note from `seed`, or a case whose reference none of the recorded runs makes.
 *
 * `nonDemoData(client, 'root')` → `'the site holds 3 cases that seed did not write (CSC-2025-0601, …)'`
 */
export async function nonDemoData(
  client: GraphClient,
  siteId: string,
): Promise<string | undefined> {
  const ctx = createStoreContext(client, siteId);
  const runs = await readDemoRuns(client, siteId);
  const read = async (path: string) =>
    (await readAllPages<{ fields?: Record<string, unknown> }>(client, path)).items;
  const cases = await read(
    `${await ctx.listPath(casesList.key)}/items?$expand=fields($select=Reference)&$top=999`,
  );
  if (runs.length === 0) {
    const settings = await read(`${await ctx.listPath(settingsList.key)}/items?$top=1`);
    if (cases.length === 0 && settings.length === 0) return undefined;
    return `the site already holds ${describe(cases.length, 'case')}${
      settings.length ? ' and its Settings' : ''
    }, and seed has never written to it, so these are a council's own`;
  }
  const demo = new Set<string>();
  for (const run of runs) {
    const options: DemoDataOptions = {
      seed: run.seed,
      cases: run.cases,
      today: run.today as DemoDataOptions['today'],
    };
    for (const c of generateDemoData(options).cases) demo.add(c.reference);
  }
  const others = cases
    .map((item) => String(item.fields?.['Reference'] ?? ''))
    .filter((reference) => !demo.has(reference));
  if (others.length === 0) return undefined;
  const shown = others.slice(0, 3).join(', ') + (others.length > 3 ? ', …' : '');
  return `the site holds ${describe(others.length, 'case')} that seed did not write (${shown})`;
}

const describe = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
