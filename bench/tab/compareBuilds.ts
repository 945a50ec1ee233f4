import type { Browser, BrowserContext } from 'playwright-core';
import type { TabStack } from '../../test/e2e/tabStack';
import { median, quiet, timedOpen, waitUntilKept } from './pageTimings';

/**
 * The tab bench's comparison of two builds (`FD_BENCH_TAB_AB="a=DIR,b=DIR"`): both builds'
 * pages served on one emulator, their cold loads and re-opens taken in turn, a pair at a time,
 * the first build first in one pair and second in the next. Single runs of each build cannot
 * tell two builds apart on this shared machine (±100 ms between runs on a re-open); a pair's
 * two loads meet the same load on the machine, so their difference can.
 */
export interface Build {
  readonly name: string;
  /** The built pages (`npm run build -- --output-path DIR`). */
  readonly distDir: string;
}

/** `"a=/tmp/main,b=dist"` → the two builds, or a message saying what is wrong. */
export function buildsToCompare(spec: string): readonly [Build, Build] | string {
  const builds = spec.split(',').map((part) => {
    const at = part.indexOf('=');
    return { name: part.slice(0, at).trim(), distDir: part.slice(at + 1).trim() };
  });
  if (builds.length !== 2 || builds.some((b) => !/^\w+$/.test(b.name) || !b.distDir))
    return `FD_BENCH_TAB_AB takes two builds, name=DIR,name=DIR (got "${spec}")`;
  return [builds[0]!, builds[1]!];
}

type Timing = Awaited<ReturnType<typeof timedOpen>>;

/** The figures compared, by the name the bench prints them under when it measures one build. */
const coldFigures: Readonly<Record<string, (t: Timing) => number>> = {
  'tab.tti.cold': (t) => t.ready,
  'tab.cold.firstRequest': (t) => t.firstRequest,
  'tab.shell.cold': (t) => t.shell,
  'tab.cold.compared': (t) => t.compared,
};
const reopenFigures: Readonly<Record<string, (t: Timing) => number>> = {
  'tab.tti.reopen': (t) => t.ready,
  'tab.tti.reopen.painted': (t) => t.firstPaint,
  'tab.reopen.firstRequest': (t) => t.firstRequest,
  'tab.reopen.current': (t) => t.current,
};

export async function compareBuilds(options: {
  readonly browser: Browser;
  readonly stack: TabStack;
  readonly builds: readonly [Build, Build];
  readonly coldRuns: number;
  readonly reopens: number;
  readonly firstViewWait: number;
}): Promise<void> {
  const { browser, stack, builds, coldRuns, reopens, firstViewWait } = options;
  // The stack serves the first build (bench/tab.bench.ts starts it so); the second beside it.
  const pages = [
    `${stack.webUrl}tab.html`,
    `${await stack.serveBuild(builds[1].distDir)}tab.html`,
  ] as const;
  const viewport = { width: 1400, height: 1000 };
  /** Each pair's two loads, the first build's first, in the order the pairs were taken. */
  const inPairs = async (runs: number, open: (build: 0 | 1) => Promise<Timing>) => {
    const pairs: [Timing, Timing][] = [];
    for (let i = 0; i < runs; i += 1) {
      const order = i % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
      const pair: Timing[] = [];
      for (const build of order) pair[build] = await open(build);
      pairs.push([pair[0]!, pair[1]!]);
    }
    return pairs;
  };

  // A first visit to each warms the browser's code cache, as in the one-build bench.
  for (const url of pages) {
    const warmup = await browser.newPage();
    await warmup.goto(url);
    await warmup.waitForFunction(
      () => performance.getEntriesByName('feedback-desk:ready:overview-current').length > 0,
      null,
      { timeout: firstViewWait },
    );
    await warmup.close();
    await quiet(stack.emulatorUrl);
  }

  // Cold: a fresh page (no kept lists) each time.
  const colds = await inPairs(coldRuns, async (build) => {
    const page = await browser.newPage({ viewport });
    const timing = await timedOpen(page, pages[build]);
    await page.close();
    await quiet(stack.emulatorUrl);
    return timing;
  });
  report(builds, 'cold', colds, coldFigures);

  // Re-open: a browser profile per build, which kept the Overview's lists from a first visit.
  const profiles: BrowserContext[] = [];
  for (const url of pages) {
    const profile = await browser.newContext({ viewport });
    const visit = await profile.newPage();
    await visit.goto(url);
    await waitUntilKept(visit);
    await visit.close();
    await quiet(stack.emulatorUrl);
    profiles.push(profile);
  }
  const reopened = await inPairs(reopens, async (build) => {
    const page = await profiles[build]!.newPage();
    const timing = await timedOpen(page, pages[build]);
    // Its full reads, and what they keep again, finish before the next visit.
    await waitUntilKept(page);
    await page.close();
    await quiet(stack.emulatorUrl);
    return timing;
  });
  report(builds, 're-open', reopened, reopenFigures);
  await Promise.all(profiles.map((profile) => profile.close()));
}

/**
 * Prints each build's median (`tab.tti.reopen.a: 512 ms`) and the median of the pairs'
 * differences, second build less first (`tab.tti.reopen.b-a: -40 ms`); each pair on stderr.
 */
function report(
  builds: readonly [Build, Build],
  what: string,
  pairs: readonly [Timing, Timing][],
  figures: Readonly<Record<string, (t: Timing) => number>>,
): void {
  const [a, b] = builds;
  for (const [name, pick] of Object.entries(figures)) {
    // A pair missing a figure (a page that never reported its first paint) is left out of it.
    const measured = pairs
      .map(([first, second]) => [pick(first), pick(second)] as const)
      .filter(([first, second]) => Number.isFinite(first) && Number.isFinite(second));
    const differences = measured.map(([first, second]) => second - first);
    console.log(`${name}.${a.name}: ${Math.round(median(measured.map(([t]) => t)))} ms`);
    console.log(`${name}.${b.name}: ${Math.round(median(measured.map(([, t]) => t)))} ms`);
    console.log(`${name}.${b.name}-${a.name}: ${Math.round(median(differences))} ms`);
    console.error(
      `tab bench: ${what} pairs, ${name} ${a.name} / ${b.name} / difference: ${measured
        .map(([first, second]) => [first, second, second - first].map(Math.round).join('/'))
        .join(', ')}`,
    );
  }
}
