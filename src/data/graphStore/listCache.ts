import { asListItemId } from '../../domain/shared/brand';
import { GraphRequestError } from '../graph/errors';
import type { Page } from '../graph/paging';
import { fieldsReadBy, type ListDefinition } from '../lists/listDefinition';
import type { Stored } from '../store';
import type { StoreContext } from './context';
import { etagOf, type GraphItem } from './items';

/** Items a delta page asks for at once (Graph pages list items; 5,000 is SharePoint's largest page). */
const DELTA_PAGE = 5000;

/**
 * One list's items, kept in memory only (personal data never goes to localStorage or
 * IndexedDB) and brought up to date with `/items/delta`: the first load enumerates the
 * list page by page (no filter, so the 5,000-item threshold does not apply); each refresh
 * replays the changes since the last deltaLink — one request when nothing changed.
 *
 * `values()` keeps its array while nothing changes, so a caller that memoises by identity
 * (the tab's derived figures) recomputes nothing after an unchanged refresh.
 */
export class ListCache<T> {
  private readonly items = new Map<string, Stored<T>>();
  private readonly unreadable = new Map<string, string>();
  private deltaLink: string | undefined;
  private inFlight: Promise<void> | undefined;
  private snapshot: Stored<T>[] | undefined;
  /** Requests the last refresh made (for the bench and the tests). */
  lastRequests = 0;

  constructor(readonly definition: ListDefinition<T>) {}

  /** True once the list has been read in full (later refreshes replay changes only). */
  get loaded(): boolean {
    return this.deltaLink !== undefined;
  }

  /** Brings the items up to date; calls made while a refresh runs share it. */
  refresh(ctx: StoreContext): Promise<void> {
    this.inFlight ??= this.run(ctx).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async run(ctx: StoreContext): Promise<void> {
    this.lastRequests = 0;
    try {
      await this.follow(ctx, this.deltaLink ?? (await this.firstPath(ctx)));
    } catch (error) {
      // 410: the token expired. Start again from a full enumeration (Graph's advice).
      if (!(error instanceof GraphRequestError) || error.status !== 410) throw error;
      this.items.clear();
      this.unreadable.clear();
      this.snapshot = undefined;
      this.deltaLink = undefined;
      await this.follow(ctx, await this.firstPath(ctx));
    }
  }

  /**
   * The full enumeration: only what the record needs (the item's id and deleted facet; the
   * ETag comes as the `@odata.etag` annotation; the columns of `fieldsReadBy`), in the largest
   * pages Graph gives. The links Graph hands back keep the same options.
   */
  private async firstPath(ctx: StoreContext): Promise<string> {
    const fields = fieldsReadBy(this.definition).join(',');
    return `${await ctx.listPath(this.definition.key)}/items/delta?$select=id,deleted&$expand=fields($select=${fields})&$top=${DELTA_PAGE}`;
  }

  /**
   * Follows the pages to the deltaLink. The next page is asked for before this one is read,
   * so SharePoint prepares it while the records are checked here (a 20,000-item list is four
   * pages: the client's work hides behind the server's instead of adding to it).
   */
  private async follow(ctx: StoreContext, first: string): Promise<void> {
    let pending: Promise<Page<GraphItem>> | undefined = ctx.client.get<Page<GraphItem>>(first);
    while (pending) {
      const page: Page<GraphItem> = await pending;
      this.lastRequests += 1;
      const next = page['@odata.nextLink'];
      pending = next === undefined ? undefined : ctx.client.get<Page<GraphItem>>(next);
      try {
        const items = page.value ?? [];
        if (items.length > 0) this.snapshot = undefined;
        for (const item of items) this.apply(item);
      } catch (error) {
        pending?.catch(() => {}); // the bug above is the one to report
        throw error;
      }
      if (page['@odata.deltaLink']) this.deltaLink = page['@odata.deltaLink'];
    }
  }

  private apply(item: GraphItem): void {
    if (item.deleted) {
      this.items.delete(item.id);
      this.unreadable.delete(item.id);
      return;
    }
    const loaded = this.definition.fromFields(item.fields ?? {});
    if (loaded.ok) {
      this.items.set(item.id, {
        itemId: asListItemId(item.id),
        etag: etagOf(item),
        value: loaded.value,
      });
      this.unreadable.delete(item.id);
    } else {
      this.items.delete(item.id);
      this.unreadable.set(
        item.id,
        `${this.definition.displayName} item ${item.id}: ${loaded.error.message}`,
      );
    }
  }

  /** The readable items; the same array until an item changes. */
  values(): readonly Stored<T>[] {
    this.snapshot ??= [...this.items.values()];
    return this.snapshot;
  }

  problems(): string[] {
    return [...this.unreadable.values()];
  }
}
