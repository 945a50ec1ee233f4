import type { GraphClient } from '../graph/client';
import { runBatch, type BatchRequest } from '../graph/batch';
import { everyKey, lists, type ListDefinition, type ListKey, type ListRecords } from '../lists';
import { forCreate } from '../lists/fieldValues';
import type { ImportError } from './importError';
import type { ImportPlan } from './importPlan';
import { existingKeys, listPaths } from './listIds';

/**
 * The file each list's records are imported from, or null: a list added to `ListRecords` does
 * not compile here until it says (docs/contracts.md, Import files, promises the files).
 */
export const importFiles = {
  cases: 'cases.csv',
  stages: 'cases.csv',
  ombudsman: 'ombudsman.csv',
  costs: 'costs.csv',
  actions: 'actions.csv',
  demand: 'context.csv',
  correspondence: null,
  ombudsmanYears: 'ombudsman_years.csv',
  refusals: 'refusals.csv',
  equality: 'equality.csv',
  plans: null,
  settings: null,
  narratives: null,
  triageFeedback: null,
  // A sign-off's author and time are SharePoint's stamps: an import cannot make one.
  signOffs: null,
} as const satisfies { readonly [K in ListKey]: string | null };

/** The lists an import writes. */
export type RecordKind = {
  [K in ListKey]: (typeof importFiles)[K] extends string ? K : never;
}[ListKey];

/** In write order: cases first (the other files name them). Each imported list once. */
export const recordKinds = everyKey<RecordKind>()(
  'cases',
  'stages',
  'ombudsman',
  'costs',
  'actions',
  'demand',
  'refusals',
  'ombudsmanYears',
  'equality',
);
export type KindCounts = Record<RecordKind, number>;

/** A record to write and the row of its file it came from (for errors and progress). */
interface ImportedRow<T> {
  readonly row: number;
  readonly value: T;
}

/** The rows of each imported list: one entry per `RecordKind`, or it does not compile. */
export type ImportRows = { readonly [K in RecordKind]: readonly ImportedRow<ListRecords[K]>[] };

interface Target {
  readonly kind: RecordKind;
  readonly file: string;
  readonly list: ListDefinition<unknown>;
  readonly rows: readonly ImportedRow<unknown>[];
}

export interface WriteOptions {
  readonly siteId: string;
  /** Count what would be created and updated, write nothing. */
  readonly dryRun?: boolean;
  /** Batches in flight at once (each of 20 requests). Default 4. */
  readonly concurrency?: number;
  /**
   * Keys already read from the site (key → item id), by kind, e.g. the cases' references the
   * caller read to check the files: they are not read again.
   */
  readonly knownKeys?: Partial<Record<RecordKind, ReadonlyMap<string, string>>>;
  /** Records already written by an interrupted run of the same files, by kind. */
  readonly alreadyWritten?: Partial<KindCounts>;
  /** After each slice of writes: records done so far and in all, and how far each kind got. */
  readonly onProgress?: (done: number, total: number, written: KindCounts) => void;
}

export interface WriteResult {
  readonly imported: KindCounts;
  readonly updated: KindCounts;
  /** Records skipped because an interrupted run had written them. */
  readonly resumed: KindCounts;
  readonly errors: ImportError[];
}

/** Requests per slice between progress reports and checkpoints (20 batches of 20). */
const SLICE = 400;

/**
 * Writes the valid rows of a plan through JSON `$batch` (20 requests per batch, throttled
 * sub-requests retried), cases first. Each record is created, or updated when an item with
 * its key (reference, stage key, cost or action id…) is already in the list.
 * Rows with an error in `plan.errors` are left out (that is what `--partial` writes).
 */
export async function writeImport(
  client: GraphClient,
  plan: ImportPlan,
  options: WriteOptions,
): Promise<WriteResult> {
  const bad = new Set(plan.errors.map((e) => `${e.file}#${e.row}`));
  const keep = <R extends { row: number }>(file: string, rows: readonly R[]) =>
    rows.filter((r) => !bad.has(`${file}#${r.row}`));
  const cases = keep(importFiles.cases, plan.cases);
  // The rows each imported list gets: a list given an import file in `importFiles` does not
  // compile here until it says which rows are its records.
  const rowsOf: ImportRows = {
    cases: cases.map((c) => ({ row: c.row, value: c.case })),
    stages: cases.flatMap((c) => c.stages.map((value) => ({ row: c.row, value }))),
    ombudsman: keep(importFiles.ombudsman, plan.ombudsman),
    costs: keep(importFiles.costs, plan.costs),
    actions: keep(importFiles.actions, plan.actions),
    demand: keep(importFiles.demand, plan.demand),
    refusals: keep(importFiles.refusals, plan.refusals),
    ombudsmanYears: keep(importFiles.ombudsmanYears, plan.ombudsmanYears),
    equality: keep(importFiles.equality, plan.equality),
  };
  const targets: Target[] = recordKinds.map((kind) => ({
    kind,
    file: importFiles[kind],
    list: lists[kind] as ListDefinition<unknown>,
    rows: rowsOf[kind],
  }));

  const paths = await listPaths(
    client,
    options.siteId,
    targets.map((t) => t.list),
  );
  const imported = zeroKindCounts();
  const updated = zeroKindCounts();
  const resumed = zeroKindCounts();
  const written = zeroKindCounts();
  const errors: ImportError[] = [];
  const total = targets.reduce((sum, t) => sum + t.rows.length, 0);
  let done = 0;
  for (const target of targets) {
    if (target.rows.length === 0) continue;
    const path = paths.get(target.list.key) as string;
    const keys =
      options.knownKeys?.[target.kind] ?? (await existingKeys(client, path, target.list.keyColumn));
    const skip = Math.min(options.alreadyWritten?.[target.kind] ?? 0, target.rows.length);
    resumed[target.kind] = skip;
    written[target.kind] = skip;
    done += skip;
    for (let start = skip; start < target.rows.length; start += SLICE) {
      const slice = target.rows.slice(start, start + SLICE);
      const requests: BatchRequest[] = [];
      const creates: boolean[] = [];
      for (const { value } of slice) {
        const fields = target.list.toFields(value);
        const itemId = keys.get(target.list.keyOf(value));
        creates.push(itemId === undefined);
        requests.push(
          itemId === undefined
            ? { method: 'POST', url: `${path}/items`, body: { fields: forCreate(fields) } }
            : { method: 'PATCH', url: `${path}/items/${itemId}/fields`, body: fields },
        );
      }
      if (options.dryRun) {
        for (const create of creates) (create ? imported : updated)[target.kind] += 1;
      } else {
        const responses = await runBatch(client, requests, {
          concurrency: options.concurrency ?? 4,
        });
        responses.forEach((response, i) => {
          const row = slice[i]?.row ?? 0;
          if (response.status >= 400) {
            errors.push({
              file: target.file,
              row,
              column: '',
              message: writeFailure(target, response),
            });
          } else {
            (creates[i] ? imported : updated)[target.kind] += 1;
          }
        });
      }
      done += slice.length;
      written[target.kind] = start + slice.length;
      options.onProgress?.(done, total, { ...written });
    }
  }
  return { imported, updated, resumed, errors };
}

/** A count of nothing for every imported list. */
export function zeroKindCounts(): KindCounts {
  return Object.fromEntries(recordKinds.map((kind) => [kind, 0])) as KindCounts;
}

/** The Graph error's message, which names the field the site refused; never the row's data. */
function writeFailure(target: Target, response: { status: number; body: unknown }): string {
  const body = response.body as { error?: { code?: string; message?: string } } | undefined;
  const detail = body?.error?.message ?? `status ${response.status}`;
  return `the site refused this ${target.kind === 'stages' ? 'stage' : 'row'} (${response.status} ${body?.error?.code ?? ''}): ${detail}`.replace(
    ' ()',
    '',
  );
}
