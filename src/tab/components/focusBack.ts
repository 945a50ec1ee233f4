/**
 * Where focus goes when a drawer or dialog over a list closes: back to the link that opened
 * it, or, when that row has left the list (recording a response closed the case, a filter
 * hides it), to the list's heading, so keyboard and screen-reader users are never left on the
 * page's body. Runs after the drawer has gone and the list has re-rendered.
 *   focusBack('case-link-CORP-2026-0010', 'timeliness-heading')
 */
export function focusBack(elementId: string, fallbackId: string): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    const target = element ?? document.getElementById(fallbackId);
    if (!target) return;
    // A heading takes focus from script only (never from Tab).
    if (!element && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  });
}

/** The id of a case's link in a list: `caseLinkId('CORP-2026-0010')` → `'case-link-CORP-2026-0010'`. */
export const caseLinkId = (reference: string) => `case-link-${reference}`;

/** The id of a plan's link in the list: `planLinkId('AP-2026-0001')` → `'plan-link-AP-2026-0001'`. */
export const planLinkId = (id: string) => `plan-link-${id}`;
