import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/server';

export interface Harness {
  readonly emulator: RunningEmulator;
  readonly client: Client;
  readonly dataDir: string;
  /** Stops the emulator; `keepData` leaves the directory for a restart test. */
  stop(keepData?: boolean): Promise<void>;
}

export const newDataDir = () => mkdtempSync(join(tmpdir(), 'graph-emulator-'));

/** A Graph client with the SDK's default middleware (auth, retry, redirect, telemetry). */
export function graphClient(emulator: RunningEmulator): Client {
  return Client.init({
    baseUrl: emulator.url,
    defaultVersion: 'v1.0',
    authProvider: (done) => done(null, 'contract-test-token'),
  });
}

/** Starts an emulator on a random port over a fresh data directory. */
export async function startHarness(options: Partial<EmulatorOptions> = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? newDataDir();
  const emulator = await startEmulator({ ...options, port: 0, dataDir });
  return {
    emulator,
    client: graphClient(emulator),
    dataDir,
    async stop(keepData = false) {
      await emulator.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a request expected to fail and returns the SDK's GraphError. */
export async function failure(request: Promise<unknown>): Promise<GraphError> {
  try {
    await request;
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('the request succeeded but was expected to fail');
}

/** The parsed Graph error body the SDK keeps on GraphError.body. */
export const errorBodyOf = (error: GraphError) =>
  JSON.parse(String(error.body)) as {
    code: string;
    message: string;
    innerError: Record<string, string>;
  };

/**
 * The SDK only treats https Graph (or custom https) hosts as absolute URLs, so a nextLink
 * or deltaLink from the plain-http emulator goes back in as a path relative to /v1.0.
 */
export const relativeLink = (emulator: RunningEmulator, link: string) => {
  if (!link.startsWith(emulator.graphUrl)) throw new Error(`link ${link} is not on this emulator`);
  return link.slice(emulator.graphUrl.length);
};

export async function control(
  emulator: RunningEmulator,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`control ${method} ${path} → ${response.status}: ${await response.text()}`);
  return response.status === 204 ? undefined : ((await response.json()) as unknown);
}

export interface ListHandle {
  readonly id: string;
  readonly items: string;
}

/** Creates a list and returns its id and its items path. */
export async function createList(
  client: Client,
  displayName: string,
  columns: unknown[],
  template = 'genericList',
): Promise<ListHandle> {
  const list = (await client
    .api('/sites/root/lists')
    .post({ displayName, columns, list: { template } })) as { id: string };
  return { id: list.id, items: `/sites/root/lists/${list.id}/items` };
}

/** Fields of a list item as Graph returns them. */
export type Fields = Record<string, unknown> & { id: string };
export interface Item {
  id: string;
  eTag: string;
  fields: Fields;
}
export interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}
