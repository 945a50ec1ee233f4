import { loadRecord, triageFeedbackRecord, type TriageFeedbackRecord } from '../../domain/records';
import { readAllPages } from '../graph/paging';
import { StoreFailure } from '../graph/storeError';
import { triageFeedbackList } from '../lists/triageFeedback';
import type { Stored } from '../store';
import type { StoreContext } from './context';
import { createOrFind, toStored, type GraphItem } from './items';

/**
 * Every officer's triage decision, oldest first (SharePoint numbers items in the order they
 * were added), with who and when as SharePoint stamped them. An item that cannot be read is
 * left out rather than stopping the pane: a decision is a hint, never a record anyone needs.
 */
export async function loadTriageFeedback(
  ctx: StoreContext,
): Promise<Stored<TriageFeedbackRecord>[]> {
  const { items } = await readAllPages<GraphItem>(
    ctx.client,
    `${await ctx.listPath('triageFeedback')}/items?$expand=fields&$top=500`,
  );
  const read: Stored<TriageFeedbackRecord>[] = [];
  for (const item of items) {
    try {
      read.push(toStored(triageFeedbackList, item));
    } catch {
      // Unreadable (written by a newer version, or edited by hand): not learned from.
    }
  }
  return read.sort((a, b) => Number(a.itemId) - Number(b.itemId));
}

/** Adds one decision, checked against its schema first; a retry returns the first. */
export async function addTriageFeedback(
  ctx: StoreContext,
  feedback: TriageFeedbackRecord,
): Promise<Stored<TriageFeedbackRecord>> {
  const checked = loadRecord(triageFeedbackRecord, feedback);
  if (!checked.ok) throw new StoreFailure({ code: 'invalid', message: checked.error.message });
  return (await createOrFind(ctx, triageFeedbackList, checked.value)).stored;
}
