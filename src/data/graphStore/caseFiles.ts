import type { FeedbackCase } from '../../domain/records';
import { casesList, stagesList } from '../lists';
import type { CaseFile, Stored } from '../store';
import type { StoreContext } from './context';
import { findByKey, findItems, quote } from './items';

/** The case and its stages (lowest stage first). Two indexed queries. */
export async function readCaseFile(
  ctx: StoreContext,
  reference: string,
): Promise<CaseFile | undefined> {
  const found = await findByKey(ctx, casesList, reference);
  return found ? withStages(ctx, found) : undefined;
}

export async function withStages(
  ctx: StoreContext,
  stored: Stored<FeedbackCase>,
): Promise<CaseFile> {
  const stages = await findItems(
    ctx,
    stagesList,
    `fields/CaseReference eq ${quote(stored.value.reference)}`,
  );
  stages.sort((a, b) => a.value.number - b.value.number);
  return { case: stored, stages };
}
