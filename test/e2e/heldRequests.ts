import type { Page, Route } from '@playwright/test';

/**
 * Holds the page's requests that match, until the test lets them go: for a test about what the
 * tab shows while some lists are still on their way. A delay of a few seconds (the emulator's
 * latency faults) only holds them for as long as the test's own clicks take on the machine of
 * the day; held, they arrive exactly when the test has seen the "still loading" state.
 *   const history = await holdRequests(page, [/\$filter=fields(\/|%2F)Received/]);
 *   …expect the "still loading" message…
 *   history.release();
 */
export interface HeldRequests {
  /** How many requests are held (or were, before the release). */
  readonly count: number;
  /** Lets every held request go on to the server, and every later one straight through. */
  release(): void;
}

export async function holdRequests(
  page: Page,
  patterns: readonly (RegExp | ((url: URL) => boolean))[],
): Promise<HeldRequests> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let count = 0;
  const hold = async (route: Route) => {
    count += 1;
    await released;
    // The page may have given up on it meanwhile (a reload, the end of the test).
    await route.continue().catch(() => undefined);
  };
  for (const pattern of patterns) await page.route(pattern, hold);
  return {
    get count() {
      return count;
    },
    release,
  };
}
