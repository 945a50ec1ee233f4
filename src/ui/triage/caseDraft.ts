import type {
  Cause,
  Complainant,
  FeedbackType,
  Procedure,
  ReceivedVia,
} from '../../domain/records';

/**
 * What the officer is typing for a new case: plain strings and booleans, so it can be kept
 * as a draft (sessionStorage) and restored exactly. `''` means "not chosen".
 */
export interface CaseDraft {
  readonly type: FeedbackType;
  readonly procedure: Procedure | '';
  readonly stage: '0' | '1' | '2' | '3';
  readonly serviceArea: string;
  readonly causes: readonly Cause[];
  readonly complainant: Complainant;
  readonly received: string;
  /** How it arrived: email from the pane, unless the officer says otherwise (a forwarded letter…). */
  readonly receivedVia: ReceivedVia;
  readonly summary: string;
  readonly owner: string;
  /**
   * Compliments: who is praised, the manager it goes to, whether it may be quoted and the words
   * cleared for publication (the annual report prints them only when it may be quoted).
   */
  readonly praised: string;
  readonly forwardTo: string;
  readonly quotable: boolean;
  readonly quote: string;
  /** MP enquiries: the MP and the constituent they write for. */
  readonly mpName: string;
  readonly constituent: string;
}

export type DraftField = keyof CaseDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

/**
 * The mistakes that stop a save, by field, in words an officer can act on.
 * `draftErrors({ ...draft, type: 'complaint', procedure: '' })` →
 * `{ procedure: 'Choose the procedure this complaint follows.' }`
 */
export function draftErrors(draft: CaseDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.received)) {
    errors.received = 'Enter the date the email was received.';
  }
  if (draft.type === 'complaint' && draft.procedure === '') {
    errors.procedure = 'Choose the procedure this complaint follows.';
  }
  if (draft.type === 'compliment' && draft.praised.trim() === '') {
    errors.praised = 'Say who is praised: a person or a team.';
  }
  if (draft.type === 'mp_enquiry' && draft.mpName.trim() === '') {
    errors.mpName = 'Name the MP who wrote.';
  }
  if (draft.type === 'compliment' && draft.quote.trim().length > 1000) {
    errors.quote = 'Keep the quotation under 1,000 characters.';
  }
  if (draft.summary.length > 4000) errors.summary = 'Keep the summary under 4,000 characters.';
  return errors;
}
