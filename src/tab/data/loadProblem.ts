import type { StoreError } from '../../data/store';

/**
 * Why a load failed, in a sentence that claims nothing about saving: a load writes nothing,
 * so the store's wording for failed saves ("your changes are kept here") does not fit it.
 * `loadProblem({ code: 'network', … })` → `'The lists could not be reloaded: no connection to SharePoint.'`
 */
export function loadProblem(error: StoreError): string {
  const why: Record<StoreError['code'], string> = {
    network: 'no connection to SharePoint.',
    unavailable: 'SharePoint is busy or unavailable.',
    throttled: 'SharePoint is busy.',
    unauthorized: 'your sign-in has expired. Sign in again, then retry.',
    forbidden: 'you do not have permission to read the complaints lists. Ask the site owner.',
    not_found: 'a complaints list is missing from the site. Ask the site owner.',
    invalid: 'SharePoint refused the request. If it keeps happening, ask the site owner.',
    conflict: 'SharePoint reported a conflict. Retry in a moment.',
  };
  return `The lists could not be reloaded: ${why[error.code]}`;
}
