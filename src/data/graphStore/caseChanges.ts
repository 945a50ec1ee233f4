import type { CaseReference } from '../../domain/primitives/brand';
import { readAllPages } from '../graph/paging';
import { StoreFailure } from '../graph/storeError';
import { readNumber, readText, type Fields } from '../lists/fieldValues';
import { casesList } from '../lists';
import type { CaseChange, TrackedCaseField } from '../store';
import type { StoreContext } from './context';
import { findByKey } from './items';

/** One saved version of a case item, as Graph lists them (`…/items/{id}/versions`). */
export interface CaseVersion {
  readonly id: string;
  readonly lastModifiedDateTime?: string;
  readonly lastModifiedBy?: { readonly user?: { displayName?: string; email?: string } };
  readonly fields?: Fields;
}

/** The columns a version is compared on, and the one that says why. */
const tracked: readonly (readonly [TrackedCaseField, string])[] = [
  ['type', 'FeedbackType'],
  ['procedure', 'Procedure'],
  ['currentStage', 'CurrentStage'],
];
const VERSION_COLUMNS = [...tracked.map(([, column]) => column), 'ChangeReason'].join(',');

const valueOf = (field: TrackedCaseField, fields: Fields): string | number | null =>
  field === 'currentStage'
    ? (readNumber(fields.CurrentStage) ?? 0)
    : (readText(fields[field === 'type' ? 'FeedbackType' : 'Procedure']) ?? null);

/**
 * The changes of type, procedure or stage between a case item's versions (given newest first,
 * as Graph lists them), oldest first: each with the reason saved in that version and its
 * Editor and Modified. A version changing none of them (a date, a note) is not listed.
 *   changesFromVersions([v2 { CurrentStage: 2, ChangeReason: 'Wrong stage' }, v1 { CurrentStage: 1 }])
 *     → [{ changes: [{ field: 'currentStage', from: 1, to: 2 }], why: 'Wrong stage', … }]
 */
export function changesFromVersions(versions: readonly CaseVersion[]): CaseChange[] {
  const oldestFirst = [...versions].reverse();
  const out: CaseChange[] = [];
  for (let i = 1; i < oldestFirst.length; i += 1) {
    const before = oldestFirst[i - 1]!.fields ?? {};
    const version = oldestFirst[i]!;
    const after = version.fields ?? {};
    const changes = tracked.flatMap(([field]) => {
      const from = valueOf(field, before);
      const to = valueOf(field, after);
      return from === to ? [] : [{ field, from, to }];
    });
    if (changes.length === 0) continue;
    const user = version.lastModifiedBy?.user;
    const name = user?.displayName?.trim() || user?.email?.trim() || 'Unknown';
    const why = readText(after.ChangeReason);
    out.push({
      at: version.lastModifiedDateTime ?? '',
      by: { name, ...(user?.email ? { upn: user.email } : {}) },
      changes,
      ...(why ? { why } : {}),
    });
  }
  return out;
}

/** Every change of the case's type, procedure or stage, read from its item's versions. */
export async function caseChanges(
  ctx: StoreContext,
  reference: CaseReference,
): Promise<CaseChange[]> {
  const current = await findByKey(ctx, casesList, reference);
  if (!current)
    throw new StoreFailure({ code: 'not_found', message: `There is no case ${reference}.` });
  const { items } = await readAllPages<CaseVersion>(
    ctx.client,
    `${await ctx.listPath(casesList.key)}/items/${current.itemId}/versions?$expand=fields($select=${VERSION_COLUMNS})`,
  );
  return changesFromVersions(items);
}
