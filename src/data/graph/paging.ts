import type { GraphClient } from './client';

export interface Page<T> {
  readonly value?: T[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

/**
 * Follows `@odata.nextLink` to the end and returns every item, plus the `@odata.deltaLink`
 * when the collection was a delta query. Graph pages SharePoint items (200 by default), so a
 * list past the 5,000-item view threshold is read page by page, never in one go.
 */
export async function readAllPages<T>(
  client: GraphClient,
  firstPath: string,
  options: { headers?: Readonly<Record<string, string>> } = {},
): Promise<{ items: T[]; deltaLink?: string; requests: number }> {
  const items: T[] = [];
  let path: string | undefined = firstPath;
  let requests = 0;
  let deltaLink: string | undefined;
  while (path) {
    const page: Page<T> = await client.get<Page<T>>(path, options);
    requests += 1;
    if (page.value) items.push(...page.value);
    deltaLink = page['@odata.deltaLink'] ?? deltaLink;
    path = page['@odata.nextLink'];
  }
  return deltaLink === undefined ? { items, requests } : { items, deltaLink, requests };
}

/** `odataString("O'Brien")` → `'O''Brien'` — a string literal for `$filter`. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `filterQuery("fields/Reference eq 'CSC-2025-0001'")` → `$filter=fields%2FReference%20eq%20'CSC-2025-0001'` */
export function filterQuery(filter: string): string {
  return `$filter=${encodeURIComponent(filter).replace(/%27/g, "'")}`;
}
