import { defaultCouncilSettings, type CouncilSettings } from '../../domain/records';
import type { ReportInput } from '../../domain/reporting';
import type { GraphClient } from '../graph/client';
import { readAllPages } from '../graph/paging';
import {
  actionsList,
  casesList,
  costsList,
  demandList,
  equalityList,
  ombudsmanList,
  ombudsmanYearsList,
  refusalsList,
  settingsList,
  stagesList,
  type ListDefinition,
} from '../lists';
import { listPaths, SiteNotProvisioned } from './listIds';

/** Every record a report reads, and the settings (calendar and Stage 2 clock), from the site. */
export interface SiteRecords extends ReportInput {
  readonly settings: CouncilSettings;
}

/**
 * Reads the lists the annual report needs, page by page (5,000 items a page), and checks each
 * item against its record schema: an unreadable item stops the report with the item and the
 * reason, rather than being left out of a published figure.
 */
export async function readSiteRecords(client: GraphClient, siteId: string): Promise<SiteRecords> {
  const lists = [
    casesList,
    stagesList,
    ombudsmanList,
    costsList,
    refusalsList,
    actionsList,
    demandList,
    ombudsmanYearsList,
    settingsList,
  ];
  const paths = await listPaths(client, siteId, lists as readonly ListDefinition<unknown>[]);
  const read = async <T>(list: ListDefinition<T>): Promise<T[]> => {
    const { items } = await readAllPages<{ id: string; fields?: Record<string, unknown> }>(
      client,
      `${paths.get(list.key) as string}/items?$expand=fields&$top=5000`,
    );
    return items.map((item) => {
      const loaded = list.fromFields(item.fields ?? {});
      if (!loaded.ok) {
        throw new Error(
          `item ${item.id} of the ${list.displayName} list cannot be read: ${loaded.error.message}`,
        );
      }
      return loaded.value;
    });
  };
  // Equality monitoring only where the person running the report may see its list
  // (complaints managers): SharePoint leaves it out of the site's lists for anyone else.
  const equality = listPaths(client, siteId, [equalityList as ListDefinition<unknown>]).then(
    (found) => {
      paths.set(equalityList.key, found.get(equalityList.key) as string);
      return read(equalityList);
    },
    (error: unknown) => {
      if (error instanceof SiteNotProvisioned) return undefined;
      throw error;
    },
  );
  const [cases, stages, ombudsman, costs, refusals, actions, demand, ombudsmanYears, settings] =
    await Promise.all([
      read(casesList),
      read(stagesList),
      read(ombudsmanList),
      read(costsList),
      read(refusalsList),
      read(actionsList),
      read(demandList),
      read(ombudsmanYearsList),
      read(settingsList),
    ]);
  return {
    cases,
    stages,
    ombudsman,
    costs,
    refusals,
    actions,
    demand,
    // The Ombudsman's own figures for the council: the tab shows them, so the CLI's report must.
    ombudsmanYears,
    ...(await equality.then((e) => (e ? { equality: e } : {}))),
    settings: settings[0] ?? defaultCouncilSettings(),
  };
}
