/**
 * The Graph path of a site, ready for more segments.
 * `sitePath('root')` → `/sites/root`;
 * `sitePath('contoso.sharepoint.com:/sites/complaints')` → `/sites/contoso.sharepoint.com:/sites/complaints:`
 * (a path-addressed site needs the closing colon before `/lists`).
 */
export function sitePath(siteId: string): string {
  const trimmed = siteId.trim();
  if (trimmed.includes(':/')) return `/sites/${trimmed.replace(/:$/, '')}:`;
  return `/sites/${trimmed}`;
}
