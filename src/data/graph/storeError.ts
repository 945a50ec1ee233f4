import type { StoreError } from '../store';
import { GraphRequestError } from './errors';

/**
 * The one place a Graph failure becomes something a person can act on. Messages are plain
 * English, say what happens to their work and what to do next, and carry no personal data.
 *
 * `toStoreError(new GraphRequestError(412, 'preconditionFailed', '…'))` →
 * `{ code: 'conflict', message: 'Someone else changed this in SharePoint while you were working on it. …' }`
 */
export function toStoreError(error: GraphRequestError): StoreError {
  const { status } = error;
  if (status === 0) {
    return {
      code: 'network',
      message:
        error.code === 'timeout'
          ? 'SharePoint did not answer in time. Your changes are kept here: try again in a moment.'
          : 'No connection to SharePoint. Your changes are kept here: check the network and try again.',
    };
  }
  if (status === 412) return conflictError();
  if (status === 429) {
    return {
      code: 'throttled',
      message: 'SharePoint is busy. Your changes are kept here: try again in a minute.',
    };
  }
  if (status === 503 || status === 504 || status === 502) {
    return {
      code: 'unavailable',
      message:
        'SharePoint is busy or unavailable. Your changes are kept here: try again in a minute.',
    };
  }
  if (status === 401) {
    return {
      code: 'unauthorized',
      message: 'Your sign-in has expired. Sign in again, then retry.',
    };
  }
  if (status === 403) {
    return {
      code: 'forbidden',
      message:
        'You do not have permission to do this in the complaints site. Ask the site owner for access.',
    };
  }
  if (status === 404 || status === 410) {
    return {
      code: 'not_found',
      message: 'This item is no longer in SharePoint. It may have been deleted: reload the list.',
    };
  }
  if (status === 409) {
    return {
      code: 'conflict',
      message:
        'This already exists in SharePoint (someone may have saved it first). Reload and check.',
    };
  }
  if (status >= 400 && status < 500) {
    return {
      code: 'invalid',
      message: `SharePoint refused the data (${error.code}). Check the values and try again; if it keeps happening, the lists may need provisioning again.`,
    };
  }
  return {
    code: 'unavailable',
    message: 'SharePoint had a problem. Your changes are kept here: try again in a minute.',
  };
}

/**
 * A colleague's change got there first (an ETag that no longer matches): the store's one
 * wording, for every kind of record (a case, an action, a plan, the settings…). The apps say
 * which record it was (src/services/writeErrors.ts).
 */
export function conflictError(): StoreError {
  return {
    code: 'conflict',
    message:
      'Someone else changed this in SharePoint while you were working on it. Reload to see their changes, then make yours again.',
  };
}

/** Runs a Graph operation and turns a GraphRequestError into a StoreError result. */
export async function asStoreResult<T>(
  operation: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: StoreError }> {
  try {
    return { ok: true, value: await operation() };
  } catch (thrown) {
    if (thrown instanceof GraphRequestError) return { ok: false, error: toStoreError(thrown) };
    if (thrown instanceof StoreFailure) return { ok: false, error: thrown.error };
    throw thrown;
  }
}

/** Thrown inside a store operation to end it with a StoreError (caught by asStoreResult). */
export class StoreFailure extends Error {
  override readonly name = 'StoreFailure';
  constructor(readonly error: StoreError) {
    super(error.message);
  }
}
