import {
  costRecord,
  ombudsmanCaseRecord,
  ombudsmanYearRecord,
  refusalRecord,
  type Cost,
  type OmbudsmanCase,
  type OmbudsmanYear,
  type Refusal,
} from '../../domain/records';
import { GraphRequestError } from '../graph/errors';
import { StoreFailure } from '../graph/storeError';
import { costsList, ombudsmanList, ombudsmanYearsList, refusalsList } from '../lists';
import type { Stored, WriteSeen } from '../store';
import type { StoreContext } from './context';
import { findByKey } from './items';
import { saveKeyed, saveShared, validate } from './recordOps';

/**
 * The records only complaints managers write (docs/domain.md, "Who uses it": the complaints
 * manager liaises with the Ombudsman and commissions investigations): Ombudsman cases, costs
 * the Ombudsman's annual figures and the refusals register. Their lists give officers and heads of service Read (`managerAccess`, docs/deploy.md
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

/** Creates or (with the ETag the form opened) replaces a refused complaint, by its id. */
export const saveRefusal = (
  ctx: StoreContext,
  refusal: Refusal,
  etag?: string,
): Promise<Stored<Refusal>> =>
  asManager('refused complaints', () =>
    saveKeyed(ctx, refusalsList, validate(refusalRecord, refusal), etag),
  );

/**
 * Saves the Ombudsman's figures for a year: one shared item a year, like a demand figure, so
 * with `seen` only over the version the manager saw (a colleague's save between → conflict).
 */
export const saveOmbudsmanYear = (
  ctx: StoreContext,
  figures: OmbudsmanYear,
  seen?: WriteSeen,
): Promise<Stored<OmbudsmanYear>> =>
  asManager("the Ombudsman's annual figures", () =>
    saveShared(ctx, ombudsmanYearsList, validate(ombudsmanYearRecord, figures), seen),
  );

/** The Ombudsman's figures saved for a year, if any (one look-up on the unique year). */
export const readOmbudsmanYear = (ctx: StoreContext, year: OmbudsmanYear['year']) =>
  findByKey(ctx, ombudsmanYearsList, year);
