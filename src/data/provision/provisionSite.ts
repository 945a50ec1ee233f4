import type { GraphClient } from '../graph/client';
import { readAllPages } from '../graph/paging';
import { sitePath } from '../graph/sitePath';
import { allLists, archiveLibrary, correspondenceList } from '../lists';
import type { ColumnDefinition } from '../lists/columns';
import { columnPatch } from './columnDiff';
import { fillSenderSurnames } from './fillSurnames';

export interface ProvisionChange {
  readonly list: string;
  readonly action:
    'created_list' | 'created_library' | 'added_column' | 'updated_column' | 'filled_column';
  readonly column?: string;
  /** What changed, e.g. `{"indexed":true}`. */
  readonly detail?: string;
}

export interface ProvisionReport {
  readonly siteId: string;
  /** Display name → list id, for every list and library the app uses. */
  readonly lists: Readonly<Record<string, string>>;
  /** Empty when the site already had everything: running provisioning twice changes nothing. */
  readonly changes: readonly ProvisionChange[];
}

interface GraphList {
  id: string;
  displayName: string;
  list?: { template?: string };
}

interface GraphColumn extends Record<string, unknown> {
  id: string;
  name: string;
}

/**
 * Creates or updates every list, column and index the app needs in a SharePoint site, through
 * Graph. Idempotent: a second run finds everything in place and reports no changes.
 *
 * `await provisionSite(client, 'root')` on an empty site →
 * `{ siteId: 'root', lists: { Cases: '…', … }, changes: [{ list: 'Cases', action: 'created_list' }, …] }`;
 * run again → `{ …, changes: [] }`.
 */
export async function provisionSite(
  client: GraphClient,
  siteId: string,
  log: (line: string) => void = () => {},
): Promise<ProvisionReport> {
  const site = sitePath(siteId);
  const existing = (
    await readAllPages<GraphList>(client, `${site}/lists?$select=id,displayName,list`)
  ).items;
  const byName = new Map(existing.map((list) => [list.displayName.toLowerCase(), list]));
  const changes: ProvisionChange[] = [];
  const lists: Record<string, string> = {};

  for (const definition of allLists) {
    let list = byName.get(definition.displayName.toLowerCase());
    if (!list) {
      list = await client.post<GraphList>(`${site}/lists`, {
        displayName: definition.displayName,
        description: definition.description,
        columns: definition.columns,
        list: { template: 'genericList' },
      });
      changes.push({ list: definition.displayName, action: 'created_list' });
      log(`created list ${definition.displayName}`);
    }
    lists[definition.displayName] = list.id;
    // Checked even for a new list: some services ignore index settings in the create body.
    changes.push(
      ...(await reconcileColumns(
        client,
        `${site}/lists/${list.id}`,
        definition.displayName,
        definition.columns,
        log,
      )),
    );
    if (definition.key === correspondenceList.key) {
      const filled = await fillSenderSurnames(client, `${site}/lists/${list.id}`);
      if (filled > 0) {
        const detail = JSON.stringify({ items: filled });
        changes.push({
          list: definition.displayName,
          action: 'filled_column',
          column: 'FromSurname',
          detail,
        });
        log(`filled column ${definition.displayName}.FromSurname on ${filled} items`);
      }
    }
  }

  let library = byName.get(archiveLibrary.displayName.toLowerCase());
  if (!library) {
    library = await client.post<GraphList>(`${site}/lists`, {
      displayName: archiveLibrary.displayName,
      description: archiveLibrary.description,
      list: { template: 'documentLibrary' },
    });
    changes.push({ list: archiveLibrary.displayName, action: 'created_library' });
    log(`created library ${archiveLibrary.displayName}`);
  }
  lists[archiveLibrary.displayName] = library.id;

  return { siteId, lists, changes };
}

async function reconcileColumns(
  client: GraphClient,
  listPath: string,
  listName: string,
  desired: readonly ColumnDefinition[],
  log: (line: string) => void,
): Promise<ProvisionChange[]> {
  const actual = (await readAllPages<GraphColumn>(client, `${listPath}/columns`)).items;
  const byName = new Map(actual.map((column) => [column.name.toLowerCase(), column]));
  const changes: ProvisionChange[] = [];
  for (const column of desired) {
    const found = byName.get(column.name.toLowerCase());
    if (!found) {
      await client.post(`${listPath}/columns`, column);
      changes.push({ list: listName, action: 'added_column', column: column.name });
      log(`added column ${listName}.${column.name}`);
      continue;
    }
    const patch = columnPatch(column, found);
    if (patch) {
      await client.patch(`${listPath}/columns/${found.id}`, patch);
      const detail = JSON.stringify(patch);
      changes.push({ list: listName, action: 'updated_column', column: column.name, detail });
      log(`updated column ${listName}.${column.name} ${detail}`);
    }
  }
  return changes;
}
