import { defaultCouncilSettings } from '../../domain/records';
import { GraphRequestError } from '../graph/errors';
import type { Page } from '../graph/paging';
import {
  actionPlansList,
  actionsList,
  casesList,
  correspondenceList,
  costsList,
  demandList,
  ombudsmanList,
  settingsList,
  stagesList,
} from '../lists';
import { fieldsReadBy, type ListDefinition } from '../lists/listDefinition';
import type { Snapshot, Stored } from '../store';
import type { StoreContext } from './context';
import { etagOf, type GraphItem } from './items';
import { asListItemId } from '../../domain/shared/brand';

/** Items a delta page asks for at once (Graph pages list items; 5,000 is SharePoint's largest page). */
const DELTA_PAGE = 5000;

/**
 * One list's items, kept in memory only (personal data never goes to localStorage or
 * IndexedDB) and brought up to date with `/items/delta`: the first load enumerates the
 * list page by page (no filter, so the 5,000-item threshold does not apply); each refresh
 * replays the changes since the last deltaLink — one request when nothing changed.
 */
export class ListCache<T> {
  private readonly items = new Map<string, Stored<T>>();
  private readonly unreadable = new Map<string, string>();
  private deltaLink: string | undefined;
  /** Requests the last refresh made (for the bench and the tests). */
  lastRequests = 0;

  constructor(private readonly definition: ListDefinition<T>) {}

  async refresh(ctx: StoreContext): Promise<void> {
    this.lastRequests = 0;
    try {
      await this.follow(ctx, this.deltaLink ?? (await this.firstPath(ctx)));
    } catch (error) {
      // 410: the token expired. Start again from a full enumeration (Graph's advice).
      if (!(error instanceof GraphRequestError) || error.status !== 410) throw error;
      this.items.clear();
      this.unreadable.clear();
      this.deltaLink = undefined;
      await this.follow(ctx, await this.firstPath(ctx));
    }
  }

  /**
   * The full enumeration: only what the record needs (the item's id, ETag and deleted facet;
   * the columns `fromFields` reads), in the largest pages Graph gives. The links Graph hands
   * back keep the same options.
   */
  private async firstPath(ctx: StoreContext): Promise<string> {
    const fields = fieldsReadBy(this.definition).join(',');
    return `${await ctx.listPath(this.definition.key)}/items/delta?$select=id,eTag,deleted&$expand=fields($select=${fields})&$top=${DELTA_PAGE}`;
  }

  private async follow(ctx: StoreContext, first: string): Promise<void> {
    let path: string | undefined = first;
    while (path) {
      const page: Page<GraphItem> = await ctx.client.get<Page<GraphItem>>(path);
      this.lastRequests += 1;
      for (const item of page.value ?? []) this.apply(item);
      if (page['@odata.deltaLink']) this.deltaLink = page['@odata.deltaLink'];
      path = page['@odata.nextLink'];
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

  values(): Stored<T>[] {
    return [...this.items.values()];
  }

  problems(): string[] {
    return [...this.unreadable.values()];
  }
}

/** The Teams tab's whole picture, one ListCache per list, refreshed together. */
export class SnapshotCache {
  readonly cases = new ListCache(casesList);
  readonly stages = new ListCache(stagesList);
  readonly correspondence = new ListCache(correspondenceList);
  readonly actions = new ListCache(actionsList);
  readonly plans = new ListCache(actionPlansList);
  readonly ombudsman = new ListCache(ombudsmanList);
  readonly costs = new ListCache(costsList);
  readonly demand = new ListCache(demandList);
  readonly settings = new ListCache(settingsList);

  private get all() {
    return [
      this.cases,
      this.stages,
      this.correspondence,
      this.actions,
      this.plans,
      this.ombudsman,
      this.costs,
      this.demand,
      this.settings,
    ] as const;
  }

  private inFlight: Promise<Snapshot> | undefined;

  /** Refreshes every list; calls made while a refresh runs share it. */
  load(ctx: StoreContext): Promise<Snapshot> {
    this.inFlight ??= this.refreshAll(ctx).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async refreshAll(ctx: StoreContext): Promise<Snapshot> {
    await Promise.all(this.all.map((cache) => cache.refresh(ctx)));
    const problems = this.all.flatMap((cache) => cache.problems());
    return {
      cases: this.cases.values(),
      stages: this.stages.values(),
      correspondence: this.correspondence
        .values()
        .map((c) => ({ ...c, value: withoutKey(c.value) })),
      actions: this.actions.values(),
      plans: this.plans.values(),
      ombudsman: this.ombudsman.values(),
      costs: this.costs.values(),
      demand: this.demand.values(),
      settings: this.settings.values()[0]?.value ?? defaultCouncilSettings(),
      ...(problems.length ? { problems } : {}),
    };
  }

  /** Requests the last load made, all lists together. */
  lastRequests(): number {
    return this.all.reduce((sum, cache) => sum + cache.lastRequests, 0);
  }
}

function withoutKey<T extends { messageKey: string }>(value: T): Omit<T, 'messageKey'> {
  const { messageKey: _key, ...rest } = value;
  return rest;
}
