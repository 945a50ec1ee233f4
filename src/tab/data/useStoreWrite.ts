import { useCallback, useState } from 'react';
import type { StoreError, StoreResult } from '../../data/store';
import { storeCall } from '../../services/storeCall';
import {
  explainWriteError,
  type WriteAttempt,
  type WriteFailure,
} from '../../services/writeErrors';
import { useTabEnvironment } from '../TabContext';

export interface StoreWrite {
  /** Runs one write; returns the saved value, or undefined after recording the error. */
  run<T>(write: () => StoreResult<T>): Promise<T | undefined>;
  readonly busy: boolean;
  readonly error: StoreError | undefined;
  /** The error in the words both apps use (`explainWriteError`), for `WriteError`. */
  readonly failure: WriteFailure | undefined;
  clearError(): void;
  /** Reloads the shared data (after a 412 conflict) and clears the error. */
  reload(): Promise<void>;
}

/**
 * One write to the store from a form, with its busy flag and its error kept for the form to
 * show. `attempt` names the change for the message ("completing the action", "action").
 * A thrown error is a lost connection (`storeCall`); a 412 (`conflict`) offers to reload.
 */
export function useStoreWrite(attempt: WriteAttempt): StoreWrite {
  const { data } = useTabEnvironment();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError | undefined>(undefined);

  const run = useCallback(async <T>(write: () => StoreResult<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await storeCall(write);
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

  const failure = error ? explainWriteError(error, attempt) : undefined;
  return { run, busy, error, failure, clearError: () => setError(undefined), reload };
}
