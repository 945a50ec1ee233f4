import { lazy, useState, type ComponentType } from 'react';

export interface Preloadable<P> {
  (props: P): React.JSX.Element;
  /** Starts fetching the component's code; the same promise on every call. */
  preload(): Promise<unknown>;
}

/**
 * A component in its own chunk that renders at once when its code has already arrived.
 * `React.lazy` suspends on its first render even then, and React holds a revealed Suspense
 * boundary back for up to 300 ms to avoid flicker: a view whose code was fetched while the data
 * loaded would still appear a frame or more late. Until the code arrives it behaves as `lazy`
 * (the nearest Suspense boundary shows its fallback).
 *   const Chart = preloadable(() => import('./Chart')); Chart.preload(); … <Chart {...props} />
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        pending = undefined; // a failed fetch (offline) may succeed when asked again
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  const Component = (props: P) => {
    // Chosen once per mount. A render sliced by React can start here before the code
    // arrives and reach `Lazy` after it has (so `Lazy` shows the view without suspending);
    // choosing again on a later render would swap `Lazy` for the loaded component, a new
    // element type, and React would remount the view and lose what was typed in it. CI met
    // this as a Settings letter lost when a refresh re-rendered the tab.
    const [Loaded] = useState(() => loaded ?? Lazy);
    return <Loaded {...props} />;
  };
  return Object.assign(Component, { preload });
}
