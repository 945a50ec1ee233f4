import type { CaseFile, EmailMessage, FeedbackStore, NewCase, StoreError } from '../data/store';
import type { Person } from '../domain/records';
import { ok, type Result } from '../domain/primitives/result';
import type { IncomingEmail } from './incomingEmail';
import { pauseForSafeguarding } from './safeguardingPause';
import { storeCall } from './storeCall';

export interface SavedCase {
  readonly file: CaseFile;
  /** Things that went wrong after the case was safely saved (category, pause). */
  readonly notes: readonly string[];
  /**
   * Set when the case was saved but the email is not on it yet (its archive or correspondence
   * failed): why. Filing the email again (`addEmailToCase`) finishes the save.
   */
  readonly emailNotFiled?: StoreError;
}

/**
 * Saves a new case from an email, exactly once: the store is idempotent on the internet
 * message id, so a retry after a timeout finds the case the first attempt made. Then, when
 * the email raised a safeguarding concern, a complaint is paused from the day it was received;
 * last, the email is marked filed. Only the save itself can fail; what follows leaves notes.
 * When the save fails after the case was made (the archive upload failed, say), the result
 * is the saved case with `emailNotFiled`, so the officer is told exactly what was saved.
 */
export async function saveNewCase(
  store: FeedbackStore,
  email: IncomingEmail,
  newCase: NewCase,
  officer: Person,
  options: { readonly safeguarding: boolean },
): Promise<Result<SavedCase, StoreError>> {
  const message = await email.message();
  const saved = await storeCall(() => store.saveCaseFromEmail(newCase, message, officer));
  let file: CaseFile;
  let emailNotFiled: StoreError | undefined;
  if (saved.ok) file = saved.value;
  else {
    const half = await halfSaved(store, message);
    if (!half) return saved;
    file = half.file;
    if (half.emailNotFiled) emailNotFiled = saved.error;
  }
  const notes: string[] = [];
  // Only a fresh stage is paused: a retry that found an earlier save keeps what it had.
  if (options.safeguarding && file.stages.at(-1)?.value.pauses.length === 0) {
    const paused = await pauseForSafeguarding(store, file, file.case.value.received);
    file = paused.file;
    if (paused.note) notes.push(paused.note);
  }
  // The email is tagged as filed only once it is on the case.
  const tagNote = emailNotFiled ? undefined : await email.markFiled();
  if (tagNote) notes.push(tagNote);
  return ok({ file, notes, ...(emailNotFiled ? { emailNotFiled } : {}) });
}

/**
 * A save failed: did it get as far as the case? Every step is idempotent and the case carries
 * the email's fingerprint, so a case found by this email is the one this save made; whether
 * the email reached its correspondence (and archive) is what is left to know.
 */
async function halfSaved(
  store: FeedbackStore,
  message: EmailMessage,
): Promise<{ file: CaseFile; emailNotFiled: boolean } | undefined> {
  const found = await storeCall(() =>
    store.findCaseForEmail({ internetMessageId: message.internetMessageId, references: [] }),
  );
  if (!found.ok || !found.value || found.value.matchedBy !== 'message') return undefined;
  const { matchedBy: _matchedBy, emailNotFiled, ...file } = found.value;
  return { file, emailNotFiled: emailNotFiled === true };
}
