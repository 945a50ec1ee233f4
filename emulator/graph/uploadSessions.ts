import { randomBytes } from 'node:crypto';
import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json, noContent } from './types';
import { GraphError, badRequest, notFound } from './errors';
import { methodNotAllowed } from './request';
import {
  itemAtPath,
  uploadFile,
  type ConflictBehavior,
  type DriveItemRecord,
} from '../store/drive';
import type { ListRecord } from '../store/lists';
import type { SiteRecord } from '../store/sites';

/**
 * Graph's resumable upload for large files (driveItem: createUploadSession), as SharePoint
 * answers it:
 *   POST …/drive/root:/a/b.eml:/createUploadSession → 200 { uploadUrl, expirationDateTime, nextExpectedRanges: ['0-'] }
 *   PUT  uploadUrl, Content-Range: bytes 0-327679/700000 → 202 { nextExpectedRanges: ['327680-'] }
 *   PUT  uploadUrl, Content-Range: bytes 327680-699999/700000 → 201 (or 200 if it replaced a file) driveItem
 *   GET  uploadUrl → 200 the session's status (what a client resumes from); DELETE → 204, session gone.
 * Fragments arrive in order: one starting anywhere but the next expected byte (overlapping
 * bytes already received, or leaving a gap) is refused with 416 and changes nothing, so a
 * client resumes from `nextExpectedRanges`. Every fragment but the last is a multiple of
 * 320 KiB, as Graph asks; at most 60 MiB a request. The file appears only when its last byte
 * arrives. Sessions live in memory (an emulator restart forgets them, as an expired session
 * is forgotten); the upload URL needs no token, like Graph's pre-authenticated one.
 */

export const FRAGMENT_UNIT = 320 * 1024;
export const MAX_FRAGMENT = 60 * 1024 * 1024;
const LIFETIME_MS = 60 * 60 * 1000;

interface UploadSession {
  readonly id: string;
  readonly site: SiteRecord;
  readonly library: ListRecord;
  readonly path: string;
  readonly conflict: ConflictBehavior;
  readonly chunks: Buffer[];
  received: number;
  total: number | undefined;
  expires: number;
}

/** The open sessions of one emulator, by id. */
export class UploadSessions {
  private readonly sessions = new Map<string, UploadSession>();

  open(session: Omit<UploadSession, 'id' | 'chunks' | 'received' | 'total' | 'expires'>) {
    const id = randomBytes(18).toString('base64url');
    const opened: UploadSession = {
      ...session,
      id,
      chunks: [],
      received: 0,
      total: undefined,
      expires: Date.now() + LIFETIME_MS,
    };
    this.sessions.set(id, opened);
    return opened;
  }

  find(id: string): UploadSession | undefined {
    const session = this.sessions.get(id);
    if (session && session.expires < Date.now()) this.sessions.delete(id);
    return this.sessions.get(id);
  }

  close(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }
}

/** The path under which the emulator serves upload URLs (outside /v1.0: no token needed). */
export const UPLOAD_PATH = '/_emulator/upload/';

const origin = (req: GraphRequest) => req.baseUrl.replace(/\/v1\.0$/, '');

const statusOf = (session: UploadSession) => ({
  expirationDateTime: new Date(session.expires).toISOString(),
  nextExpectedRanges: [
    `${session.received}-${session.total === undefined ? '' : session.total - 1}`,
  ],
});

const CONFLICT: readonly ConflictBehavior[] = ['replace', 'fail', 'rename'];

/** POST …/root:/path:/createUploadSession, with an optional `{ item: { '@microsoft.graph.conflictBehavior' } }`. */
export function createUploadSession(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  library: ListRecord,
  path: string,
): GraphResponse {
  if (req.method !== 'POST') throw methodNotAllowed(req.method);
  let body: { item?: Record<string, unknown> } = {};
  if (req.body.length > 0) {
    try {
      body = JSON.parse(req.body.toString('utf8')) as typeof body;
    } catch {
      throw badRequest('The request body is not valid JSON.');
    }
  }
  const conflict = (body.item?.['@microsoft.graph.conflictBehavior'] ??
    'replace') as ConflictBehavior;
  if (!CONFLICT.includes(conflict)) throw badRequest(`Unknown conflict behavior '${conflict}'.`);
  const existing = itemAtPath(ctx.store, library.driveId ?? '', path);
  if (existing?.isFolder) throw new GraphError(409, 'nameAlreadyExists', 'The name is a folder.');
  if (existing && conflict === 'fail')
    throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  const session = ctx.uploads.open({ site, library, path, conflict });
  return json(200, {
    '@odata.context': `${req.baseUrl}/$metadata#microsoft.graph.uploadSession`,
    uploadUrl: `${origin(req)}${UPLOAD_PATH}${session.id}`,
    ...statusOf(session),
  });
}

/** `bytes 0-25/128` → { start: 0, end: 25, total: 128 }; Graph also accepts `bytes 0-25/*`. */
function parseContentRange(value: string | undefined) {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec((value ?? '').trim());
  if (!match) return undefined;
  const [start, end] = [Number(match[1]), Number(match[2])];
  const total = match[3] === '*' ? undefined : Number(match[3]);
  if (end < start || (total !== undefined && end >= total)) return undefined;
  return { start, end, total };
}

const rangeRefused = (session: UploadSession, message: string) =>
  new GraphError(
    416,
    'invalidRange',
    `${message} Expected next: ${statusOf(session).nextExpectedRanges[0]}.`,
  );

/**
 * A request to an upload URL. `render` writes the finished driveItem as Graph does (the drive
 * module's resource), so this module need not know its shape.
 */
export function handleUploadUrl(
  ctx: GraphContext,
  req: GraphRequest,
  id: string,
  render: (site: SiteRecord, library: ListRecord, item: DriveItemRecord) => unknown,
): GraphResponse {
  const session = ctx.uploads.find(id);
  if (!session)
    throw notFound('The upload session was not found: it expired, was cancelled or finished.');
  if (req.method === 'GET') return json(200, statusOf(session));
  if (req.method === 'DELETE') {
    ctx.uploads.close(id);
    return noContent();
  }
  if (req.method !== 'PUT') throw methodNotAllowed(req.method);
  const range = parseContentRange(req.headers['content-range']);
  if (!range)
    throw badRequest(
      "Content-Range must read 'bytes {start}-{end}/{total}' with start ≤ end < total.",
    );
  const length = range.end - range.start + 1;
  if (req.body.length !== length)
    throw badRequest(
      `The fragment holds ${req.body.length} bytes but Content-Range names ${length}.`,
    );
  if (length > MAX_FRAGMENT) throw badRequest('A fragment may hold at most 60 MiB.');
  const total = range.total ?? session.total;
  if (session.total !== undefined && total !== session.total)
    throw badRequest(`The file's size was given as ${session.total} bytes before, not ${total}.`);
  if (range.start < session.received)
    throw rangeRefused(
      session,
      `Bytes ${range.start}-${range.end} overlap bytes already received.`,
    );
  if (range.start > session.received)
    throw rangeRefused(
      session,
      `Bytes ${range.start}-${range.end} leave a gap: fragments go in order.`,
    );
  const last = total !== undefined && range.end === total - 1;
  if (!last && length % FRAGMENT_UNIT !== 0)
    throw badRequest('Every fragment but the last must be a multiple of 320 KiB (327,680 bytes).');
  session.chunks.push(Buffer.from(req.body));
  session.received += length;
  session.total = total;
  session.expires = Date.now() + LIFETIME_MS;
  if (!last) return json(202, statusOf(session));
  ctx.uploads.close(id);
  const { item, created } = uploadFile(
    ctx.store,
    session.library,
    session.path,
    Buffer.concat(session.chunks),
    session.conflict,
  );
  return json(created ? 201 : 200, render(session.site, session.library, item));
}
