import {
  correspondenceRecord,
  feedbackCaseRecord,
  loadRecord,
  referencePrefix,
  stageRecord,
  type Correspondence,
  type FeedbackCase,
  type Person,
  type Stage,
} from '../../domain/records';
import { GraphRequestError } from '../graph/errors';
import { StoreFailure } from '../graph/storeError';
import { casesList, correspondenceList, stagesList } from '../lists';
import type { CaseFile, EmailMessage, NewCase, Stored } from '../store';
import { archiveEmail } from './archive';
import { readCaseFile, withStages } from './caseFiles';
import type { StoreContext } from './context';
import { createItem, createOrFind, findByKey, findItems, quote } from './items';
import { messageKey } from './messageKey';
import { referenceCandidates } from './references';

/**
 * Saves a case from an email, exactly once however often it is called: the case carries the
 * email's fingerprint in a unique column, so a retry (after a timeout, a 503 whose write had
 * landed, or a second officer on the same email) finds the first case instead of making a
 * second one. Each later step (stage, archive, correspondence) is idempotent too, so a retry
 * also finishes a save that stopped half-way.
 */
export async function saveCaseFromEmail(
  ctx: StoreContext,
  input: NewCase,
  email: EmailMessage,
  by: Person,
): Promise<CaseFile> {
  const key = await messageKey(email.internetMessageId);
  const already = await caseForMessage(ctx, key);
  const stored = already ?? (await createCase(ctx, input, email, by, key));
  if (stored.value.type === 'complaint') await ensureStage(ctx, stored.value, input.received);
  await ensureCorrespondence(ctx, stored.value.reference, email, key);
  return withStages(ctx, stored);
}

/** The case this email already belongs to: saved from it, or with it in its correspondence. */
async function caseForMessage(
  ctx: StoreContext,
  key: string,
): Promise<Stored<FeedbackCase> | undefined> {
  const [byCase] = await findItems(ctx, casesList, `fields/MessageKey eq ${quote(key)}`, {
    top: 1,
    allPages: false,
  });
  if (byCase) return byCase;
  const correspondence = await findByKey(ctx, correspondenceList, key);
  if (!correspondence) return undefined;
  return (await readCaseFile(ctx, correspondence.value.caseReference))?.case;
}

async function createCase(
  ctx: StoreContext,
  input: NewCase,
  email: EmailMessage,
  by: Person,
  key: string,
): Promise<Stored<FeedbackCase>> {
  const { stage, ...rest } = input;
  const prefix = referencePrefix(input.type, input.procedure);
  const year = Number(input.received.slice(0, 4));
  for await (const reference of referenceCandidates(ctx, prefix, year)) {
    const candidate = loadRecord(feedbackCaseRecord, {
      ...rest,
      schemaVersion: feedbackCaseRecord.version,
      reference,
      status: 'open',
      currentStage: input.type === 'complaint' ? stage : 0,
      receivedAt: input.receivedAt ?? email.receivedAt,
      conversationId: input.conversationId ?? email.conversationId,
      owner: input.owner ?? by,
    });
    if (!candidate.ok)
      throw new StoreFailure({ code: 'invalid', message: candidate.error.message });
    try {
      return await createItem(ctx, casesList, candidate.value, { MessageKey: key });
    } catch (error) {
      if (!(error instanceof GraphRequestError) || !error.isUniqueViolation) throw error;
      // Either our own earlier attempt landed (the same email), or a colleague took the number.
      const mine = await caseForMessage(ctx, key);
      if (mine) return mine;
    }
  }
  throw new StoreFailure({
    code: 'unavailable',
    message:
      'Could not find a free case reference: several cases are being saved at once. Try again.',
  });
}

/** The complaint's current stage, requested on `requested` (idempotent on case and number). */
export async function ensureStage(
  ctx: StoreContext,
  value: FeedbackCase,
  requested: string,
): Promise<void> {
  const stage = loadRecord(stageRecord, {
    schemaVersion: stageRecord.version,
    caseReference: value.reference,
    number: value.currentStage,
    requested,
  });
  if (!stage.ok) throw new StoreFailure({ code: 'invalid', message: stage.error.message });
  await createOrFind<Stage>(ctx, stagesList, stage.value);
}

/**
 * Records the email on the case (once) and archives it. The archive goes first so the
 * correspondence item can say where the `.eml` is; uploading twice replaces the same file.
 */
export async function ensureCorrespondence(
  ctx: StoreContext,
  reference: string,
  email: EmailMessage,
  key: string,
): Promise<Stored<Correspondence & { messageKey: string }>> {
  const existing = await findByKey(ctx, correspondenceList, key);
  if (existing) return existing;
  const archived = await archiveEmail(ctx, reference, email, key);
  const record = loadRecord(correspondenceRecord, {
    schemaVersion: correspondenceRecord.version,
    caseReference: reference,
    direction: 'incoming',
    channel: 'email',
    at: email.receivedAt,
    subject: email.subject.slice(0, 255),
    ...(email.from.name ? { fromName: email.from.name.slice(0, 255) } : {}),
    fromAddress: email.from.address.slice(0, 320),
    internetMessageId: email.internetMessageId.slice(0, 998),
    ...(email.conversationId ? { conversationId: email.conversationId.slice(0, 512) } : {}),
    archivePath: archived.path,
    ...(archived.attachments.length ? { attachments: archived.attachments } : {}),
    ...(archived.missing ? { note: archived.missing.slice(0, 4000) } : {}),
  });
  if (!record.ok) throw new StoreFailure({ code: 'invalid', message: record.error.message });
  const { stored } = await createOrFind(ctx, correspondenceList, {
    ...record.value,
    messageKey: key,
  });
  return stored;
}
