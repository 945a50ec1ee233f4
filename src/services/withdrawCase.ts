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
};

/**
 * The reason as saved with the case's version (the item's history shows it beside who and
 * when): `withdrawalWhy('duplicate', 'CSC-2025-0040')` → `'Withdrawn: a duplicate of another
 * case (CSC-2025-0040).'`
 */
export function withdrawalWhy(reason: WithdrawalReason, detail?: string): string {
  const label = withdrawalReasonLabels[reason];
  const said = `Withdrawn: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  const more = detail?.trim();
  return more ? `${said} (${more}).` : `${said}.`;
}

/**
 * Closes the case for `reason` on `on`: the stage's and the case's outcome, the reason kept
 * with the case. The case leaves every list of open cases.
 */
export async function withdrawCase(
  store: FeedbackStore,
  match: CaseMatch,
  reason: WithdrawalReason,
  on: string,
  detail?: string,
): Promise<Result<CaseWorkDone, StoreError>> {
  const reference = match.case.value.reference;
  const done = await storeCall(() =>
    store.withdrawCase(
      reference,
      { reason, on, why: withdrawalWhy(reason, detail) },
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
