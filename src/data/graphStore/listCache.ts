import { asListItemId, type IsoDate } from '../../domain/primitives/brand';
import { GraphRequestError } from '../graph/errors';
import { filterQuery, type Page } from '../graph/paging';
import { fieldsReadBy, type ListDefinition } from '../lists/listDefinition';
import { filterText, narrowerReads, type ReadFilter } from '../lists/recentFilters';
import { siteMidnight } from '../lists/siteDates';
import type { RecordError } from '../../domain/records';
import type { Stored, UnreadableItem } from '../store';
import { todayOf, type StoreContext } from './context';
import { etagOf, stampsOf, type GraphItem } from './items';

/** Items a delta page asks for at once (Graph pages list items; 5,000 is SharePoint's largest page). */
const DELTA_PAGE = 5000;

/** SharePoint Online's list view threshold. */
const LIST_VIEW_THRESHOLD = 5000;

/**
 * The share of the list view threshold a date range known here may match and still be sent
 * whole: items added since they were counted are what the rest is for.
 */
const FITS = 0.9;

/**
 * One list's items, kept in memory only (personal data never goes to localStorage or
 * IndexedDB) and brought up to date with `/items/delta`: the first load enumerates the
 * list page by page (no filter, so the 5,000-item threshold does not apply); each refresh
 * replays the changes since the last deltaLink — one request when nothing changed. A first
 * load may read only a recent window through indexed filters (`refresh(ctx, recent)`); the
 * full read follows and replaces it.
 *
 * `values()` keeps its array while nothing changes, so a caller that memoises by identity
 * (the tab's derived figures) recomputes nothing after an unchanged refresh.
 */
/** A list's items as read, by item id, and the items that could not be read, with why. */
interface ItemSet<T> {
  readonly items: Map<string, Stored<T>>;
  /** Kept as the same object while the item stays unreadable, so snapshots compare by identity. */
  readonly unreadable: Map<string, UnreadableItem>;
}

/**
 * A first view's load: the window of records it needs, from `from` (`SnapshotOptions.recentFrom`),
 * read by the list's `recentFilters` if it has them. A later one from an earlier day widens the
 * window (`widerFilters`); the full read that follows reads only the older history
 * (`historyFilters`), by filter, side by side.
 */
export interface FirstRead {
  readonly from: IsoDate;
  readonly today: IsoDate;
}

export class ListCache<T> {
  private read: ItemSet<T> = { items: new Map(), unreadable: new Map() };
  private deltaLink: string | undefined;
  /** The first day of the window a recent read covers (every record its figures read since). */
  private recentFrom: IsoDate | undefined;
  /**
   * The filters read so far (the window) and those of the history before it: together every
   * item, once a first read named them.
   */
  private ranges: { recent: readonly ReadFilter[]; history: readonly ReadFilter[] } | undefined;
  /** A delta link taken before a recent read: the history read later replays changes from it. */
  private latestLink: string | undefined;
  /** Restored from the browser's cache: the allowed fields only (src/data/browserCache). */
  private restored = false;
  /** The read running: a full one, or a window's from its first day (`from`). */
  private inFlight:
    | { readonly promise: Promise<void>; readonly full: boolean; readonly from?: IsoDate }
    | undefined;
  /**
   * The first page of a delta request sent with the browser's kept link before the kept items
   * were read back (`sendDeltaAhead`): the replay that follows the restore takes it instead
   * of asking again, if the restored items carry that same link.
   */
  private ahead: { readonly link: string; readonly page: Promise<Page<GraphItem>> } | undefined;
  private snapshot: Stored<T>[] | undefined;
  /**
   * How many items the list holds at least, as another list shows (correspondence: one or
   * more a case): with `wholeListFilters`, a list expected past the threshold is read by them.
   */
  atLeast = 0;
  /** Requests the last refresh made (for the bench and the tests). */
  lastRequests = 0;

  constructor(readonly definition: ListDefinition<T>) {}

  /** True once the list has been read in full (later refreshes replay changes only). */
  get loaded(): boolean {
    return this.deltaLink !== undefined && !this.restored;
  }

  /** True while the items are those the browser kept (figures' fields only), brought up to date. */
  get figuresOnly(): boolean {
    return this.restored;
  }

  /** True while the items are only those a recent read matched (the full read still to come). */
  get recentOnly(): boolean {
    return this.recentFrom !== undefined && !this.loaded;
  }

  /** While `recentOnly`: the first day from which every record the figures read is here. */
  get windowFrom(): IsoDate | undefined {
    return this.recentOnly ? this.recentFrom : undefined;
  }

  /**
   * Brings the items up to date. On a first view's load (`first`), a list restored from the
   * browser replays the changes since its kept link; a list with `recentFilters` not read in
   * full reads only the window `first` names, or widens the window it read back to `first.from`;
   * any other list reads in full or replays the changes. Calls made while a read runs share it,
   * unless they ask for more (a full read, or a wider window): that runs after it.
   */
  refresh(ctx: StoreContext, first?: FirstRead): Promise<void> {
    const full = this.loaded || first === undefined;
    const from = !full && !this.restored && this.definition.recentFilters ? first.from : undefined;
    // Only a replay of the restored items can use a delta page asked for ahead of them.
    if (!this.restored || first === undefined) this.ahead = undefined;
    const running = this.inFlight;
    const covered =
      running &&
      (running.full ||
        (!full && (from === undefined || (running.from !== undefined && running.from <= from))));
    if (running && covered) return running.promise;
    const promise = (running?.promise ?? Promise.resolve())
      .catch(() => {}) // the read before reports its own failure
      .then(() => this.readAsked(ctx, first))
      .finally(() => {
        if (this.inFlight?.promise === promise) this.inFlight = undefined;
      });
    this.inFlight = { promise, full, ...(from ? { from } : {}) };
    return promise;
  }

  /** The read `refresh` was asked for, chosen as it starts (after any read before it). */
  private readAsked(ctx: StoreContext, first: FirstRead | undefined): Promise<void> {
    const { recentFilters, widerFilters, historyFilters } = this.definition;
    if (this.loaded || first === undefined) return this.run(ctx);
    if (this.restored) return this.replay(ctx, first);
    if (!recentFilters || !historyFilters) return this.run(ctx);
    const covered = this.recentFrom;
    if (covered !== undefined && first.from < covered && widerFilters)
      return this.widen(
        ctx,
        widerFilters(first.from, covered),
        historyFilters(first.from),
        first.from,
      );
    if (covered !== undefined && first.from >= covered) return Promise.resolve();
    return this.readRecent(ctx, first);
  }

  private async run(ctx: StoreContext): Promise<void> {
    this.lastRequests = 0;
    if (this.recentOnly && this.latestLink !== undefined && this.ranges)
      return this.readHistory(ctx, this.latestLink, this.ranges.history);
    if (this.deltaLink === undefined || this.restored) return this.readAll(ctx);
    try {
      this.deltaLink = (await this.follow(ctx, this.deltaLink, this.read)) ?? this.deltaLink;
    } catch (error) {
      // 410: the token expired. Start again from a full enumeration (Graph's advice).
      if (!(error instanceof GraphRequestError) || error.status !== 410) throw error;
      await this.readAll(ctx);
    }
  }

  /**
   * The full enumeration, into a fresh set swapped in once it is complete: until then the list
   * shows what it had (a recent read, restored items, or the items before an expired token),
   * never a part. A list whose filters cover it (`ranges`, or `wholeListFilters` when it is
   * expected past the threshold) is read by them side by side, the largest first, after
   * taking a delta link for what changes meanwhile; any other list by delta, one page after
   * another.
   */
  private async readAll(ctx: StoreContext): Promise<void> {
    const fresh: ItemSet<T> = { items: new Map(), unreadable: new Map() };
    let deltaLink: string | undefined;
    const { wholeListFilters } = this.definition;
    const threshold = ctx.listThreshold ?? LIST_VIEW_THRESHOLD;
    // Filters only when more than a page is expected: a small list is one delta request.
    if (
      !this.ranges &&
      wholeListFilters &&
      Math.max(this.read.items.size, this.atLeast) > threshold
    )
      this.ranges = { recent: [], history: wholeListFilters(todayOf(ctx)) };
    if (this.ranges) {
      deltaLink = await this.latest(ctx);
      await this.readFiltered(ctx, [...this.ranges.history, ...this.ranges.recent], fresh);
    } else {
      deltaLink = await this.follow(ctx, await this.firstPath(ctx), fresh);
    }
    this.read = fresh;
    this.snapshot = undefined;
    this.deltaLink = deltaLink;
    this.latestLink = undefined;
    this.recentFrom = undefined;
    this.restored = false;
    if (this.ranges && deltaLink !== undefined) await this.catchUp(ctx);
  }

  /**
   * Completes a recent read with the older history, read by its filters side by side (the
   * recent items stay on show meanwhile), then replays what changed since `link`, the delta
   * link taken before the recent read: no item is read twice but where the filters overlap.
   */
  private async readHistory(
    ctx: StoreContext,
    link: string,
    history: readonly ReadFilter[],
  ): Promise<void> {
    const older: ItemSet<T> = { items: new Map(), unreadable: new Map() };
    await this.readFiltered(ctx, history, older);
    for (const [id, item] of older.items)
      if (!this.read.items.has(id) && !this.read.unreadable.has(id)) this.read.items.set(id, item);
    for (const [id, item] of older.unreadable)
      if (!this.read.items.has(id) && !this.read.unreadable.has(id))
        this.read.unreadable.set(id, item);
    this.snapshot = undefined;
    this.deltaLink = link;
    this.latestLink = undefined;
    this.recentFrom = undefined;
    await this.catchUp(ctx);
  }

  /** Replays the changes since the delta link (made while the filtered reads ran). */
  private async catchUp(ctx: StoreContext): Promise<void> {
    try {
      this.deltaLink = (await this.follow(ctx, this.deltaLink!, this.read)) ?? this.deltaLink;
    } catch (error) {
      // 410: the link expired while the history was read. Read everything again.
      if (!(error instanceof GraphRequestError) || error.status !== 410) throw error;
      await this.readAll(ctx);
    }
  }

  /** A delta link for the changes from now on (`token=latest`: one request, no items). */
  private async latest(ctx: StoreContext): Promise<string> {
    const page = await ctx.client.get<Page<GraphItem>>(`${await this.firstPath(ctx)}&token=latest`);
    this.lastRequests += 1;
    const link = page['@odata.deltaLink'];
    if (link === undefined)
      throw new Error(`Graph gave no delta link for ${this.definition.displayName}`);
    return link;
  }

  /**
   * Reads the items each filter matches into `into`, every filter at once (the client's
   * requests queue at SharePoint, so the order given is the order served: largest first).
   * A date range SharePoint refuses as over its 5,000 threshold is cut in two and each half
   * asked again; overlapping filters are harmless (items are kept by id).
   */
  private async readFiltered(
    ctx: StoreContext,
    asked: readonly ReadFilter[],
    into: ItemSet<T>,
  ): Promise<void> {
    const filters = this.cutToFit(asked, FITS * (ctx.listThreshold ?? LIST_VIEW_THRESHOLD));
    const list = await ctx.listPath(this.definition.key);
    const options = `$select=${this.itemProperties('id')}&$expand=fields($select=${fieldsReadBy(this.definition).join(',')})&$top=${DELTA_PAGE}`;
    const read = async (filter: ReadFilter): Promise<void> => {
      try {
        await this.follow(ctx, `${list}/items?${options}&${filterQuery(filterText(filter))}`, into);
      } catch (error) {
        const parts =
          error instanceof GraphRequestError &&
          error.isThresholdRefusal &&
          typeof filter !== 'string'
            ? narrowerReads(filter)
            : undefined;
        if (!parts) throw error;
        await Promise.all(parts.map(read));
      }
    };
    await Promise.all(filters.map(read));
  }

  /**
   * The filters, each date range cut beforehand (as `narrowerReads` cuts a refused one) where
   * the items already here (a re-open's kept items) show it matching more than one read may.
   * SharePoint refuses such a read only once it is served, and its halves then queue again
   * behind every read sent meanwhile: under the latency model at 20,000 cases, the refused
   * years of a re-open's full read finished last, seconds after the rest. Counts the first
   * column only, as SharePoint holds that one to the threshold; anything added since is
   * what the margin is for, and a read still refused is cut as before.
   */
  private cutToFit(filters: readonly ReadFilter[], fits: number): readonly ReadFilter[] {
    const known = [...this.read.items.values()];
    if (known.length <= fits) return filters;
    const stored = new Map<string, unknown[]>();
    const valuesIn = (column: string): unknown[] => {
      let values = stored.get(column);
      if (!values) {
        const { definition } = this;
        values = definition.storedValue
          ? known.map((item) => definition.storedValue!(column, item.value))
          : [];
        stored.set(column, values);
      }
      return values;
    };
    const cut = (filter: ReadFilter): readonly ReadFilter[] => {
      if (typeof filter === 'string' || filter.first !== undefined) return [filter];
      const from = filter.from && siteMidnight(filter.from);
      const to = filter.to && siteMidnight(filter.to);
      let matching = 0;
      for (const value of valuesIn(filter.column))
        if (
          typeof value === 'string' &&
          (from === undefined || value >= from) &&
          (to === undefined || value < to)
        )
          matching += 1;
      const parts = matching > fits ? narrowerReads(filter) : undefined;
      return parts ? parts.flatMap(cut) : [filter];
    };
    return filters.flatMap(cut);
  }

  /**
   * Starts from what the browser kept (`src/data/browserCache`): those items, and the delta
   * link that brings them up to date. Only before anything has been read.
   */
  restore(kept: {
    readonly deltaLink: string;
    readonly items: readonly Stored<T>[];
    readonly unreadable: readonly UnreadableItem[];
  }): void {
    if (this.deltaLink !== undefined || this.recentFrom || this.inFlight) return;
    this.read = {
      items: new Map(kept.items.map((item) => [item.itemId, item])),
      unreadable: new Map(kept.unreadable.map((item) => [item.itemId, item])),
    };
    this.snapshot = undefined;
    this.deltaLink = kept.deltaLink;
    this.restored = true;
  }

  /**
   * Sends the delta request for `link` (the link the browser kept with this list) before the
   * kept items are read back, so a re-open's round of requests overlaps that read. Only before
   * anything has been read; the replay after `restore` takes the answer when the restored
   * items carry the same link, and otherwise asks again from theirs (the answer is dropped).
   */
  sendDeltaAhead(ctx: StoreContext, link: string): void {
    if (this.deltaLink !== undefined || this.recentFrom || this.inFlight || this.ahead) return;
    const page = ctx.client.get<Page<GraphItem>>(link);
    // A failure is reported by the replay that takes this page, or by none if none does.
    page.catch(() => {});
    this.ahead = { link, page };
  }

  /** Resolves once no read of this list is running (whatever its outcome). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight.promise.catch(() => {});
  }

  /** Drops everything read or restored: the next refresh reads as on a first visit. */
  forget(): void {
    this.read = { items: new Map(), unreadable: new Map() };
    this.snapshot = undefined;
    this.deltaLink = undefined;
    this.latestLink = undefined;
    this.recentFrom = undefined;
    this.ranges = undefined;
    this.restored = false;
    this.ahead = undefined;
  }

  /** What the browser may keep of this list: undefined until a delta link is known. */
  keepable():
    { deltaLink: string; items: readonly Stored<T>[]; unreadable: UnreadableItem[] } | undefined {
    if (this.deltaLink === undefined) return undefined;
    return { deltaLink: this.deltaLink, items: this.values(), unreadable: this.problems() };
  }

  /**
   * Brings restored items up to date with the kept delta link (one request when nothing
   * changed). An expired link (410) drops them and reads the recent window (or all) instead.
   */
  private async replay(ctx: StoreContext, first: FirstRead): Promise<void> {
    this.lastRequests = 0;
    this.rangesFor(first);
    const { ahead } = this;
    this.ahead = undefined;
    const page = ahead && ahead.link === this.deltaLink ? ahead.page : this.deltaLink!;
    try {
      this.deltaLink = (await this.follow(ctx, page, this.read)) ?? this.deltaLink;
    } catch (error) {
      if (!(error instanceof GraphRequestError) || error.status !== 410) throw error;
      this.read = { items: new Map(), unreadable: new Map() };
      this.snapshot = undefined;
      this.deltaLink = undefined;
      this.restored = false;
      await (this.ranges ? this.readRecent(ctx, first) : this.readAll(ctx));
    }
  }

  /**
   * The filters of the window from `first.from` and of the history before it, for a list that
   * has them: what a full read reads side by side instead of one chain of delta pages.
   */
  private rangesFor(first: FirstRead): void {
    const { recentFilters, historyFilters } = this.definition;
    if (!recentFilters || !historyFilters) return;
    this.ranges = {
      recent: recentFilters(first.from, first.today),
      history: historyFilters(first.from),
    };
  }

  /**
   * The items the window's filters match, each filter read in its own pages side by side (the
   * quarters of a recent window), with the same fields as the full read. The filters may
   * overlap: items are kept by id. A delta link is taken first (before any item is read), so
   * the history read later needs no delta enumeration.
   */
  private async readRecent(ctx: StoreContext, first: FirstRead): Promise<void> {
    this.lastRequests = 0;
    this.rangesFor(first);
    this.latestLink = await this.latest(ctx);
    await this.readFiltered(ctx, this.ranges!.recent, this.read);
    this.recentFrom = first.from;
  }

  /**
   * Widens a recent read's window back to `from`: the records `wider` matches (`widerFilters`)
   * join those already read, and the history left for later is what is older than `from`.
   * Changes made meanwhile come with the history, from the delta link the first read took.
   */
  private async widen(
    ctx: StoreContext,
    wider: readonly ReadFilter[],
    history: readonly ReadFilter[],
    from: IsoDate,
  ): Promise<void> {
    this.lastRequests = 0;
    await this.readFiltered(ctx, wider, this.read);
    this.ranges = { recent: [...this.ranges!.recent, ...wider], history };
    this.recentFrom = from;
  }

  /**
   * The full enumeration: only what the record needs (the item's id and deleted facet; the
   * ETag comes as the `@odata.etag` annotation; the columns of `fieldsReadBy`), in the largest
   * pages Graph gives. The links Graph hands back keep the same options.
   */
  private async firstPath(ctx: StoreContext): Promise<string> {
    const fields = fieldsReadBy(this.definition).join(',');
    return `${await ctx.listPath(this.definition.key)}/items/delta?$select=${this.itemProperties('id,deleted')}&$expand=fields($select=${fields})&$top=${DELTA_PAGE}`;
  }

  /** The item's own properties to ask for: SharePoint's stamps too on a `stamped` list. */
  private itemProperties(base: string): string {
    return this.definition.stamped ? `${base},createdBy,createdDateTime` : base;
  }

  /**
   * Follows the pages into `into`, from the first page's address or its request already sent,
   * and gives back the deltaLink at the end of a delta query.
   * The next page is asked for before this one is read, so SharePoint prepares it while the
   * records are checked here (a 20,000-item list is four pages: the client's work hides
   * behind the server's instead of adding to it).
   */
  private async follow(
    ctx: StoreContext,
    first: string | Promise<Page<GraphItem>>,
    into: ItemSet<T>,
  ): Promise<string | undefined> {
    let deltaLink: string | undefined;
    let pending: Promise<Page<GraphItem>> | undefined =
      typeof first === 'string' ? ctx.client.get<Page<GraphItem>>(first) : first;
    while (pending) {
      const page: Page<GraphItem> = await pending;
      this.lastRequests += 1;
      const next = page['@odata.nextLink'];
      pending = next === undefined ? undefined : ctx.client.get<Page<GraphItem>>(next);
      try {
        const items = page.value ?? [];
        if (items.length > 0 && into === this.read) this.snapshot = undefined;
        for (const item of items) this.apply(item, into);
      } catch (error) {
        pending?.catch(() => {}); // the bug above is the one to report
        throw error;
      }
      deltaLink = page['@odata.deltaLink'] ?? deltaLink;
    }
    return deltaLink;
  }

  private apply(item: GraphItem, { items, unreadable }: ItemSet<T>): void {
    if (item.deleted) {
      items.delete(item.id);
      unreadable.delete(item.id);
      return;
    }
    const loaded = this.definition.fromFields(item.fields ?? {});
    if (loaded.ok) {
      items.set(item.id, {
        itemId: asListItemId(item.id),
        etag: etagOf(item),
        value: loaded.value,
        ...(this.definition.stamped ? stampsOf(item) : {}),
      });
      unreadable.delete(item.id);
    } else {
      items.delete(item.id);
      const reason = reasonOf(loaded.error);
      if (unreadable.get(item.id)?.reason !== reason) {
        unreadable.set(item.id, {
          part: this.definition.key as UnreadableItem['part'],
          listName: this.definition.displayName,
          itemId: item.id,
          reason,
        });
      }
    }
  }

  /** The readable items; the same array until an item changes. */
  values(): readonly Stored<T>[] {
    this.snapshot ??= [...this.read.items.values()];
    return this.snapshot;
  }

  problems(): UnreadableItem[] {
    return [...this.read.unreadable.values()];
  }
}

/**
 * Why an item could not be read, without its content: validation messages may quote values
 * (a name, a date typed wrongly), so only the field names go on screen.
 *   reasonOf({ code: 'invalid_record', issues: [{ path: 'received', … }] }) → 'unreadable value in: received'
 */
export function reasonOf(error: RecordError): string {
  if (error.code === 'newer_version') {
    const version = /\(v(\d+)\)/.exec(error.message)?.[1];
    return `saved by a newer version of Feedback Desk${version ? ` (v${version})` : ''}: update the app`;
  }
  const fields = [...new Set(error.issues.map((issue) => issue.path).filter((p) => p !== ''))];
  return fields.length > 0
    ? `unreadable value in: ${fields.join(', ')}`
    : 'not a record Feedback Desk can read';
}
