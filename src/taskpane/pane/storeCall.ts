import type { StoreError, StoreResult } from '../../data/store';
import type { Result } from '../../domain/shared/result';

/**
 * Runs a store operation so that nothing escapes as an exception: a thrown error (a bug, or
 * a network failure the store did not map) becomes a plain `network` StoreError.
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

/** The words to show for a failure, with what to do next. */
export function explainStoreError(error: StoreError, action: string): string {
  switch (error.code) {
    case 'conflict':
      return `A colleague changed this case while you were working on it, so ${action} was not saved. Reload the case, check it, and try again.`;
    case 'throttled':
    case 'unavailable':
    case 'network':
      return `${capitalise(action)} did not reach SharePoint: ${error.message} Everything you typed is kept; try again.`;
    default:
      return `${capitalise(action)} failed: ${error.message}`;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
