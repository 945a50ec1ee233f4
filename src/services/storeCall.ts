import type { StoreError, StoreResult } from '../data/store';
import type { Result } from '../domain/primitives/result';

/**
 * Runs a store operation so that nothing escapes as an exception: a thrown error (a bug, or
 * a network failure the store did not map) becomes a plain `network` StoreError. Every write
 * from either app goes through here, so a failure always reaches `explainWriteError`.
 */
export async function storeCall<T>(run: () => StoreResult<T>): Promise<Result<T, StoreError>> {
  try {
    return await run();
  } catch {
    return {
      ok: false,
      error: {
        code: 'network',
        message: 'Feedback Desk could not reach SharePoint. Check the connection and try again.',
      },
    };
  }
}
