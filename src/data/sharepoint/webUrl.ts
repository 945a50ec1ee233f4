import type { GraphClient } from '../graph/client';
import { sitePath } from '../graph/sitePath';

const GRAPH_HOST = 'graph.microsoft.com';

/**
 * Where the site's SharePoint REST API is. Against Microsoft 365, the site's own address
 * (Graph's `webUrl`); against the emulator, which serves SharePoint's REST API beside Graph,
 * the same site path on the emulator's origin.
 *
 * `restWebUrl('https://graph.microsoft.com/v1.0', 'https://examplecounty.sharepoint.com/sites/complaints')` → that `webUrl`
 * `restWebUrl('http://127.0.0.1:4321/v1.0', 'https://emulator.sharepoint.local/sites/x')` → `'http://127.0.0.1:4321/sites/x'`
 */
export function restWebUrl(graphBaseUrl: string, webUrl: string): string {
  const graph = new URL(graphBaseUrl);
  if (graph.hostname.toLowerCase() === GRAPH_HOST) return webUrl.replace(/\/$/, '');
  return `${graph.origin}${new URL(webUrl).pathname.replace(/\/$/, '')}`;
}

/** The site's REST address, from Graph: one `GET /sites/{id}?$select=webUrl`. */
export async function siteRestWebUrl(
  client: GraphClient,
  graphBaseUrl: string,
  siteId: string,
): Promise<string> {
  const site = await client.get<{ webUrl: string }>(`${sitePath(siteId)}?$select=webUrl`);
  return restWebUrl(graphBaseUrl, site.webUrl);
}

/**
 * The scope of a token for the site's REST API: SharePoint's own `Sites.Selected`, for the
 * site's origin (`https://examplecounty.sharepoint.com/Sites.Selected`).
 */
export const sharePointScope = (restUrl: string) => `${new URL(restUrl).origin}/Sites.Selected`;
