import { equalityRecord, type EqualityMonitoring } from '../../domain/records';
import type { CaseReference } from '../../domain/primitives/brand';
import { readAllPages } from '../graph/paging';
import { GraphRequestError } from '../graph/errors';
import { StoreFailure } from '../graph/storeError';
import { equalityList } from '../lists';
import type { Stored } from '../store';
import type { StoreContext } from './context';
import { findByKey, toStored, type GraphItem } from './items';
import { saveKeyed, validate } from './recordOps';

/**
 * Equality monitoring (docs/domain.md): a list only complaints managers can open. SharePoint
 * leaves it out of the site's lists for everyone else and refuses them its items, so both
 * come back here as one `forbidden`, with nothing read or written. Never kept in the browser.
 */
const forbidden = (doing: string) =>
  new StoreFailure({
    code: 'forbidden',
    message: `SharePoint did not let you ${doing} equality monitoring: only complaints managers can (if you are one, ask an administrator to run "npx feedback-desk provision").`,
  });

async function managersOnly<T>(
  ctx: StoreContext,
  doing: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    // A list SharePoint does not show you is, to the app, a list that is not there.
    await ctx.listPath('equality');
  } catch (error) {
    if (error instanceof StoreFailure && error.error.code === 'not_found') throw forbidden(doing);
    throw error;
  }
  try {
    return await run();
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 403) throw forbidden(doing);
    throw error;
  }
}

/** One complainant's answers, by the case's reference (undefined: none recorded). */
export const readEquality = (
  ctx: StoreContext,
  reference: CaseReference,
): Promise<Stored<EqualityMonitoring> | undefined> =>
  managersOnly(ctx, 'read', () => findByKey(ctx, equalityList, reference));

/**
 * Creates or (with the ETag the form opened) replaces a case's answers; a colleague's save in
 * between is a `conflict` and nothing is written.
 */
export const saveEquality = (
  ctx: StoreContext,
  answers: EqualityMonitoring,
  etag?: string,
): Promise<Stored<EqualityMonitoring>> =>
  managersOnly(ctx, 'record', () =>
    saveKeyed(ctx, equalityList, validate(equalityRecord, answers), etag),
  );

/** Every case's answers, for the annual report's aggregate tables. */
export const readAllEquality = (ctx: StoreContext): Promise<EqualityMonitoring[]> =>
  managersOnly(ctx, 'read', async () => {
    const { items } = await readAllPages<GraphItem>(
      ctx.client,
      `${await ctx.listPath('equality')}/items?$expand=fields&$top=5000`,
    );
    return items.map((item) => toStored(equalityList, item).value);
  });
