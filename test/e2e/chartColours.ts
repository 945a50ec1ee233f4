import type { Page } from '@playwright/test';

/**
 * The Overview's bar charts as a person with low vision or no colour vision meets them, read
 * from the page as drawn (computed styles), in whatever theme is on:
 * - every bar's colour (its fill, or its outline for an outlined series) stands at least 3:1
 *   against the card behind it (WCAG 1.4.11, non-text contrast);
 * - two series never differ by colour alone: their fill patterns differ (solid, hatched,
 *   dotted), so the legend can be matched without telling colours apart (WCAG 1.4.1).
 * Each problem comes back as a sentence; none → `[]`.
 */
export async function chartColourProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (colour: string): [number, number, number, number] | undefined => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour);
      return m
        ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
        : undefined;
    };
    const luminance = ([r, g, b]: readonly number[]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const ratio = (a: readonly number[], b: readonly number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The first opaque background behind an element (the card it is drawn on). */
    const behind = (el: Element): number[] => {
      for (let at = el.parentElement; at; at = at.parentElement) {
        const c = parse(getComputedStyle(at).backgroundColor);
        if (c && c[3] > 0.99) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const problems: string[] = [];
    for (const chart of document.querySelectorAll('[data-chart]')) {
      const patterns = new Map<string, string>();
      for (const bar of chart.querySelectorAll<HTMLElement>('[data-series]')) {
        const style = getComputedStyle(bar);
        const fill = parse(style.backgroundColor);
        const solid = fill !== undefined && fill[3] > 0.99 && style.backgroundImage === 'none';
        const colour = solid ? fill : parse(style.borderTopColor);
        const series = bar.dataset['series'] ?? '?';
        const label =
          bar
            .closest('[data-chart]')
            ?.closest('section,[role="region"]')
            ?.getAttribute('aria-label') ?? '';
        if (!colour || colour[3] < 0.99) {
          problems.push(`series ${series} has no solid fill or outline ${label}`);
          continue;
        }
        const r = ratio(colour.slice(0, 3), behind(bar));
        if (r < 3) problems.push(`series ${series} is ${r.toFixed(2)}:1 against its card ${label}`);
        patterns.set(
          series,
          [
            solid ? 'solid' : style.borderTopStyle,
            style.backgroundImage.replace(/rgba?\([^)]*\)/g, 'c'),
          ].join(' '),
        );
      }
      const seen = new Map<string, string>();
      for (const [series, pattern] of patterns) {
        const twin = seen.get(pattern);
        if (twin !== undefined) problems.push(`series ${twin} and ${series} differ only by colour`);
        seen.set(pattern, series);
      }
    }
    return problems;
  });
}
