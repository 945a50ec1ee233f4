import type { Page } from 'playwright-core';

/**
 * What the tab bench does in a page and waits for (bench/tab.bench.ts), shared by its
 * comparison of two builds (compareBuilds.ts).
 */

/** The middle value (the upper one of an even count). */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The emulator has answered every request it was sent (a closed page's reads included). */
export async function quiet(emulatorUrl: string): Promise<void> {
  let calm = 0;
  while (calm < 3) {
    const stats = (await (await fetch(`${emulatorUrl}/_emulator/stats`)).json()) as {
      requests: number;
      byStatus: Record<string, number>;
    };
    const answered = Object.values(stats.byStatus).reduce((sum, n) => sum + n, 0);
    calm = answered === stats.requests ? calm + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Loads the tab in `page` and times its Overview (ms from navigation): `ready` when figures are
 * first on screen (on a re-open, those kept at the last visit), `current` when they are up to
 * date with SharePoint, `compared` when last year's are beside this year's (a cold load reads
 * this year's first), `firstRequest` when the first Graph request left; with the requests and
 * bytes read until `current`.
 */
export async function timedOpen(page: Page, url: string) {
  // Bytes from Playwright's view of each response: resource timing hides sizes cross-origin.
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes('/v1.0/'))
      sizes.push(request.sizes().then((size) => size.responseBodySize));
  });
  // Long animation frames (main-thread frames over 50 ms) say when the frame that drew the
  // figures ended: the ready mark is taken as React commits them, before style, layout and paint.
  await page.addInitScript(() => {
    const frames: { start: number; end: number }[] = [];
    (globalThis as { fdFrames?: typeof frames }).fdFrames = frames;
    new PerformanceObserver((list) => {
      for (const f of list.getEntries())
        frames.push({ start: f.startTime, end: f.startTime + f.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(url);
  const timing = await page.evaluate(async () => {
    for (;;) {
      const first = performance.getEntriesByName('feedback-desk:ready:overview')[0];
      const current = performance.getEntriesByName('feedback-desk:ready:overview-current')[0];
      const compared = performance.getEntriesByName('feedback-desk:ready:overview-compared')[0];
      if (first && current && compared) {
        const graph = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/v1.0/')) as PerformanceResourceTiming[];
        const frames = (globalThis as { fdFrames?: { start: number; end: number }[] }).fdFrames;
        const drawnIn = frames?.find((f) => f.start <= first.startTime && first.startTime <= f.end);
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          ready: first.startTime,
          drawn: drawnIn?.end ?? NaN,
          firstPaint: paint?.startTime ?? NaN,
          current: current.startTime,
          compared: compared.startTime,
          requests: graph.filter((e) => e.startTime < current.startTime).length,
          firstRequest: Math.min(...graph.map((e) => e.startTime)),
          shell: performance.getEntriesByName('feedback-desk:ready:shell')[0]?.startTime ?? NaN,
          graph:
            Math.max(...graph.map((e) => e.responseEnd)) -
            Math.min(...graph.map((e) => e.startTime)),
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  const bytes = (await Promise.all(sizes.slice())).reduce((sum, size) => sum + size, 0);
  return { ...timing, bytes };
}

/** ms from navigation until the Refresh button is usable again (every list read in full). */
export async function settled(page: Page): Promise<number> {
  return page.evaluate(async () => {
    for (;;) {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Refresh',
      );
      // Refresh is usable while the rest is read: the spinner says when it is all in.
      if (button && !button.disabled && !document.querySelector('.fui-Spinner'))
        return performance.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

/** Waits until the page has read every list and kept the Overview's in IndexedDB. */
export async function waitUntilKept(page: Page): Promise<void> {
  const kept = () =>
    page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Refresh',
      );
      if (!button || button.disabled || document.querySelector('.fui-Spinner')) return false;
      // Only once the tab has made the database (opening it here would make an empty one).
      const names = await indexedDB.databases();
      if (!names.some((d) => d.name === 'feedback-desk-cache')) return false;
      const db = await new Promise<IDBDatabase | undefined>((resolve) => {
        const req = indexedDB.open('feedback-desk-cache');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => resolve(undefined);
      });
      if (!db || !db.objectStoreNames.contains('lists')) return false;
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const req = db.transaction('lists').objectStore('lists').getAllKeys();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return ['cases', 'stages', 'ombudsman', 'list-ids'].every((part) =>
        keys.some((key) => String(key).endsWith(`/${part}`)),
      );
    });
  const started = Date.now();
  while (!(await kept())) {
    if (Date.now() - started > 600_000) throw new Error('the tab kept nothing in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * An init script: counts the page's IndexedDB writes of whole kept lists (keys ending in
 * `/cases`, `/stages`, `/ombudsman`) and the time spent inside `put`, which clones the value
 * on the main thread. Read back with `keptWrites`.
 */
export function countKeptWrites(): void {
  const counts = { lists: 0, putMs: 0 };
  (globalThis as unknown as { __keptWrites: typeof counts }).__keptWrites = counts;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    const started = performance.now();
    try {
      return put.call(this, value, key);
    } finally {
      counts.putMs += performance.now() - started;
      if (/\/(cases|stages|ombudsman)$/.test(String(key))) counts.lists += 1;
    }
  };
}

/** What `countKeptWrites` counted, once the writes the page left for when idle have run. */
export async function keptWrites(page: Page): Promise<{ lists: number; putMs: number }> {
  return page.evaluate(async () => {
    await new Promise((resolve) =>
      requestIdleCallback(() => setTimeout(resolve, 0), { timeout: 5000 }),
    );
    return (globalThis as unknown as { __keptWrites: { lists: number; putMs: number } })
      .__keptWrites;
  });
}
