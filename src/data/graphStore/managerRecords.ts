import {
  costRecord,
  ombudsmanCaseRecord,
  type Cost,
  type OmbudsmanCase,
} from '../../domain/records';
import { GraphRequestError } from '../graph/errors';
import { StoreFailure } from '../graph/storeError';
import { costsList, ombudsmanList } from '../lists';
import type { Stored } from '../store';
import type { StoreContext } from './context';
import { saveKeyed, validate } from './recordOps';

/**
 * The records only complaints managers write (docs/domain.md, "Who uses it": the complaints
 * manager liaises with the Ombudsman and commissions investigations): Ombudsman cases and
 * costs. Their lists give officers and heads of service Read (`managerAccess`, docs/deploy.md
 * "Who may do what"), so SharePoint refuses anyone else with a 403, which comes back here as
 * `forbidden` saying who may, with nothing written.
 */
async function asManager<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 403)
      throw new StoreFailure({
        code: 'forbidden',
        message: `SharePoint refused: only complaints managers can record ${what}. Nothing was saved.`,
      });
    throw error;
  }
}

/** Creates or (with the ETag the form opened) replaces an Ombudsman case, by its reference. */
export const saveOmbudsmanCase = (
  ctx: StoreContext,
  record: OmbudsmanCase,
  etag?: string,
): Promise<Stored<OmbudsmanCase>> =>
  asManager('Ombudsman cases', () =>
    saveKeyed(ctx, ombudsmanList, validate(ombudsmanCaseRecord, record), etag),
  );

/** Creates or (with the ETag the form opened) replaces a cost, by its id. */
export const saveCost = (ctx: StoreContext, cost: Cost, etag?: string): Promise<Stored<Cost>> =>
  asManager('costs', () => saveKeyed(ctx, costsList, validate(costRecord, cost), etag));
