import type { FeedbackStore, StoreError } from '../../data/store';
import { err } from '../../domain/primitives/result';

/** The Graph store in a chunk of its own, and the store the tab uses meanwhile. */
export interface LazyStore {
  /**
   * Stands in for the real store from the start: a call waits until `load` has been asked for
   * and the real store is made, then is the real store's. Every store method answers with a
   * `Result`, so one that cannot be loaded answers with an error the tab already shows.
   */
  readonly store: FeedbackStore;
  /** Loads and makes the real store; once, however often called, and again after a failure. */
  load(): Promise<void>;
}

/** What a call answers when the store's code could not be fetched: worth trying again. */
const notLoaded: StoreError = {
  code: 'network',
  message: 'The tab could not fetch its code for reading SharePoint. Check the connection.',
};

/**
 * Why a stand-in, not the store passed around once loaded: the tab's data, the views and the
 * first load are made before the first render, which on a re-open comes before the store's
 * code is evaluated (src/tab/index.tsx). `make` is `import()` of that code and its set-up.
 */
export function lazyStore(make: () => Promise<FeedbackStore>): LazyStore {
  let asked: () => void = () => undefined;
  const loadAsked = new Promise<void>((resolve) => (asked = resolve));
  let made: Promise<FeedbackStore> | undefined;
  const real = () => {
    asked();
    made ??= make().catch((error: unknown) => {
      made = undefined; // a fetch that failed (offline) may succeed when asked again
      throw error;
    });
    return made;
  };
  const call = async (method: keyof FeedbackStore, args: unknown[]) => {
    await loadAsked;
    let store: FeedbackStore;
    try {
      store = await real();
    } catch {
      return err(notLoaded);
    }
    return (store[method] as (...args: unknown[]) => Promise<unknown>)(...args);
  };
  const store = new Proxy({} as FeedbackStore, {
    get: (_, method) =>
      // Not a thenable: the stand-in can be returned from an async function as it is.
      typeof method === 'symbol' || method === 'then'
        ? undefined
        : (...args: unknown[]) => call(method as keyof FeedbackStore, args),
  });
  return {
    store,
    load: () =>
      real().then(
        () => undefined,
        () => undefined, // each call says so
      ),
  };
}
