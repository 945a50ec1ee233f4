import type { StoreError } from '../../data/store';
import type { TabData } from './tabData';

/**
 * After a failed load the tab tries again by itself: at once when the browser says the
 * connection is back (the `online` event), and otherwise after a growing wait (5 s, 10 s,
 * 20 s, … never more than 5 minutes apart), so a store that is down for a while is not hammered
 * and a short blip mends before anyone notices. A failure that waiting cannot mend (signed out,
 * no permission, data refused) is left for the person to act on.
 */

/** `retryDelay(1)` → 5,000 ms; `retryDelay(3)` → 20,000 ms; `retryDelay(20)` → 300,000 ms. */
export function retryDelay(attempt: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 300_000);
}

/** True when trying the same load again later may work. */
export function isWorthRetrying(error: StoreError): boolean {
  return error.code === 'network' || error.code === 'unavailable' || error.code === 'throttled';
}

/** What the retrier needs from the browser (a fake one in tests). */
export interface RetryEnvironment {
  setTimer(run: () => void, ms: number): () => void;
  onOnline(listener: () => void): () => void;
  isOnline(): boolean;
}

export const browserRetryEnvironment: RetryEnvironment = {
  setTimer(run, ms) {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
  onOnline(listener) {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
  isOnline: () => navigator.onLine !== false,
};

/** Starts retrying failed loads of `data`; returns the function that stops it. */
export function startAutoRetry(
  data: TabData,
  environment: RetryEnvironment = browserRetryEnvironment,
): () => void {
  let attempt = 0;
  let cancelTimer: (() => void) | undefined;
  const stopTimer = () => {
    cancelTimer?.();
    cancelTimer = undefined;
  };
  const retry = () => {
    stopTimer();
    void data.refresh();
  };
  const onChange = () => {
    const { loading, error } = data.getState();
    if (loading) return;
    if (!error) {
      attempt = 0;
      stopTimer();
      return;
    }
    if (!isWorthRetrying(error) || cancelTimer || !environment.isOnline()) return;
    attempt += 1;
    cancelTimer = environment.setTimer(retry, retryDelay(attempt));
  };
  const unsubscribe = data.subscribe(onChange);
  const stopListening = environment.onOnline(() => {
    const { loading, error } = data.getState();
    if (!loading && error && isWorthRetrying(error)) retry();
  });
  return () => {
    unsubscribe();
    stopListening();
    stopTimer();
  };
}
