import { asIsoDate, type IsoDate } from '../../domain/primitives/brand';
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
  /**
   * Forgets the list ids (those the browser kept may name lists since deleted); the next
   * `listPath` asks the site again. True when the ids came from the browser.
   */
  forgetListIds(): boolean;
  /**
   * SharePoint's list view threshold: the most items a filtered read may match (5,000 on
   * SharePoint Online, where it cannot be changed; the tests' emulators run lower).
   */
  readonly listThreshold?: number;
}

/** Today's date by the context's clock (UTC): where date-ranged reads start and end. */
export const todayOf = (ctx: StoreContext): IsoDate =>
  asIsoDate(ctx.now().toISOString().slice(0, 10));

/** Where list ids are kept between visits (the tab's browser cache), if anywhere. */
export interface KeptListIds {
  readListIds(): Promise<Readonly<Record<string, string>> | undefined>;
  writeListIds(ids: Readonly<Record<string, string>>): Promise<void>;
}

const displayNames: Record<ListKey, string> = Object.fromEntries(
  allLists.map((list) => [list.key, list.displayName]),
) as Record<ListKey, string>;

/**
 * List ids are looked up by display name once (one request) and kept, in the browser too when
 * `kept` is given (a re-open then makes no such request); a missing list means the site was
 * never provisioned, which the user is told in so many words.
 */
export function createStoreContext(
  client: GraphClient,
  siteId: string,
  now: () => Date = () => new Date(),
  kept?: KeptListIds,
): StoreContext {
  const site = sitePath(siteId);
  let ids: Promise<Map<string, string>> | undefined;
  let fromBrowser = false;
  let keptRead = false;
  const ask = () =>
    readAllPages<{ id: string; displayName: string }>(
      client,
      `${site}/lists?$select=id,displayName`,
    ).then(({ items }) => {
      const byName = new Map(items.map((list) => [list.displayName.toLowerCase(), list.id]));
      void kept?.writeListIds(Object.fromEntries(byName));
      fromBrowser = false;
      return byName;
    });
  const idsOnce = async (): Promise<Map<string, string>> => {
    // Only the first lookup of the page may use what the browser kept.
    if (kept && !keptRead) {
      keptRead = true;
      const known = await kept.readListIds();
      if (known) {
        fromBrowser = true;
        return new Map(Object.entries(known));
      }
    }
    return ask();
  };
  const lookup = async (displayName: string): Promise<string> => {
    ids ??= idsOnce().catch((error: unknown) => {
      ids = undefined;
      throw error;
    });
    const id = (await ids).get(displayName.toLowerCase());
    if (id === undefined && fromBrowser) {
      // Kept before this list was added to the site: ask the site.
      ids = undefined;
      return lookup(displayName);
    }
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
    forgetListIds: () => {
      const wasKept = fromBrowser;
      ids = undefined;
      fromBrowser = false;
      return wasKept;
    },
  };
}
