import { formatReference } from '../../domain/records';
import type { CaseReference } from '../../domain/primitives/brand';
import { casesList } from '../lists';
import type { StoreContext } from './context';
import { findItems, quote } from './items';
import { GraphRequestError } from '../graph/errors';

/** Numbers of a series read in one query at first; halved whenever SharePoint refuses it. */
const FIRST_WINDOW = 2000;

/**
 * The next free number in a reference series, from the highest one taken. A series can hold
 * more cases than SharePoint's list view threshold, and a filter matching more than that is
 * refused even on indexed columns, so the numbers are read in windows
 * (`ReferenceSequence ge 1 and ReferenceSequence lt 2001 and ReferenceSeries eq 'CSC-2025'`,
 * newest first, one item), upwards while a window is full to its end; a refused window is
 * halved.
 * `await highestSequence(ctx, 'CSC', 2025)` → 41 when `CSC-2025-0041` is the latest.
 */
export async function highestSequence(
  ctx: StoreContext,
  prefix: string,
  year: number,
): Promise<number> {
  let highest = 0;
  let window = FIRST_WINDOW;
  for (let from = 1; ;) {
    let latest;
    try {
      [latest] = await findItems(
        ctx,
        casesList,
        // The window comes first: SharePoint holds the filter's first indexed column against
        // the threshold (docs/contracts.md), and a whole series can pass it; a window cannot.
        `fields/ReferenceSequence ge ${from} and fields/ReferenceSequence lt ${from + window} and fields/ReferenceSeries eq ${quote(`${prefix}-${year}`)}`,
        { orderby: 'fields/ReferenceSequence desc', top: 1, allPages: false },
      );
    } catch (error) {
      if (!(error instanceof GraphRequestError && error.isThresholdRefusal) || window === 1)
        throw error;
      window = Math.max(1, Math.floor(window / 2));
      continue;
    }
    if (!latest) return highest;
    const match = /-(\d+)$/.exec(latest.value.reference);
    highest = Math.max(highest, match ? Number(match[1]) : 0);
    // The window was not full up to its end: the next number is free (a later one past a gap
    // does not matter, references only have to be unique).
    if (highest < from + window - 1) return highest;
    from += window;
  }
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
