/**
 * How `config.json` is asked for, in one place: by `loadConfig` and by `earlyConfig.ts`,
 * which must ask in the same way for its answer to stand in for `loadConfig`'s.
 */

/** `config.json` beside the page: on `https://host/app/tab.html`, `https://host/app/config.json`. */
export const configUrl = (pageUrl: string): URL => new URL('config.json', pageUrl);

/** Never from the HTTP cache: a changed configuration applies at the next open. */
export const CONFIG_REQUEST: RequestInit = { cache: 'no-store', credentials: 'same-origin' };
