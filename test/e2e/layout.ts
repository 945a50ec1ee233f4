import type { Page } from '@playwright/test';

/**
 * Layout checks by geometry, in the page as it stands (WCAG 1.4.10 reflow and the overlaps the
 * manager's walk-through found): no sideways scroll of the page itself, and no two visible
 * pieces of text drawn over each other.
 */

/**
 * Lets the page settle after a resize: ResizeObserver callbacks run before the next frame and
 * the React updates they start (a table region taking focus once it scrolls) commit after it;
 * then any transition they started has ended.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }),
  );
  await animationsDone(page);
}

/**
 * Waits until no animation with an end is running: a drawer or dialog that has just appeared
 * slides and fades in (Fluent's motion, about a third of a second, through the Web Animations
 * API). Measured mid-way, its text is half transparent, so axe finds too little contrast, and
 * it overlaps what it is sliding over. Endless ones (a spinner) are not waited for. What the
 * user sees once the drawer has arrived is what the checks are about.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
        ),
    undefined,
    { timeout: 10_000 },
  );
}

/** How far the page scrolls sideways, in CSS px (0 when it reflows). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

/**
 * Pairs of visible text boxes that intersect by more than a pixel each way, as
 * `"first text" × "second text"`. A text box is one line box of a text node (a table cell's,
 * a badge's, a label's, an SVG label's), clipped to every scrolling or clipping container
 * around it, so text scrolled out of its own region is not counted. Visually hidden text
 * (1 px clip) and text under an aria-hidden or invisible ancestor is left out.
 */
export async function overlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Box {
      readonly node: Text;
      readonly left: number;
      readonly top: number;
      readonly right: number;
      readonly bottom: number;
    }
    const clipOf = (el: Element | null): DOMRect | undefined => {
      let clip: { left: number; top: number; right: number; bottom: number } | undefined;
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = e.getBoundingClientRect();
        clip = clip
          ? {
              left: Math.max(clip.left, r.left),
              top: Math.max(clip.top, r.top),
              right: Math.min(clip.right, r.right),
              bottom: Math.min(clip.bottom, r.bottom),
            }
          : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
      return clip
        ? new DOMRect(clip.left, clip.top, clip.right - clip.left, clip.bottom - clip.top)
        : undefined;
    };
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      if (!node.data.trim()) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('[aria-hidden="true"], script, style, option, title')) continue;
      // The body of a closed <details> keeps layout boxes in Chromium (content-visibility), so
      // only what is actually rendered counts.
      if (!parent.checkVisibility({ contentVisibilityAuto: true })) continue;
      const style = getComputedStyle(parent);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      const clip = clipOf(parent);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        const left = Math.max(r.left, clip?.left ?? -Infinity);
        const top = Math.max(r.top, clip?.top ?? -Infinity);
        const right = Math.min(r.right, clip?.right ?? Infinity);
        const bottom = Math.min(r.bottom, clip?.bottom ?? Infinity);
        if (right - left > 1 && bottom - top > 1) boxes.push({ node, left, top, right, bottom });
      }
    }
    const found: string[] = [];
    const name = (t: Text) => JSON.stringify(t.data.trim().slice(0, 40));
    for (let i = 0; i < boxes.length; i += 1) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j += 1) {
        const b = boxes[j]!;
        if (a.node === b.node) continue;
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 1 && down > 1) found.push(`${name(a.node)} × ${name(b.node)}`);
      }
    }
    return [...new Set(found)];
  });
}
