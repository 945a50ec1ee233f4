import { useCallback, useState } from 'react';
import type { StoreError, StoreResult } from '../../data/store';
import { useTabEnvironment } from '../TabContext';

export interface StoreWrite {
  /** Runs one write; returns the saved value, or undefined after recording the error. */
  run<T>(write: () => StoreResult<T>): Promise<T | undefined>;
  readonly busy: boolean;
  readonly error: StoreError | undefined;
  clearError(): void;
  /** Reloads the shared data (after a 412 conflict) and clears the error. */
  reload(): Promise<void>;
}

/**
 * One write to the store from a form, with its busy flag and its error kept for the form to
 * show. A 412 (`conflict`) is kept like any other error; the form offers to reload.
 */
export function useStoreWrite(): StoreWrite {
  const { data } = useTabEnvironment();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError | undefined>(undefined);

  const run = useCallback(async <T>(write: () => StoreResult<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await write();
      if (result.ok) return result.value;
      setError(result.error);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const reload = useCallback(async () => {
    await data.refresh();
    setError(undefined);
  }, [data]);

  return { run, busy, error, clearError: () => setError(undefined), reload };
}
