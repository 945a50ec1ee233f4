/**
 * The redirect bridge page (`auth-redirect.html`) has three jobs, chosen from its URL:
 * - `broadcast`: an identity-platform response (`#code=…&state=…`) for a popup or silent
 *   iframe that MSAL v5 opened: hand it to the main window (MSAL's
 *   `broadcastResponseToMainFrame`) and close;
 * - `dialog-start` (`?dialog=start`): opened by the Office dialog fallback: start a full-page
 *   sign-in redirect inside the dialog;
 * - `dialog-return` (`?dialog=return`): back from that redirect: finish it and send the token
 *   to the add-in with `Office.context.ui.messageParent`;
 * - `idle`: opened by hand: say what the page is for.
 *
 * `bridgeActionFor(new URL('https://h/auth-redirect.html#code=x&state=y'))` → `'broadcast'`
 */
export type BridgeAction = 'broadcast' | 'dialog-start' | 'dialog-return' | 'idle';

export function bridgeActionFor(url: URL): BridgeAction {
  const dialog = url.searchParams.get('dialog');
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const hasResponse = (params: URLSearchParams) =>
    params.has('state') && (params.has('code') || params.has('error'));
  if (hasResponse(hash) || hasResponse(url.searchParams)) return 'broadcast';
  if (dialog === 'start') return 'dialog-start';
  if (dialog === 'return') return 'dialog-return';
  return 'idle';
}

/** `bridgeUrls('https://h/app/taskpane.html?x')` → `{ bridge: 'https://h/app/auth-redirect.html', … }` */
export function bridgeUrls(pageUrl: string): {
  bridge: string;
  dialogStart: string;
  dialogReturn: string;
  origin: string;
} {
  const bridge = new URL('auth-redirect.html', pageUrl);
  return {
    bridge: bridge.href,
    dialogStart: `${bridge.href}?dialog=start`,
    dialogReturn: `${bridge.href}?dialog=return`,
    origin: bridge.origin,
  };
}
