import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { animationsDone } from './layout';

/**
 * WCAG 2.2 AA violations on the page as it stands (or only `within` a selector), each as
 * `rule: target`: the one axe check of every browser test. Fluent's focus manager (Tabster)
 * adds `<i tabindex="0" aria-hidden="true">` sentinels at the edges of focus groups; focusing
 * one moves focus on at once, so no one ever lands on them. Everything else is checked, once
 * the page's animations have ended (a drawer fading in is checked as it arrives, not mid-fade).
 *   expect(await axeViolations(page, { within: 'main' })).toEqual([]);
 */
export async function axeViolations(
  page: Page,
  options: { readonly within?: string } = {},
): Promise<string[]> {
  await animationsDone(page);
  const builder = new AxeBuilder({ page });
  if (options.within) builder.include(options.within);
  const results = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  // The element's own text and axe's reason go in the message, so a failure in CI says which
  // element and why without a trace to open.
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 120)} (${n.any[0]?.message ?? n.failureSummary ?? ''})`,
    ),
  );
}
