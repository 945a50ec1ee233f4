import type { GraphClient } from '../graph/client';
import { readAllPages } from '../graph/paging';
import { sitePath } from '../graph/sitePath';
import { StoreFailure } from '../graph/storeError';
import { allLists, archiveLibrary, type ListKey } from '../lists';

/** What every store operation needs: the client, the site, the list ids and a clock. */
export interface StoreContext {
  readonly client: GraphClient;
  /** `/sites/root` */
  readonly site: string;
  listPath(key: ListKey): Promise<string>;
  /** `/sites/root/lists/{id}/drive` of the archive library. */
  archiveDrivePath(): Promise<string>;
  /** The clock, for plan history timestamps (a parameter so tests can fix it). */
  now(): Date;
}

const displayNames: Record<ListKey, string> = Object.fromEntries(
  allLists.map((list) => [list.key, list.displayName]),
) as Record<ListKey, string>;

/**
 * List ids are looked up by display name once (one request) and kept; a missing list means
 * the site was never provisioned, which the user is told in so many words.
 */
export function createStoreContext(
  client: GraphClient,
  siteId: string,
  now: () => Date = () => new Date(),
): StoreContext {
  const site = sitePath(siteId);
  let ids: Promise<Map<string, string>> | undefined;
  const lookup = async (displayName: string): Promise<string> => {
    ids ??= readAllPages<{ id: string; displayName: string }>(
      client,
      `${site}/lists?$select=id,displayName`,
    ).then(
      ({ items }) => new Map(items.map((list) => [list.displayName.toLowerCase(), list.id])),
      (error: unknown) => {
        ids = undefined;
        throw error;
      },
    );
    const id = (await ids).get(displayName.toLowerCase());
    if (id === undefined) {
      ids = undefined;
      throw new StoreFailure({
        code: 'not_found',
        message: `The "${displayName}" list is not in the complaints site yet. An administrator needs to run "npx feedback-desk provision".`,
      });
    }
    return id;
  };
  return {
    client,
    site,
    listPath: async (key) => `${site}/lists/${await lookup(displayNames[key])}`,
    archiveDrivePath: async () => `${site}/lists/${await lookup(archiveLibrary.displayName)}/drive`,
    now,
  };
}
