import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../../../emulator/server';
import { createStrictMode, type StrictMode } from '../../../../emulator/strict/strictMode';
import { createGraphClient } from '../../../../src/data/graph/client';
import { SITES_SELECTED } from '../../../../src/platform/auth/accessTokenProvider';
import { createDevTokenProvider } from '../../../../src/platform/auth/devTokenProvider';
import { createSessionStore } from '../../../../src/platform/auth/session';
import { fetchTrusting } from './trustingFetch';

let dataDir: string;
let strict: StrictMode;
let emulator: RunningEmulator;
let trusted: typeof fetch;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'fd-strict-'));
  strict = createStrictMode({ dataDir });
  emulator = await startEmulator({ dataDir, ...strict.options });
  trusted = fetchTrusting(strict.cert, emulator.url, realFetch);
  // The Graph SDK calls the global fetch; point it at one that trusts the emulator's certificate.
  globalThis.fetch = trusted;
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

afterEach(() => strict.authority.reset());

const tokenUrl = () => `${emulator.url}/_dev/token`;
const devProvider = () => createDevTokenProvider({ tokenUrl: tokenUrl(), fetch: trusted });
const switches = (change: object) =>
  trusted(`${emulator.url}/_dev/auth`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(change),
  });

/** A raw Graph call with an optional bearer token: status and Graph error code. */
async function rawGet(
  token?: string,
): Promise<{ status: number; code?: string; message?: string }> {
  const response = await trusted(
    `${emulator.graphUrl}/sites/root`,
    token ? { headers: { authorization: `Bearer ${token}` } } : {},
  );
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return {
    status: response.status,
    ...(body.error ? { code: body.error.code, message: body.error.message } : {}),
  };
}

async function tokenWith(change: object): Promise<string> {
  await switches(change);
  const result = await devProvider().getToken([SITES_SELECTED]);
  if (!result.ok) throw new Error(result.error.code);
  await switches({
    scopeOverride: null,
    audienceOverride: null,
    issuerOverride: null,
    tokenLifetimeSeconds: 3600,
  });
  return result.value;
}

describe('strict emulator over HTTPS', () => {
  it('serves HTTPS with its own certificate, refused without trusting it', async () => {
    expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    await expect(realFetch(`${emulator.graphUrl}/sites/root`)).rejects.toThrow();
  });

  it('refuses a request without a token: 401', async () => {
    expect(await rawGet()).toEqual({
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Access token is empty.',
    });
  });

  it('refuses a token for another audience or from another issuer: 401', async () => {
    expect(await rawGet(await tokenWith({ audienceOverride: 'api://someone-else' }))).toMatchObject(
      {
        status: 401,
        message: 'Access token validation failure. Invalid audience.',
      },
    );
    expect(
      await rawGet(await tokenWith({ issuerOverride: 'https://evil.example/' })),
    ).toMatchObject({
      status: 401,
      message: 'Access token validation failure. Invalid issuer.',
    });
  });

  it('refuses a forged token: 401', async () => {
    const good = await tokenWith({});
    const [head, , sig] = good.split('.');
    const forged = `${head}.${Buffer.from(JSON.stringify({ scp: 'Sites.Selected', exp: 9e9 })).toString('base64url')}.${sig}`;
    expect(await rawGet(forged)).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
  });

  it('refuses a token with the wrong scope: 403', async () => {
    expect(await rawGet(await tokenWith({ scopeOverride: 'Sites.Read.All' }))).toMatchObject({
      status: 403,
      code: 'accessDenied',
    });
  });

  it('refuses an expired token: 401', async () => {
    expect(await rawGet(await tokenWith({ tokenLifetimeSeconds: -10 }))).toEqual({
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Lifetime validation failed, the token is expired.',
    });
  });

  it('serves the real Graph client with a good token: 200', async () => {
    const graph = createGraphClient({
      baseUrl: emulator.graphUrl,
      getAccessToken: createSessionStore(devProvider()).getAccessToken,
      maxRetries: 0,
    });
    const site = await graph.get<{ id: string }>('/sites/root');
    expect(site.id).toEqual(expect.any(String));
    const lists = await graph.get<{ value: unknown[] }>('/sites/root/lists');
    expect(Array.isArray(lists.value)).toBe(true);
  });

  it('the real Graph client fails with 401 when there is no token at all', async () => {
    const graph = createGraphClient({ baseUrl: emulator.graphUrl, maxRetries: 0 });
    await expect(graph.get('/sites/root')).rejects.toMatchObject({ status: 401 });
  });

  it('consent missing: the silent check signs out with the reason, Sign in recovers', async () => {
    await switches({ consent: 'required' });
    const session = createSessionStore(devProvider());
    await session.check();
    expect(session.getState()).toMatchObject({
      status: 'signed_out',
      error: { code: 'consent_required' },
    });
    await session.signIn();
    expect(session.getState()).toEqual({ status: 'signed_in' });
    const graph = createGraphClient({
      baseUrl: emulator.graphUrl,
      getAccessToken: session.getAccessToken,
      maxRetries: 0,
    });
    await expect(graph.get('/sites/root')).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('admin consent missing: Sign in cannot fix it and says so', async () => {
    await switches({ consent: 'admin_required' });
    const session = createSessionStore(devProvider());
    await session.signIn();
    expect(session.getState()).toMatchObject({
      status: 'signed_out',
      error: { code: 'consent_required' },
    });
  });

  it('an expired token is refreshed silently: the provider fetches a new one before Graph sees it', async () => {
    await switches({ tokenLifetimeSeconds: 30 }); // inside the provider's one-minute margin at once
    const provider = devProvider();
    const first = await provider.getToken([SITES_SELECTED]);
    await switches({ tokenLifetimeSeconds: 3600 });
    const second = await provider.getToken([SITES_SELECTED]);
    expect(first.ok && second.ok && first.value !== second.value).toBe(true);
    expect(await rawGet(second.ok ? second.value : '')).toMatchObject({ status: 200 });
  });

  it('switches are validated by name', async () => {
    const response = await switches({ consnet: 'required' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_description: string }).error_description).toMatch(
      /^Unknown switch "consnet"/,
    );
  });
});
