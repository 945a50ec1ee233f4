import { runBatch, type BatchRequest } from '../graph/batch';
import type { GraphClient } from '../graph/client';
import { createStoreContext } from '../graphStore/context';
import { messageKey, referenceKey } from '../graphStore/messageKey';
import { lists, signOffsList, type ListKey, type ListRecords } from '../lists';
import { GraphRequestError } from '../graph/errors';
import { DEV_USER_HEADER } from '../graph/devUser';
import { forCreate, type Fields } from '../lists/fieldValues';
import type { ListDefinition } from '../lists/listDefinition';
import type { DemoData } from './generateDemoData';

export interface SeedReport {
  /** Items created, by list. */
  readonly created: Record<string, number>;
  /** Items already there (same key: a second seed with the same seed changes nothing). */
  readonly existing: Record<string, number>;
  /** The first few failures, one plain line each. */
  readonly errors: string[];
}

type SeedValues<T> = (data: DemoData, correspondenceKeys: readonly string[]) => readonly T[];

/**
 * What the demo writes to each list, in this order. A list added to `ListRecords` does not
 * compile here until it says what it is seeded with, or that it is not seeded.
 */
export type SeedPlan = { readonly [K in ListKey]: SeedValues<ListRecords[K]> | 'not seeded' };

export const seededValues: SeedPlan = {
  settings: (data) => [data.settings],
  demand: (data) => data.demand,
  ombudsmanYears: (data) => data.ombudsmanYears,
  cases: (data) => data.cases,
  stages: (data) => data.stages,
  correspondence: (data, keys) =>
    data.correspondence.map((c, i) => ({ ...c, messageKey: keys[i]! })),
  plans: (data) => data.plans,
  actions: (data) => data.actions,
  ombudsman: (data) => data.ombudsman,
  costs: (data) => data.costs,
  refusals: (data) => data.refusals,
  equality: (data) => data.equality,
  // Written by officers from the Annual report view.
  narratives: 'not seeded',
  triageFeedback: 'not seeded',
  // Each written as the head of service who decided it, one at a time (writeSignOffs).
  signOffs: 'not seeded',
};

/**
 * Writes the demo data through JSON `$batch` (20 items a request, throttled sub-requests
 * retried). Every list has a unique key, so running the same seed twice writes nothing new.
 */
export async function writeDemoData(
  client: GraphClient,
  siteId: string,
  data: DemoData,
  options: { log?: (line: string) => void; concurrency?: number } = {},
): Promise<SeedReport> {
  const ctx = createStoreContext(client, siteId);
  const report: SeedReport = { created: {}, existing: {}, errors: [] };
  const correspondenceKeys = await Promise.all(
    data.correspondence.map((c) => messageKey(c.internetMessageId ?? `${c.caseReference}#${c.at}`)),
  );
  const jobs: [ListDefinition<never>, Fields[]][] = [];
  for (const key of Object.keys(seededValues) as ListKey[]) {
    const values = seededValues[key];
    if (values === 'not seeded') continue;
    const definition = lists[key] as ListDefinition<unknown>;
    const fields = (values as SeedValues<unknown>)(data, correspondenceKeys).map((value) =>
      definition.toFields(value),
    );
    // The store gives each case the fingerprint of its reference (an imported case has no email).
    if (key === 'cases')
      for (const [i, c] of data.cases.entries()) fields[i]!.MessageKey = referenceKey(c.reference);
    jobs.push([definition as ListDefinition<never>, fields]);
  }
  for (const [definition, rows] of jobs) {
    const path = `${await ctx.listPath(definition.key)}/items`;
    const requests: BatchRequest[] = rows.map((fields) => ({
      method: 'POST',
      url: path,
      body: { fields: forCreate(fields) },
    }));
    const started = Date.now();
    const answers = await runBatch(client, requests, { concurrency: options.concurrency ?? 3 });
    let created = 0;
    let existing = 0;
    for (const answer of answers) {
      if (answer.status === 201 || answer.status === 200) created += 1;
      else if (answer.status === 409) existing += 1;
      else if (report.errors.length < 5) {
        const message = (answer.body as { error?: { message?: string } } | undefined)?.error
          ?.message;
        report.errors.push(
          `${definition.displayName}: HTTP ${answer.status} ${message ?? ''}`.trim(),
        );
      }
    }
    report.created[definition.displayName] = created;
    report.existing[definition.displayName] = existing;
    options.log?.(
      `seed: ${definition.displayName}: ${created} created, ${existing} already there (${Date.now() - started} ms)`,
    );
  }
  await writeSignOffs(ctx, data, report, options.log);
  return report;
}

/**
 * Each demo decision is written as the head of service who made it, so SharePoint stamps
 * them as its author: the plain emulator takes the person from the `X-Feedback-Desk-User`
 * header (a tenant ignores it and stamps whoever runs the seed). One plan's decisions are
 * written in order, as their order is the item ids'.
 */
async function writeSignOffs(
  ctx: ReturnType<typeof createStoreContext>,
  data: DemoData,
  report: SeedReport,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  const path = `${await ctx.listPath(signOffsList.key)}/items`;
  let created = 0;
  let existing = 0;
  for (const { record, by } of data.signOffs) {
    try {
      await ctx.client.post(
        path,
        { fields: forCreate(signOffsList.toFields(record)) },
        by.upn ? { headers: { [DEV_USER_HEADER]: by.upn } } : {},
      );
      created += 1;
    } catch (error) {
      if (error instanceof GraphRequestError && error.isUniqueViolation) existing += 1;
      else if (report.errors.length < 5)
        report.errors.push(
          `${signOffsList.displayName}: ${error instanceof Error ? error.message : String(error)}`,
        );
    }
  }
  report.created[signOffsList.displayName] = created;
  report.existing[signOffsList.displayName] = existing;
  log?.(`seed: ${signOffsList.displayName}: ${created} created, ${existing} already there`);
}
