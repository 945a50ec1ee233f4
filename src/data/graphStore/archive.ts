import { archiveLibrary } from '../lists';
import type { EmailMessage } from '../store';
import type { StoreContext } from './context';
import { archiveFileName, buildEml } from './eml';

/**
 * Uploads the email as `.eml` into the case's folder of "Archived emails" (the host's own
 * MIME when it gave one, a faithful rebuild otherwise) and returns its path in the site,
 * e.g. `Archived emails/CSC-2025-0042/2025-12-19-3f2a9c1b7d4e.eml`. Uploading the same email
 * again replaces the same file, so retries are harmless.
 */
export async function archiveEmail(
  ctx: StoreContext,
  reference: string,
  email: EmailMessage,
  key: string,
): Promise<string> {
  const file = archiveFileName(reference, email.receivedAt, key);
  const content = email.mime ?? buildEml(email);
  const encodedPath = file.split('/').map(encodeURIComponent).join('/');
  await ctx.client.put(`${await ctx.archiveDrivePath()}/root:/${encodedPath}:/content`, content, {
    headers: { 'Content-Type': 'message/rfc822' },
  });
  return `${archiveLibrary.displayName}/${file}`;
}
