import { useCallback, useLayoutEffect, useRef } from 'react';

interface FocusTarget {
  readonly elementId: string;
  readonly fallbackId: string;
}

/**
 * Where focus goes when a drawer or dialog over a list closes: back to the link that opened
 * it, or, when that row has left the list (recording a response closed the case, a filter
 * hides it), to the list's heading, so keyboard and screen-reader users are never left on the
 * page's body.
 *
 * The returned function is called together with the state change that closes the drawer. The
 * focus moves in the layout effect of that very render (the drawer gone, the list drawn again),
 * before the browser paints or handles the next key: moving it a frame later left a moment
 * with focus on the body, long enough for a quick Tab or a screen reader to land there. One
 * frame later it is checked again, in case the row that took focus was then redrawn away.
 *   const focusBack = useFocusBack();
 *   close(); focusBack('case-link-CORP-2026-0010', 'timeliness-heading');
 */
export function useFocusBack(): (elementId: string, fallbackId: string) => void {
  const pending = useRef<FocusTarget | undefined>(undefined);
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = undefined;
    moveFocus(target);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body || document.activeElement === null)
        moveFocus(target);
    });
  });
  return useCallback((elementId: string, fallbackId: string) => {
    pending.current = { elementId, fallbackId };
  }, []);
}

function moveFocus({ elementId, fallbackId }: FocusTarget): void {
  const element = document.getElementById(elementId);
  const target = element ?? document.getElementById(fallbackId);
  if (!target) return;
  // A heading takes focus from script only (never from Tab).
  if (!element && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** The id of a case's link in a list: `caseLinkId('CORP-2026-0010')` → `'case-link-CORP-2026-0010'`. */
export const caseLinkId = (reference: string) => `case-link-${reference}`;

/** The id of a plan's link in the list: `planLinkId('AP-2026-0001')` → `'plan-link-AP-2026-0001'`. */
export const planLinkId = (id: string) => `plan-link-${id}`;
