import type { CaseMatch, FeedbackStore } from '../data/store';
import type { WithdrawalReason } from '../domain/records';
import { formatUkDate } from '../domain/format';
import { ok } from '../domain/primitives/result';
import type { CaseWorkDone } from './caseActions';
import { storeCall } from './storeCall';
import type { Result } from '../domain/primitives/result';
import type { StoreError } from '../data/store';

export const withdrawalReasonLabels: Record<WithdrawalReason, string> = {
  complainant_withdrew: 'The complainant withdrew it',
  resolved_informally: 'Resolved informally',
  duplicate: 'A duplicate of another case',
  saved_in_error: 'Saved by mistake: not feedback',
};

/**
 * The reason as saved with the case's version (the item's history shows it beside who and
 * when): `withdrawalWhy('duplicate', 'same letter twice', 'CSC-2025-0040')` → `'Withdrawn: a
 * duplicate of another case, CSC-2025-0040 (same letter twice).'`
 */
export function withdrawalWhy(
  reason: WithdrawalReason,
  detail?: string,
  duplicateOf?: string,
): string {
  const label = withdrawalReasonLabels[reason];
  const said = `Withdrawn: ${label.charAt(0).toLowerCase()}${label.slice(1)}${
    duplicateOf ? `, ${duplicateOf}` : ''
  }`;
  const more = detail?.trim();
  return more ? `${said} (${more}).` : `${said}.`;
}

/**
 * Closes the case for `reason` on `on`: the stage's and the case's outcome, the reason kept
 * with the case (and for a duplicate, the case it duplicates). The case leaves every list of
 * open cases.
 */
export async function withdrawCase(
  store: FeedbackStore,
  match: CaseMatch,
  reason: WithdrawalReason,
  on: string,
  detail?: string,
  duplicateOf?: string,
): Promise<Result<CaseWorkDone, StoreError>> {
  const reference = match.case.value.reference;
  const other = duplicateOf?.trim().toUpperCase() || undefined;
  const done = await storeCall(() =>
    store.withdrawCase(
      reference,
      {
        reason,
        on,
        why: withdrawalWhy(reason, detail, other),
        ...(other ? { duplicateOf: other } : {}),
      },
      match.case.etag,
    ),
  );
  if (!done.ok) return done;
  return ok({
    file: done.value,
    message: `${reference} closed on ${formatUkDate(on)}: ${withdrawalReasonLabels[reason].charAt(0).toLowerCase()}${withdrawalReasonLabels[reason].slice(1)}.`,
    notes: [],
  });
}
