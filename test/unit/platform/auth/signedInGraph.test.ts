import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../../../emulator/server';
import { createStrictMode, type StrictMode } from '../../../../emulator/strict/strictMode';
import type { CheckResult } from '../../../../emulator/strict/tokenAuthority';
import { GraphRequestError } from '../../../../src/data/graph';
import type { AppConfig } from '../../../../src/platform/config';
import { createSignedInGraph } from '../../../../src/platform/auth/signedInGraph';
import { fetchTrusting } from '../../emulator/strict/trustingFetch';

/**
 * The Graph client both apps build, against the emulator in strict mode (HTTPS, bearer tokens
 * from `/_dev/token` checked on every request): tokens come from the session, and Graph's
 * 401/403 refusals reach it.
 */
let dataDir: string;
let strict: StrictMode;
let emulator: RunningEmulator;
let offset = 0;
const checks: CheckResult[] = [];
const realFetch = globalThis.fetch;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'fd-signed-in-graph-'));
  strict = createStrictMode({ dataDir, now: () => Date.now() + offset });
  emulator = await startEmulator({
    dataDir,
    ...strict.options,
    authorize: (req, resource) => {
      const result = strict.options.authorize(req, resource);
      checks.push(result);
      return result;
    },
  });
  // The Graph SDK and the dev token provider call the global fetch: trust the certificate.
  globalThis.fetch = fetchTrusting(strict.cert, emulator.url, realFetch);
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

afterEach(() => {
  strict.authority.reset();
  checks.length = 0;
  offset = 0;
});

const strictConfig = (): AppConfig => ({
  mode: 'emulator',
  graphBaseUrl: emulator.graphUrl,
  siteId: 'root',
  demoUsers: [],
  devTokenUrl: `${emulator.url}/_dev/token`,
});
const hosts = { pageUrl: 'http://127.0.0.1/tab.html' };

describe('createSignedInGraph', () => {
  it('needs no session against the plain emulator', async () => {
    const { session, client } = await createSignedInGraph(
      {
        mode: 'emulator',
        graphBaseUrl: 'http://127.0.0.1:4321/v1.0',
        siteId: 'root',
        demoUsers: [],
      },
      hosts,
    );
    expect(session).toBeUndefined();
    expect(client.baseUrl).toBe('http://127.0.0.1:4321/v1.0');
  });

  it('signs in silently at start and sends Graph a bearer token it accepts', async () => {
    const { session, client } = await createSignedInGraph(strictConfig(), hosts);
    await session!.check();
    expect(session!.getState()).toEqual({ status: 'signed_in' });
    await expect(client.get('/sites/root')).resolves.toMatchObject({ id: expect.any(String) });
    expect(checks).toEqual([{ ok: true }]);
  });

  it('missing consent: signed out with the reason, no Graph request, and Sign in recovers', async () => {
    strict.authority.setSwitches({ consent: 'required' });
    const { session, client } = await createSignedInGraph(strictConfig(), hosts);
    await session!.check();
    expect(session!.getState()).toMatchObject({
      status: 'signed_out',
      error: { code: 'consent_required' },
    });
    await expect(client.get('/sites/root')).rejects.toBeInstanceOf(GraphRequestError);
    expect(checks).toEqual([]);
    await session!.signIn();
    expect(session!.getState()).toEqual({ status: 'signed_in' });
    await expect(client.get('/sites/root')).resolves.toBeDefined();
  });

  it('a token Graph calls expired (401) is replaced silently and the call sent once more', async () => {
    const { session, client } = await createSignedInGraph(strictConfig(), hosts);
    await client.get('/sites/root');
    offset = 2 * 60 * 60 * 1000; // two hours on, for the emulator only: our cache still trusts the token
    await expect(client.get('/sites/root')).resolves.toBeDefined();
    expect(checks.map((check) => (check.ok ? 200 : check.status))).toEqual([200, 401, 200]);
    expect(session!.getState()).toEqual({ status: 'signed_in' });
  });

  it('wrong scope: the 403 fails the call and the session says what the administrator must do', async () => {
    strict.authority.setSwitches({ scopeOverride: 'Sites.Read.All' });
    const { session, client } = await createSignedInGraph(strictConfig(), hosts);
    const failure = await client.get('/sites/root').catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 403, code: 'accessDenied' });
    expect(checks).toHaveLength(1);
    expect(session!.getState()).toMatchObject({ status: 'failed', error: { code: 'wrong_scope' } });
  });

  it('leaves failures that are not about sign-in to the caller, session untouched', async () => {
    const { session, client } = await createSignedInGraph(strictConfig(), hosts);
    await expect(client.get('/sites/root/lists/NoSuchList')).rejects.toMatchObject({
      status: 404,
    });
    expect(session!.getState()).toEqual({ status: 'signed_in' });
  });
});
