import type { StoreError } from '../data/store';
import { assertNever } from '../domain/primitives/result';

/** A failed write, said the same way in the Outlook pane and the Teams tab. */
export interface WriteFailure {
  /** A short heading. */
  readonly title: string;
  /** What happened, what happened to the officer's work, and what to do next. */
  readonly message: string;
  /** A colleague's change got there first: offer to reload before trying again. */
  readonly offerReload: boolean;
}

/** What was being saved, in words that fit "… did not go through". */
export interface WriteAttempt {
  /** The change: "the escalation", "saving the case", "completing the action". */
  readonly action: string;
  /** What it changes, with its determiner: "this case", "this plan", "these settings". */
  readonly record: string;
}

/**
 * The one wording of a store failure for both apps:
 *   explainWriteError({ code: 'conflict', … }, { action: 'the escalation', record: 'this case' })
 *   → { title: 'Someone else changed this', message: 'A colleague changed this case while you
 *       were working on it, so the escalation did not go through and nothing was overwritten. …',
 *       offerReload: true }
 * A refusal (403) keeps the store's own sentence, which names the rule (e.g. who may sign off).
 */
export function explainWriteError(error: StoreError, attempt: WriteAttempt): WriteFailure {
  const { action, record } = attempt;
  const Action = action.charAt(0).toUpperCase() + action.slice(1);
  const failed = (title: string, message: string): WriteFailure => ({
    title,
    message,
    offerReload: false,
  });
  switch (error.code) {
    case 'conflict':
      return {
        title: 'Someone else changed this',
        message: `A colleague changed ${record} while you were working on it, so ${action} did not go through and nothing was overwritten. Reload to see their change, then try again.`,
        offerReload: true,
      };
    case 'network':
      return failed(
        'Not saved: no connection',
        `${Action} did not reach SharePoint: the connection was lost or SharePoint did not answer in time. Everything you typed is kept: check the connection and try again.`,
      );
    case 'throttled':
    case 'unavailable':
      return failed(
        'Not saved: SharePoint is busy',
        `${Action} did not reach SharePoint: it is busy or unavailable just now. Everything you typed is kept: try again in a minute.`,
      );
    case 'forbidden':
      return failed('Not allowed', `${Action} was refused. ${error.message}`);
    case 'unauthorized':
      return failed(
        'Signed out',
        `Your sign-in has expired, so ${action} did not go through. Everything you typed is kept: sign in again, then try again.`,
      );
    case 'invalid':
    case 'not_found':
      return failed('Not saved', `${Action} did not go through. ${error.message}`);
    default:
      return assertNever(error.code, 'store error code');
  }
}
