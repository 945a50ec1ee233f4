import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json } from './types';
import { GraphError } from './errors';
import { methodNotAllowed } from './request';
import { siteResource } from './resources';
import { EMULATOR_HOST } from '../store/ids';
import { siteById, siteByPath, type SiteRecord } from '../store/sites';

export interface SiteAddress {
  readonly site: SiteRecord;
  /** What follows the site in the path, still encoded: '' or '/lists/…'. */
  readonly rest: string;
}

const siteNotFound = () => new GraphError(404, 'itemNotFound', 'Requested site could not be found');

/**
 * Finds the site a path starts with, in each form Graph accepts:
 *   /sites/root/lists → root site, rest '/lists'
 *   /sites/emulator.sharepoint.local,<guid>,<guid>/lists → by id
 *   /sites/emulator.sharepoint.local:/sites/complaints:/lists → by host name and path
 */
export function resolveSite(ctx: GraphContext, path: string): SiteAddress | undefined {
  const byPath = /^\/sites\/([^/:]+):(\/[^:]*)(?::(\/.*)?)?$/.exec(path);
  if (byPath) {
    if (decodeURIComponent(byPath[1] ?? '').toLowerCase() !== EMULATOR_HOST) throw siteNotFound();
    const site = siteByPath(ctx.store, decodeURIComponent(byPath[2] ?? '/'));
    if (!site) throw siteNotFound();
    return { site, rest: byPath[3] ?? '' };
  }
  const byId = /^\/sites\/([^/]+)(\/.*)?$/.exec(path);
  if (!byId) return undefined;
  const site = siteById(ctx.store, decodeURIComponent(byId[1] ?? ''));
  if (!site) throw siteNotFound();
  return { site, rest: byId[2] ?? '' };
}

export function handleSite(req: GraphRequest, site: SiteRecord): GraphResponse {
  if (req.method !== 'GET') throw methodNotAllowed(req.method);
  return json(200, {
    '@odata.context': `${req.baseUrl}/$metadata#sites/$entity`,
    ...siteResource(site),
  });
}
