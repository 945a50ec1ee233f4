import { CONFIG_REQUEST, configUrl } from './configRequest';

/**
 * Asks for `config.json` the moment this module is evaluated. A page imports it first, and
 * ES modules are evaluated in the order they are imported, so the request is on its way
 * while the rest of the page's code is evaluated (≈0.2–0.3 s on a modest laptop) instead of
 * after it. Nothing here may import more than `configRequest.ts`, or that code would be
 * evaluated before the request goes.
 */
const pageUrl = globalThis.location.href;
const early = globalThis.fetch(configUrl(pageUrl).toString(), CONFIG_REQUEST);
// A failure is reported by `loadConfig` when it takes the answer, not as an unhandled rejection.
early.catch(() => undefined);
let taken = false;

/**
 * `fetch` for `loadConfig`: the first request for this page's `config.json` takes the answer
 * already on its way; any other request (a retry) is sent afresh.
 */
export const fetchWithEarlyConfig: typeof fetch = (input, init) => {
  if (!taken && String(input) === configUrl(pageUrl).toString()) {
    taken = true;
    return early;
  }
  return globalThis.fetch(input, init);
};
