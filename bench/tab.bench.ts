/**
 * The Teams tab with a large council's history: 20,000 cases seeded into a fresh emulator
 * (`seed --cases 20000`), the built tab page in headless Chromium through the standalone host.
 *   tab.tti.cold        page load → the Overview's figures and charts on screen (config, the
 *                       Graph load of what the Overview reads: its lists, the cases and stages
 *                       since this April, the figures computed, first render); median of 7
 *                       fresh pages, and their fastest (.min)
 *   tab.tti.cold.drawn  the same to the end of the main-thread frame that drew them (the mark is
 *                       taken as React commits them, before style, layout and paint)
 *   tab.cold.compared   page load → last year's figures beside this year's (the cases and stages
 *                       from last April to this read next)
 *   tab.shell.cold      page load → the tab's frame interactive (header, view tabs), data loading
 *   tab.graph.cold      first Graph request → last Graph response of that load (the data layer and
 *                       the emulator's share of tab.tti.cold)
 *   tab.load.cold.requests  Graph requests the first view waited for (those started before it showed)
 *   tab.tti.warm        re-opening the Overview within the session, from the in-memory snapshot
 *   tab.tti.warm.timeliness  the same for the Timeliness view (every open case's clocks)
 *   tab.filter.change   a Timeliness filter change → the table updated (median of 8)
 *   tab.refresh.unchanged.requests  Graph requests of a Refresh when nothing changed (emulator stats)
 *   tab.load.cold.kbytes  Graph response bodies finished by the time the first view showed
 *   tab.heap.used       the page's JavaScript heap after a cold load and a garbage collection
 *   tab.firstLoadJs     the tab page's `<script>` files, gzip -9 (not the `import()` chunks)
 *   tab.tti.reopen      page load → the Overview on screen again in a browser that kept its lists
 *                       (IndexedDB: src/data/browserCache), nothing changed since; median of 5
 *   tab.tti.reopen.drawn / tab.tti.reopen.painted  the re-open's frame with the kept figures
 *                       ended on the main thread / first painted on screen (first-contentful-paint)
 *   tab.reopen.requests Graph requests that re-open waited for (one delta request per list)
 *   tab.reopen.kbytes   Graph response bodies finished by the time the re-opened Overview showed
 *   tab.tti.reopen.changed  the same with ten cases changed since the lists were kept
 *   tab.settled.cold / tab.settled.reopen  page load → every list read in full and Refresh
 *                       usable again (the background reads after the first view)
 *   tab.reopen.shell    page load → the tab's frame on a re-open (the part no data work can cut)
 *   tab.reopen.kept.lists / tab.reopen.kept.ms  whole lists the re-open wrote to IndexedDB again
 *                       (none when nothing changed: only their delta links), and the main
 *                       thread's time inside IndexedDB's `put` (where the value is cloned)
 *   FD_BENCH_TAB_PROFILE=FILE  one more re-open, not counted, with Chrome's sampling profiler on:
 *                       its profile written to FILE (open it in Chrome's DevTools, Performance),
 *                       and its marks and Graph requests (ms after navigation) on stderr
 *   npx tsx bench/tab.bench.ts          (FD_BENCH_TAB_CASES=N to change the size,
 *     FD_BENCH_TAB_RUNS=N fresh pages instead of 7, FD_BENCH_TAB_REOPENS=N re-opens instead
 *     of 5, FD_BENCH_LATENCY=sharepoint for the emulator's SharePoint latency model, on after
 *     seeding: emulator/latency.ts)
 *   FD_BENCH_TAB_AB="a=DIR,b=DIR"  compares two builds instead (bench/tab/compareBuilds.ts):
 *                       their cold loads and re-opens in turn, a pair at a time, on one emulator;
 *                       each build's medians (tab.tti.reopen.a, .b) and the median of the pairs'
 *                       differences (tab.tti.reopen.b-a), each pair on stderr
 * Needs the built pages (`npm run build`, or FD_DIST_DIR).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTabStack, type TabStack } from '../test/e2e/tabStack';
import { latencyModelNamed } from '../emulator/latency';
import { createGraphClient } from '../src/data/graph/client';
import { createGraphStore } from '../src/data/graphStore';
import { firstLoadKb } from './taskpane/firstLoad';
import { buildsToCompare, compareBuilds } from './tab/compareBuilds';
import {
  countKeptWrites,
  keptWrites,
  median,
  quiet,
  settled,
  timedOpen,
  waitUntilKept,
} from './tab/pageTimings';

const cases = Number(process.env.FD_BENCH_TAB_CASES ?? 20_000);
const compared = process.env.FD_BENCH_TAB_AB
  ? buildsToCompare(process.env.FD_BENCH_TAB_AB)
  : undefined;
if (typeof compared === 'string') {
  console.error(`tab bench: ${compared}`);
  process.exit(2);
}
const builds = compared;
const distDirs = builds?.map((build) => build.distDir) ?? [
  process.env.FD_DIST_DIR ?? path.resolve('dist'),
];
for (const distDir of distDirs)
  if (!existsSync(path.join(distDir, 'tab.html'))) {
    console.error(`tab bench: no built tab page in ${distDir}: run npm run build`);
    process.exit(2);
  }
const COLD_RUNS = Number(process.env.FD_BENCH_TAB_RUNS ?? 7);
const REOPENS = Number(process.env.FD_BENCH_TAB_REOPENS ?? 5);
const latencyChoice = latencyModelNamed(process.env.FD_BENCH_LATENCY ?? 'off');
if (!latencyChoice.ok) {
  console.error(`tab bench: ${latencyChoice.message}`);
  process.exit(2);
}
const latency = latencyChoice.model;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How long to wait for a first view before calling the run failed (150,000 cases need more). */
const firstViewWait = Number(process.env.FD_BENCH_TAB_WAIT_MS ?? 120_000);
const print = (name: string, value: number, unit: string) =>
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);

/** Clicks a view's tab in the page and waits for that view's ready mark; ms from click to mark. */
async function reopen(page: Page, view: 'overview' | 'timeliness'): Promise<number> {
  return page.evaluate(async (id) => {
    const name = `feedback-desk:ready:${id}`;
    const before = performance.getEntriesByName(name).length;
    const t0 = performance.now();
    document.getElementById(`tab-${id}`)!.click();
    for (;;) {
      const marks = performance.getEntriesByName(name);
      if (marks.length > before) return marks.at(-1)!.startTime - t0;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }, view);
}

/** Changes a Timeliness filter and waits for the table's next render; ms from the change event. */
async function changeFilter(page: Page, label: string, value: string): Promise<number> {
  return page.evaluate(
    async ({ label, value }) => {
      const labelEl = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
      const select = document.getElementById(labelEl!.htmlFor) as HTMLSelectElement;
      const name = 'feedback-desk:rendered:timeliness';
      const before = performance.getEntriesByName(name).length;
      const t0 = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (;;) {
        const marks = performance.getEntriesByName(name);
        if (marks.length > before) {
          // And the frame that shows it.
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return performance.now() - t0;
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    { label, value },
  );
}

/**
 * A re-open with the sampling profiler on (200 µs), written to `file`; the page's marks and
 * Graph requests go to stderr, so the profile's gaps (waiting for IndexedDB or the network)
 * can be told apart. Not counted in the figures: the profiler slows the page.
 */
async function profiledReopen(
  profile: BrowserContext,
  url: string,
  emulatorUrl: string,
  file: string,
): Promise<void> {
  const page = await profile.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('feedback-desk:ready:overview-current').length > 0,
    null,
    { timeout: firstViewWait },
  );
  const { profile: cpu } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(cpu));
  const timeline = await page.evaluate(() =>
    [
      ...performance.getEntriesByType('mark').map((m) => `${Math.round(m.startTime)} ${m.name}`),
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.name.includes('/v1.0/'))
        .map(
          (e) =>
            `${Math.round(e.startTime)}→${Math.round(e.responseEnd)} ${new URL(e.name).pathname.split('/').slice(-2).join('/')}`,
        ),
    ].sort((a, b) => parseInt(a) - parseInt(b)),
  );
  console.error(`tab bench: profiled re-open (${file}):\n  ${timeline.join('\n  ')}`);
  await waitUntilKept(page);
  await cdp.detach();
  await page.close();
  await quiet(emulatorUrl);
}

/** Every figure of the one build the stack serves (the bench without `FD_BENCH_TAB_AB`). */
async function measureBuild(browser: Browser, stack: TabStack): Promise<void> {
  // A first visit warms the browser's code cache, as a returning user's would be; the cold
  // figure is then a fresh page (new JavaScript heap, no data) in the same browser.
  const warmup = await browser.newPage();
  await warmup.goto(`${stack.webUrl}tab.html`);
  await warmup.waitForFunction(
    () => performance.getEntriesByName('feedback-desk:ready:overview-current').length > 0,
    null,
    { timeout: firstViewWait },
  );
  await warmup.close();

  const colds: number[] = [];
  const coldDrawn: number[] = [];
  const compares: number[] = [];
  const settles: number[] = [];
  const shells: number[] = [];
  const graphs: number[] = [];
  const requestCounts: number[] = [];
  const byteCounts: number[] = [];
  let page: Page | undefined;
  // Seven fresh pages: on a shared machine single loads vary by a second or more.
  for (let i = 0; i < COLD_RUNS; i += 1) {
    await page?.close();
    // The closed page's reads still queue at the emulator (one client): let them finish.
    await quiet(stack.emulatorUrl);
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const timing = await timedOpen(page, `${stack.webUrl}tab.html`);
    colds.push(timing.ready);
    coldDrawn.push(timing.drawn);
    compares.push(timing.compared);
    requestCounts.push(timing.requests);
    byteCounts.push(timing.bytes);
    shells.push(timing.shell);
    graphs.push(timing.graph);
    settles.push(await settled(page));
    console.error(
      `tab bench: cold ${Math.round(timing.ready)} ms, compared ${Math.round(timing.compared)} ms, settled ${Math.round(settles.at(-1)!)} ms`,
    );
  }
  page = page!;
  print('tab.tti.cold', Math.round(median(colds)), 'ms');
  print('tab.tti.cold.min', Math.round(Math.min(...colds)), 'ms');
  print('tab.tti.cold.drawn', Math.round(median(coldDrawn)), 'ms');
  print('tab.cold.compared', Math.round(median(compares)), 'ms');
  print('tab.shell.cold', Math.round(median(shells)), 'ms');
  print('tab.graph.cold', Math.round(median(graphs)), 'ms');
  print('tab.load.cold.requests', median(requestCounts), 'requests');
  print('tab.load.cold.kbytes', Math.round(median(byteCounts) / 1024), 'KB');
  print('tab.settled.cold', Math.round(median(settles)), 'ms');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  print('tab.heap.used', Math.round(heap.usedSize / 1024 / 1024), 'MB');
  await cdp.detach();

  // Warm: re-open views from the in-memory snapshot (their code and data already loaded).
  const firstTimeliness = await reopen(page, 'timeliness');
  print('tab.timeliness.first', Math.round(firstTimeliness), 'ms');
  const warmOverview: number[] = [];
  const warmTimeliness: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    warmOverview.push(await reopen(page, 'overview'));
    warmTimeliness.push(await reopen(page, 'timeliness'));
  }
  print('tab.tti.warm', Math.round(median(warmOverview)), 'ms');
  print('tab.tti.warm.timeliness', Math.round(median(warmTimeliness)), 'ms');

  const openCases = await page.getByText(/^\S+ open: /).textContent();
  console.error(`tab bench: ${openCases}`);
  const changes: number[] = [];
  for (const [label, value] of [
    ['Status', 'overdue'],
    ['Status', ''],
    ['Procedure', 'children_statutory'],
    ['Procedure', ''],
    ['Stage', '2'],
    ['Stage', ''],
    ['Status', 'due_soon'],
    ['Status', ''],
  ] as const)
    changes.push(await changeFilter(page, label, value));
  print('tab.filter.change', Math.round(median(changes)), 'ms');

  // An unchanged refresh: one delta request per list.
  await fetch(`${stack.emulatorUrl}/_emulator/stats/reset`, { method: 'POST' });
  const refresh = page.getByRole('button', { name: 'Refresh' });
  await refresh.click();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"], .fui-Spinner'));
  await refresh.isEnabled();
  const stats = (await (await fetch(`${stack.emulatorUrl}/_emulator/stats`)).json()) as {
    requests: number;
  };
  print('tab.refresh.unchanged.requests', stats.requests, 'requests');
  await page.close();
  await quiet(stack.emulatorUrl);

  // Re-open: pages in one browser profile, which kept the Overview's lists from a first visit.
  const profile = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const visit = await profile.newPage();
  await visit.goto(`${stack.webUrl}tab.html`);
  await waitUntilKept(visit);
  await visit.close();
  await quiet(stack.emulatorUrl);
  const reopenOnce = async () => {
    const again = await profile.newPage();
    await again.addInitScript(countKeptWrites);
    const timing = await timedOpen(again, `${stack.webUrl}tab.html`);
    const settle = await settled(again);
    console.error(
      `tab bench: re-open ${Math.round(timing.ready)} ms, up to date ${Math.round(timing.current)} ms (shell ${Math.round(timing.shell)} ms, ${timing.requests} requests), settled ${Math.round(settle)} ms`,
    );
    // Its full reads, and what they keep again, finish before the next visit.
    await waitUntilKept(again);
    await quiet(stack.emulatorUrl);
    const writes = await keptWrites(again);
    await again.close();
    return { ...timing, settle, ...writes };
  };
  const reopens: Awaited<ReturnType<typeof reopenOnce>>[] = [];
  for (let i = 0; i < REOPENS; i += 1) reopens.push(await reopenOnce());
  const middle = (pick: (t: (typeof reopens)[number]) => number) => median(reopens.map(pick));
  print('tab.tti.reopen', Math.round(middle((t) => t.ready)), 'ms');
  print('tab.tti.reopen.min', Math.round(Math.min(...reopens.map((t) => t.ready))), 'ms');
  // The frame that drew them ends on the main thread; the first paint is when the compositor
  // put it on screen (a re-open paints the frame and the kept figures together).
  print('tab.tti.reopen.drawn', Math.round(middle((t) => t.drawn)), 'ms');
  print('tab.tti.reopen.painted', Math.round(middle((t) => t.firstPaint)), 'ms');
  // The kept figures brought up to date: the delta round and the lists read back.
  print('tab.reopen.current', Math.round(middle((t) => t.current)), 'ms');
  print(
    'tab.reopen.requests',
    middle((t) => t.requests),
    'requests',
  );
  print('tab.reopen.kbytes', Math.round(middle((t) => t.bytes) / 1024), 'KB');
  print('tab.reopen.shell', Math.round(middle((t) => t.shell)), 'ms');
  print('tab.settled.reopen', Math.round(middle((t) => t.settle)), 'ms');
  print(
    'tab.reopen.kept.lists',
    middle((t) => t.lists),
    'lists',
  );
  print('tab.reopen.kept.ms', Math.round(middle((t) => t.putMs)), 'ms');

  const profileFile = process.env.FD_BENCH_TAB_PROFILE;
  if (profileFile)
    await profiledReopen(profile, `${stack.webUrl}tab.html`, stack.emulatorUrl, profileFile);

  // Ten cases changed since the lists were kept (by someone else, through Graph).
  const writer = createGraphStore(createGraphClient({ baseUrl: stack.graphUrl }), {
    siteId: 'root',
  });
  const before = await writer.loadSnapshot({ parts: ['cases'] });
  if (!before.ok) throw new Error(before.error.message);
  const open = before.value.cases.filter((c) => c.value.status === 'open').slice(0, 10);
  for (const c of open) {
    const saved = await writer.updateCase(
      c.value.reference,
      { status: 'closed', closed: c.value.received },
      c.etag,
    );
    if (!saved.ok) throw new Error(saved.error.message);
  }
  await quiet(stack.emulatorUrl);
  const changed = await reopenOnce();
  print('tab.tti.reopen.changed', Math.round(changed.ready), 'ms');
  print('tab.reopen.changed.current', Math.round(changed.current), 'ms');
  print('tab.reopen.changed.requests', changed.requests, 'requests');
  await profile.close();
}

for (const [i, distDir] of distDirs.entries())
  print(
    `tab.firstLoadJs${builds ? `.${builds[i]!.name}` : ''}`,
    firstLoadKb(distDir, 'tab.html').gzipKb,
    'KB gzip',
  );
const seeding = performance.now();
const stack = await startTabStack({
  fresh: true,
  seedCases: cases,
  latency,
  distDir: distDirs[0]!,
});
console.error(
  `tab bench: ${cases} cases, latency ${latency ? JSON.stringify(latency) : 'off'}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
print('tab.seed.cases', cases, 'cases');
print('tab.seed.time', Math.round(performance.now() - seeding), 'ms');
const browser = await chromium.launch({
  ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  if (builds) {
    await compareBuilds({
      browser,
      stack,
      builds,
      coldRuns: COLD_RUNS,
      reopens: REOPENS,
      firstViewWait,
    });
  } else await measureBuild(browser, stack);
} finally {
  await browser.close();
  await stack.close();
}
