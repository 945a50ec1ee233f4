import {
  createContext,
  useCallback,
  useContext,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useSignedInUser } from '../TabContext';

/**
 * What a view keeps while the person looks at another view: drafts of long text (the
 * annual report's narrative, the Code self-assessment) and the choices around them. Each view
 * unmounts when another is chosen, so its own state would go with it.
 *
 * Held in this page's memory only, for as long as the tab is open: never in browser storage,
 * because the words may be about children and vulnerable adults (docs/architecture.md,
 * "Nothing personal in browser storage"). Closing or reloading the tab loses a draft that
 * was not saved, as the Annual report view says beside its Save button.
 */
export class ViewMemory {
  private readonly values = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** Changes a value, even after the view that asked has gone (a save that ends later). */
  update<T>(key: string, fallback: T, change: (before: T) => T): void {
    const before = this.values.has(key) ? (this.values.get(key) as T) : fallback;
    const next = change(before);
    if (Object.is(next, before) && this.values.has(key)) return;
    this.values.set(key, next);
    for (const listener of this.listeners) listener();
  }
}

const ViewMemoryContext = createContext<ViewMemory | undefined>(undefined);

/**
 * Gives the views below one memory for the life of this page, started afresh when someone
 * else signs in (the standalone page's picker), so nobody sees another person's draft.
 */
export function ViewMemoryProvider(props: { readonly children: ReactNode }) {
  const { upn } = useSignedInUser();
  const [held, setHeld] = useState(() => ({ upn, memory: new ViewMemory() }));
  if (held.upn !== upn) setHeld({ upn, memory: new ViewMemory() });
  return (
    <ViewMemoryContext.Provider value={held.memory}>{props.children}</ViewMemoryContext.Provider>
  );
}

/**
 * Like `useState`, but kept under `key` in the page's view memory, so the value is still
 * there when the view is shown again. `initial` is used until the first change. Without a
 * provider above (a component tested on its own) the value lives with the component.
 *   const [year, setYear] = useKeptState('annual-report.year', '2025-26');
 */
export function useKeptState<T>(
  key: string,
  initial: T | (() => T),
): readonly [T, (change: T | ((before: T) => T)) => void] {
  const shared = useContext(ViewMemoryContext);
  const [own] = useState(() => new ViewMemory());
  const memory = shared ?? own;
  const first = useRef<{ value: T } | undefined>(undefined);
  first.current ??= {
    value: typeof initial === 'function' ? (initial as () => T)() : initial,
  };
  const fallback = first.current.value;
  const value = useSyncExternalStore(memory.subscribe, () =>
    memory.has(key) ? (memory.get<T>(key) as T) : fallback,
  );
  const set = useCallback(
    (change: T | ((before: T) => T)) =>
      memory.update<T>(key, fallback, (before) =>
        typeof change === 'function' ? (change as (b: T) => T)(before) : change,
      ),
    [memory, key, fallback],
  );
  return [value, set] as const;
}
