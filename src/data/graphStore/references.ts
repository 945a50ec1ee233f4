import { formatReference } from '../../domain/records';
import type { CaseReference } from '../../domain/shared/brand';
import { casesList } from '../lists';
import type { StoreContext } from './context';
import { findItems, quote } from './items';

/**
 * The next free number in a reference series, from the highest one taken: one indexed query
 * (`ReferenceSeries eq 'CSC-2025'`, newest `ReferenceSequence` first, one item).
 * `await highestSequence(ctx, 'CSC', 2025)` → 41 when `CSC-2025-0041` is the latest.
 */
export async function highestSequence(
  ctx: StoreContext,
  prefix: string,
  year: number,
): Promise<number> {
  const [latest] = await findItems(
    ctx,
    casesList,
    `fields/ReferenceSeries eq ${quote(`${prefix}-${year}`)}`,
    {
      orderby: 'fields/ReferenceSequence desc',
      top: 1,
      allPages: false,
    },
  );
  if (!latest) return 0;
  const match = /-(\d+)$/.exec(latest.value.reference);
  return match ? Number(match[1]) : 0;
}

/** Candidate references, in order: the next free one, then the ones after it (a colleague took it). */
export async function* referenceCandidates(
  ctx: StoreContext,
  prefix: string,
  year: number,
  attempts = 8,
): AsyncGenerator<CaseReference> {
  let sequence = (await highestSequence(ctx, prefix, year)) + 1;
  for (let i = 0; i < attempts; i += 1) {
    yield formatReference(prefix, year, sequence);
    // After a clash, ask again: several colleagues may be saving at the same moment.
    sequence = Math.max(sequence + 1, (await highestSequence(ctx, prefix, year)) + 1);
  }
}
