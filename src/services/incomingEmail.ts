import type { EmailMessage } from '../data/store';

/**
 * The email an officer is working on, as the rules need it: its content for the store, and a
 * way to mark it filed in the mailbox. The pane builds one from its mail host; tests build
 * their own.
 */
export interface IncomingEmail {
  /** The email as the store archives it (with its MIME when the host can give it). */
  message(): Promise<EmailMessage>;
  /** Marks the email filed in the mailbox; a note when that fails (it never fails a save). */
  markFiled(): Promise<string | undefined>;
}
