import type { CaseFile, FeedbackStore, NewCase, StoreError } from '../data/store';
import type { Person } from '../domain/records';
import { ok, type Result } from '../domain/primitives/result';
import type { IncomingEmail } from './incomingEmail';
import { pauseForSafeguarding } from './safeguardingPause';
import { storeCall } from './storeCall';

export interface SavedCase {
  readonly file: CaseFile;
  /** Things that went wrong after the case was safely saved (category, pause). */
  readonly notes: readonly string[];
}

/**
 * Saves a new case from an email, exactly once: the store is idempotent on the internet
 * message id, so a retry after a timeout finds the case the first attempt made. Then, when
 * the email raised a safeguarding concern, a complaint is paused from the day it was received;
 * last, the email is marked filed. Only the save itself can fail; what follows leaves notes.
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
  if (!saved.ok) return saved;
  const notes: string[] = [];
  let file = saved.value;
  // Only a fresh stage is paused: a retry that found an earlier save keeps what it had.
  if (options.safeguarding && file.stages.at(-1)?.value.pauses.length === 0) {
    const paused = await pauseForSafeguarding(store, file, file.case.value.received);
    file = paused.file;
    if (paused.note) notes.push(paused.note);
  }
  const tagNote = await email.markFiled();
  if (tagNote) notes.push(tagNote);
  return ok({ file, notes });
}
