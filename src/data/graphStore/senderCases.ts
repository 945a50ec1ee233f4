import type { CaseQuery } from '../../domain/records';
import { GraphRequestError } from '../graph/errors';
import { StoreFailure } from '../graph/storeError';
import { correspondenceList } from '../lists';
import { MOST_CASES_FOUND, type CaseFile } from '../store';
import { readCaseFile } from './caseFiles';
import type { StoreContext } from './context';
import { findItems, quote } from './items';

/** How many of a sender's emails are read. */
const EMAILS_READ = 200;

/**
 * The `$filter` for a sender's emails on any case since a day: on `FromAddress` first (indexed,
 * and a single sender's emails stay far below SharePoint's 5,000 threshold, which is held to
 * the filter's first indexed column: docs/contracts.md), then `At` (indexed) to keep it to recent
 * months. The address is trimmed and cut to the 255 characters the column keeps; SharePoint
 * compares text without regard to case. Undefined for an empty address: nothing to look for.
 *   senderEmailsFilter(' Alex@Example.org ', '2024-12-19')
 *   → "fields/FromAddress eq 'Alex@Example.org' and fields/At ge '2024-12-19T00:00:00Z'"
 */
export function senderEmailsFilter(address: string, since: string): string | undefined {
  const trimmed = address.trim().slice(0, 255);
  if (!trimmed) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) throw new RangeError(`not a date: ${since}`);
  return `fields/FromAddress eq ${quote(trimmed)} and fields/At ge '${since}T00:00:00Z'`;
}

/**
 * The open cases a sender has written about since `since`, the most recently written first.
 * Only emails the sender sent count (not the council's replies to them); closed cases are left
 * out, since a new email about one is a new matter or an escalation the officer decides on.
 */
export async function openCasesFromSender(
  ctx: StoreContext,
  address: string,
  since: string,
): Promise<CaseFile[]> {
  const filter = senderEmailsFilter(address, since);
  if (!filter) return [];
  const files = await casesWrittenAbout(ctx, filter);
  return files.filter((f) => f.case.value.status === 'open');
}

/**
 * The `$filter` for the emails a query finds cases by: an address on `FromAddress`, a
 * surname's start on `FromSurname` (both indexed: the first clause is the index seek
 * SharePoint's threshold is held to). Undefined for a reference, which is read directly.
 *   emailsFilter({ kind: 'surname', surname: 'obrien' }) → "startswith(fields/FromSurname,'obrien')"
 */
export function emailsFilter(query: CaseQuery): string | undefined {
  // Only indexed columns may be named (Graph refuses others without a Prefer header that
  // SharePoint warns may fail on large lists), so the council's own replies are left out after.
  if (query.kind === 'address') return `fields/FromAddress eq ${quote(query.address)}`;
  if (query.kind === 'surname') return `startswith(fields/FromSurname,${quote(query.surname)})`;
  return undefined;
}

/**
 * The cases a query finds, open or closed, the most recently written to first, at most ten:
 * a reference is the case itself; an address or a surname, the cases the sender's emails
 * are on. A surname so short that SharePoint refuses to count its matches asks for more of it.
 */
export async function findCases(ctx: StoreContext, query: CaseQuery): Promise<CaseFile[]> {
  if (query.kind === 'reference') {
    const file = await readCaseFile(ctx, query.reference);
    return file ? [file] : [];
  }
  try {
    return await casesWrittenAbout(ctx, emailsFilter(query)!);
  } catch (error) {
    if (error instanceof GraphRequestError && error.isThresholdRefusal)
      throw new StoreFailure({
        code: 'invalid',
        message: 'Too many names begin with those letters: type more of the surname.',
      });
    throw error;
  }
}

/**
 * The cases of the incoming emails a filter finds, the most recently written first, at most
 * ten: one indexed query on Correspondence, then each case (read together).
 */
async function casesWrittenAbout(ctx: StoreContext, filter: string): Promise<CaseFile[]> {
  const emails = await findItems(ctx, correspondenceList, filter, {
    top: EMAILS_READ,
    allPages: false,
  });
  const references = [
    ...new Set(
      emails
        .map((e) => e.value)
        .filter((e) => e.direction === 'incoming')
        .sort((a, b) => b.at.localeCompare(a.at))
        .map((e) => e.caseReference),
    ),
  ].slice(0, MOST_CASES_FOUND);
  const files = await Promise.all(references.map((r) => readCaseFile(ctx, r)));
  return files.filter((f): f is CaseFile => f !== undefined);
}
