/**
 * Branded identifiers (docs/architecture.md, Conventions): a date string and a case reference are both
 * strings, but cannot be swapped by mistake.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A calendar date, `YYYY-MM-DD`, with no time zone. */
export type IsoDate = Brand<string, 'IsoDate'>;
/** A case reference such as `CSC-2025-0042`. */
export type CaseReference = Brand<string, 'CaseReference'>;
/** A SharePoint list item id. */
export type ListItemId = Brand<string, 'ListItemId'>;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `isIsoDate('2025-12-19')` → true; `isIsoDate('2025-02-30')` → false. */
export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Trusts the caller: use only where the value was just validated or built. */
export const asIsoDate = (value: string): IsoDate => value as IsoDate;
export const asCaseReference = (value: string): CaseReference => value as CaseReference;
export const asListItemId = (value: string): ListItemId => value as ListItemId;
