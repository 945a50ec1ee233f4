import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startEmulator } from '../../emulator/server';
import { createGraphClient, type GraphClient } from '../../src/data/graph/client';
import {
  createGraphStore,
  type GraphFeedbackStore,
  type GraphStoreOptions,
} from '../../src/data/graphStore';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { generateDemoData, type DemoDataOptions } from '../../src/data/seed/generateDemoData';
import { writeDemoData } from '../../src/data/seed/writeDemoData';
import type { EmailMessage, NewCase } from '../../src/data/store';
import { asIsoDate } from '../../src/domain/primitives/brand';

/** An emulator on a random port with a fresh data dir, provisioned through our own code. */
export async function startProvisionedEmulator(options: { largeListThreshold?: number } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fd-data-'));
  const emulator = await startEmulator({ port: 0, dataDir, ...options });
  const client = createGraphClient({
    baseUrl: emulator.graphUrl,
    retryDelaySeconds: 0,
    timeoutMs: 10_000,
  });
  const provision = await provisionSite(client, 'root');
  return {
    emulator,
    client,
    provision,
    control: (method: string, route: string, body?: unknown) =>
      fetch(`${emulator.url}/_emulator/${route}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    stats: async () =>
      (await (await fetch(`${emulator.url}/_emulator/stats`)).json()) as {
        requests: number;
        byMethod: Record<string, number>;
        byStatus: Record<string, number>;
      },
    close: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startProvisionedEmulator>>;
export type { GraphClient };

/** The emulator of a test file, and a store on its site. */
export interface EmulatorStore extends Omit<Harness, 'close'> {
  /** A fresh Graph store on the emulator's site (its own caches), with any other options. */
  store(options?: Omit<GraphStoreOptions, 'siteId'>): GraphFeedbackStore;
}

/**
 * The set-up the store's contract tests share: a provisioned emulator started before the
 * file's tests (with fictitious demo data written when `seed` is given) and closed after them.
 * Call it at the top of a test file; its members are there once the tests run.
 *   const h = withEmulatorStore({ largeListThreshold: 100, seed: { cases: 400, seed: 'x', today } });
 *   it('…', async () => { const snapshot = await h.store().loadSnapshot(); … });
 */
export function withEmulatorStore(
  options: { largeListThreshold?: number; seed?: DemoDataOptions } = {},
): EmulatorStore {
  const { seed, ...emulatorOptions } = options;
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startProvisionedEmulator(emulatorOptions);
    if (seed) {
      const report = await writeDemoData(harness.client, 'root', generateDemoData(seed));
      expect(report.errors).toEqual([]);
    }
  }, 120_000);
  afterAll(async () => harness?.close());
  const started = (): Harness => {
    if (!harness) throw new Error('withEmulatorStore: the emulator starts in beforeAll');
    return harness;
  };
  return {
    get emulator() {
      return started().emulator;
    },
    get client() {
      return started().client;
    },
    get provision() {
      return started().provision;
    },
    control: (method, route, body) => started().control(method, route, body),
    stats: () => started().stats(),
    store: (more = {}) =>
      createGraphStore(started().client, {
        siteId: 'root',
        ...(options.largeListThreshold ? { listThreshold: options.largeListThreshold } : {}),
        ...more,
      }),
  };
}

let counter = 0;
/** A fictitious email with a fresh message id each call. */
export function testEmail(overrides: Partial<EmailMessage> = {}): EmailMessage {
  counter += 1;
  return {
    internetMessageId: `<test-${counter}-${Date.now()}@mail.example.org>`,
    conversationId: `AAQkConversation${counter}${Date.now()}`,
    subject: 'Complaint about my son’s care plan',
    from: { name: 'Alex Example', address: 'alex.example@example.org' },
    to: ['complaints@examplecounty.gov.uk'],
    receivedAt: '2025-12-19T09:30:00Z',
    body: 'I am unhappy with how the review was handled.\nPlease respond.',
    ...overrides,
  };
}

export function newComplaint(overrides: Partial<NewCase> = {}): NewCase {
  return {
    type: 'complaint',
    procedure: 'children_statutory',
    stage: 1,
    received: asIsoDate('2025-12-19'),
    summary: 'Care plan review',
    complainant: 'parent',
    serviceArea: 'Children in care',
    causes: ['communication'],
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
    ...overrides,
  };
}
