import { GraphRequestError } from '../graph/errors';
import { StoreFailure } from '../graph/storeError';
import { archiveLibrary } from '../lists';
import type { EmailMessage } from '../store';
import type { StoreContext } from './context';
import { archiveFileName, buildEml } from './eml';
import { attachmentNamesIn } from './mimeAttachments';

/**
 * Files up to this size go in one PUT; larger ones through an upload session. Graph's simple
 * upload takes up to 4 MB; a session also lets a dropped connection resume rather than send
 * the whole message again, which matters on a council's slow links before that size.
 */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** Each fragment of a session: 10 × 320 KiB (Graph wants multiples of 320 KiB). */
export const FRAGMENT_BYTES = 10 * 320 * 1024;
const FRAGMENT_ATTEMPTS = 4;

/** What was archived: where, the attachments it holds, and what could not be kept. */
export interface ArchivedEmail {
  /** `Archived emails/CSC-2025-0042/2025-12-19-3f2a9c1b7d4e.eml` */
  readonly path: string;
  readonly attachments: readonly string[];
  /** Plain words for the correspondence when the archive is not the whole message. */
  readonly missing?: string;
}

/**
 * Uploads the email as `.eml` into the case's folder of "Archived emails" and says what it
 * holds. The host's own message (its bytes, attachments included) is archived as it is;
 * without it an .eml is built from the text, and `missing` says what that leaves out. The
 * same email always goes to the same path with `replace`, so a retry never makes a second file.
 */
export async function archiveEmail(
  ctx: StoreContext,
  reference: string,
  email: EmailMessage,
  key: string,
): Promise<ArchivedEmail> {
  const file = archiveFileName(reference, email.receivedAt, key);
  const content = email.mime ?? new TextEncoder().encode(buildEml(email));
  const encodedPath = file.split('/').map(encodeURIComponent).join('/');
  const itemPath = `${await ctx.archiveDrivePath()}/root:/${encodedPath}:`;
  if (content.length <= SIMPLE_UPLOAD_LIMIT) {
    await ctx.client.put(`${itemPath}/content`, new Blob([bytesOf(content)]), {
      headers: { 'Content-Type': 'message/rfc822' },
    });
  } else {
    await uploadInSession(ctx, itemPath, content);
  }
  const path = `${archiveLibrary.displayName}/${file}`;
  if (email.mime) return { path, attachments: safeNames(() => attachmentNamesIn(content)) };
  const listed = email.attachmentNames ?? [];
  return {
    path,
    attachments: listed,
    missing: listed.length
      ? `Attachments not archived: ${listed.join(', ')}. Outlook could not give the whole message, so the archive holds the email's text only; keep the attachments from the email itself.`
      : "Outlook could not give the whole message, so the archive holds the email's text only (any attachments were not archived).",
  };
}

/** A copy whose buffer is exactly these bytes (a Blob of a view would take the whole buffer). */
const bytesOf = (content: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(content);

function safeNames(read: () => string[]): string[] {
  try {
    return read()
      .slice(0, 500)
      .map((name) => name.slice(0, 255));
  } catch {
    return []; // a message we cannot parse is still archived whole
  }
}

interface SessionStatus {
  readonly uploadUrl?: string;
  readonly nextExpectedRanges?: readonly string[];
}

/**
 * Graph's resumable upload: a session on the file's path (replacing it), then fragments in
 * order. A failed fragment is retried from where the service says it stands (GET on the
 * upload URL), so a fragment that landed though its answer was lost is not sent again; a
 * session that has gone (404) starts again. The upload URL is pre-authenticated: it is
 * called with plain fetch, without the bearer token.
 */
async function uploadInSession(
  ctx: StoreContext,
  itemPath: string,
  content: Uint8Array,
): Promise<void> {
  const open = async () =>
    (
      await ctx.client.post<SessionStatus>(`${itemPath}/createUploadSession`, {
        item: { '@microsoft.graph.conflictBehavior': 'replace' },
      })
    ).uploadUrl ?? '';
  let url = await open();
  let next = 0;
  let failures = 0;
  while (next < content.length) {
    const end = Math.min(next + FRAGMENT_BYTES, content.length) - 1;
    let answer: Response | undefined;
    try {
      answer = await fetch(url, {
        method: 'PUT',
        headers: { 'Content-Range': `bytes ${next}-${end}/${content.length}` },
        body: bytesOf(content.subarray(next, end + 1)),
        signal: AbortSignal.timeout(60_000),
      });
    } catch {
      answer = undefined; // no answer: ask the session where it stands
    }
    if (answer && (answer.status === 200 || answer.status === 201)) return;
    if (answer?.status === 202) {
      next = end + 1;
      continue;
    }
    failures += 1;
    if (failures > FRAGMENT_ATTEMPTS) throw sessionFailure(answer);
    await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** failures));
    const status = await fetch(url).catch(() => undefined);
    if (status?.status === 404) {
      url = await open(); // the session expired or was lost: start again on the same path
      next = 0;
    } else if (status?.ok) {
      const ranges = ((await status.json()) as SessionStatus).nextExpectedRanges ?? [];
      const from = Number(/^(\d+)-/.exec(ranges[0] ?? '')?.[1]);
      if (Number.isFinite(from)) next = from;
    }
  }
}

function sessionFailure(answer: Response | undefined): Error {
  if (answer && answer.status >= 400 && answer.status < 500 && answer.status !== 429)
    return new StoreFailure({
      code: 'invalid',
      message: `SharePoint refused part of the archived email (${answer.status}).`,
    });
  return new GraphRequestError(answer?.status ?? 0, 'uploadFailed', 'The archive upload stopped.');
}
