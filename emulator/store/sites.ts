import type { Store } from './store';
import { EMULATOR_HOST, isoNow, newGuid } from './ids';
import { createList, listsOfSite, type ListRecord } from './lists';

export interface SiteRecord {
  /** Graph's composite id: `emulator.sharepoint.local,<site guid>,<web guid>`. */
  readonly id: string;
  readonly siteGuid: string;
  readonly webGuid: string;
  /** Server-relative path: `/` for the root site, `/sites/complaints` for others. */
  readonly path: string;
  readonly name: string;
  readonly displayName: string;
  readonly created: string;
}

interface SiteRow {
  id: string;
  web_id: string;
  path: string;
  name: string;
  display_name: string;
  created: string;
}

const toRecord = (row: SiteRow): SiteRecord => ({
  id: `${EMULATOR_HOST},${row.id},${row.web_id}`,
  siteGuid: row.id,
  webGuid: row.web_id,
  path: row.path,
  name: row.name,
  displayName: row.display_name,
  created: row.created,
});

/**
 * Creates the site at `path` unless it exists, with its default document library; returns it
 * either way (a site made by an older emulator gains the library).
 */
export function ensureSite(store: Store, path: string, displayName?: string): SiteRecord {
  const site = ensureSiteRow(store, path, displayName);
  if (!defaultLibrary(store, site))
    createList(store, site.siteGuid, {
      displayName: 'Documents',
      urlName: DEFAULT_LIBRARY_URL_NAME,
      template: 'documentLibrary',
      columns: [],
    });
  return site;
}

/** Every SharePoint site has a Documents library at `Shared Documents`: Graph's `/sites/{id}/drive`. */
const DEFAULT_LIBRARY_URL_NAME = 'Shared Documents';

/** The site's default document library (`GET /sites/{id}/drive`). */
export function defaultLibrary(store: Store, site: SiteRecord): ListRecord | undefined {
  return listsOfSite(store, site.siteGuid).find(
    (list) => list.template === 'documentLibrary' && list.name === DEFAULT_LIBRARY_URL_NAME,
  );
}

function ensureSiteRow(store: Store, path: string, displayName?: string): SiteRecord {
  const existing = siteByPath(store, path);
  if (existing) return existing;
  const name = path === '/' ? '' : (path.split('/').pop() ?? '');
  store
    .sql(
      'INSERT INTO sites(id, web_id, path, name, display_name, created) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(newGuid(), newGuid(), path, name, displayName ?? (name || 'Communication site'), isoNow());
  store.forgetDerived(SITES);
  const created = siteByPath(store, path);
  if (!created) throw new Error(`site ${path} was not created`);
  return created;
}

const SITES = 'sites';

interface Sites {
  /** By `lower(path)` (SQLite's lower: ASCII letters only). */
  readonly byPath: ReadonlyMap<string, SiteRecord>;
  readonly byGuid: ReadonlyMap<string, SiteRecord>;
}

const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

/** Every request names its site: the few sites are read once and kept until one is added. */
function sites(store: Store): Sites {
  return store.derive(SITES, (): Sites => {
    const all = (store.sql('SELECT * FROM sites').all() as SiteRow[]).map(toRecord);
    return {
      byPath: new Map(all.map((site) => [asciiLower(site.path), site])),
      byGuid: new Map(all.map((site) => [site.siteGuid, site])),
    };
  });
}

export function siteByPath(store: Store, path: string): SiteRecord | undefined {
  const normalised = path === '/' ? '/' : path.replace(/\/+$/, '').toLowerCase();
  return sites(store).byPath.get(normalised);
}

/**
 * Accepts every id form Graph accepts: `root`, the host name alone (its root site), the
 * composite id, `host,siteGuid`, or the bare site guid.
 *   siteById(store, 'emulator.sharepoint.local,3f…,9a…') → the site
 */
export function siteById(store: Store, id: string): SiteRecord | undefined {
  // `GET /sites/{hostname}` is the host's root site (learn.microsoft.com/graph/api/site-get).
  if (id === 'root' || id.toLowerCase() === EMULATOR_HOST) return siteByPath(store, '/');
  const parts = id.split(',');
  const guid = (parts.length >= 2 ? parts[1] : parts[0])?.toLowerCase();
  if (parts.length >= 2 && parts[0]?.toLowerCase() !== EMULATOR_HOST) return undefined;
  const site = guid === undefined ? undefined : sites(store).byGuid.get(guid);
  if (!site) return undefined;
  if (parts.length === 3 && parts[2]?.toLowerCase() !== site.webGuid) return undefined;
  return site;
}

export function siteUrl(site: SiteRecord): string {
  return `https://${EMULATOR_HOST}${site.path === '/' ? '' : site.path}`;
}
