import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../../src/platform/config';

const TENANT = {
  mode: 'tenant',
  tenantId: 'contoso.onmicrosoft.com',
  clientId: '11111111-2222-3333-4444-555555555555',
  siteId: 'contoso.sharepoint.com:/sites/complaints',
};

const problemsOf = (value: unknown): readonly string[] => {
  const result = parseConfig(value);
  if (result.ok) throw new Error('expected a failure');
  expect(result.error.code).toBe('config_invalid');
  return result.error.problems;
};

describe('parseConfig', () => {
  it('accepts the emulator with defaults filled in', () => {
    expect(parseConfig({ mode: 'emulator', graphBaseUrl: 'http://127.0.0.1:4321/v1.0' })).toEqual({
      ok: true,
      value: {
        mode: 'emulator',
        graphBaseUrl: 'http://127.0.0.1:4321/v1.0',
        siteId: 'root',
        demoUsers: [],
      },
    });
  });

  it('reads the standalone pages’ demo users from the emulator config', () => {
    const result = parseConfig({
      mode: 'emulator',
      graphBaseUrl: 'http://127.0.0.1:4321/v1.0',
      demoUsers: [
        { name: ' Sam Patel ', upn: 'sam@demo.invalid', role: 'officer' },
        { name: 'Alex Reed', upn: 'alex@demo.invalid' },
      ],
    });
    expect(result.ok && result.value.mode === 'emulator' && result.value.demoUsers).toEqual([
      { name: 'Sam Patel', upn: 'sam@demo.invalid', role: 'officer' },
      { name: 'Alex Reed', upn: 'alex@demo.invalid' },
    ]);
  });

  it('explains a demo user without a upn, with an empty name or an unknown key', () => {
    expect(
      problemsOf({
        mode: 'emulator',
        graphBaseUrl: 'http://127.0.0.1:4321/v1.0',
        demoUsers: [
          { name: 'Sam' },
          { name: ' ', upn: 'x@demo.invalid' },
          { name: 'A', upn: 'a', mail: 'a' },
        ],
      }),
    ).toEqual([
      'demoUsers.0.upn: each demo user needs a upn (their sign-in name)',
      'demoUsers.1.name: a demo user’s name must not be empty',
      'demoUsers.2: unknown setting "mail": check the spelling',
    ]);
  });

  it('keeps demo users out of a tenant config', () => {
    expect(problemsOf({ ...TENANT, demoUsers: [] })).toEqual([
      'unknown setting "demoUsers": check the spelling',
    ]);
  });

  it('accepts a tenant and defaults Graph to https://graph.microsoft.com/v1.0', () => {
    const result = parseConfig(TENANT);
    expect(result.ok && result.value).toMatchObject({
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      organisation: 'Council',
    });
  });

  it('accepts site ids in both Graph forms', () => {
    const byId = {
      ...TENANT,
      siteId: `contoso.sharepoint.com,${'a'.repeat(8)}-aaaa-aaaa-aaaa-${'a'.repeat(12)},${'b'.repeat(8)}-bbbb-bbbb-bbbb-${'b'.repeat(12)}`,
    };
    expect(parseConfig(byId).ok).toBe(true);
    expect(parseConfig({ ...TENANT, siteId: 'contoso.sharepoint.com:/teams/cx' }).ok).toBe(true);
  });

  it('names every missing tenant setting with where to find it', () => {
    expect(problemsOf({ mode: 'tenant' })).toEqual([
      'tenantId: tenantId is required (Entra ID → Overview → Tenant ID)',
      'clientId: clientId is required (Entra ID → App registrations → your app)',
      'siteId: siteId is required',
    ]);
  });

  it('explains a client id that is not a GUID and a tenant that is neither GUID nor domain', () => {
    expect(problemsOf({ ...TENANT, tenantId: 'contoso', clientId: 'my-app' })).toEqual([
      expect.stringMatching(/^tenantId: .*GUID, or the tenant’s domain/),
      'clientId: clientId must be the app registration’s Application (client) ID, a GUID',
    ]);
  });

  it('refuses plain http Graph for a tenant', () => {
    expect(problemsOf({ ...TENANT, graphBaseUrl: 'http://graph.microsoft.com/v1.0' })).toEqual([
      'graphBaseUrl: graphBaseUrl must use https:// when talking to a tenant',
    ]);
  });

  it('names an unknown or misspelt setting', () => {
    expect(problemsOf({ ...TENANT, clientID: 'x' })).toEqual([
      'unknown setting "clientID": check the spelling',
    ]);
  });

  it('explains a wrong mode and a value that is not an object', () => {
    expect(problemsOf({ mode: 'production' })).toEqual([
      'mode: mode must be "emulator" (the local Graph emulator) or "tenant" (Microsoft 365)',
    ]);
    expect(problemsOf(['emulator'])[0]).toMatch(/^config.json must hold one JSON object/);
  });

  it('explains a bad site id and a bad dev token URL', () => {
    expect(
      problemsOf({
        mode: 'emulator',
        graphBaseUrl: 'http://127.0.0.1:1/v1.0',
        siteId: 'my site',
        devTokenUrl: 'token',
      }),
    ).toEqual([
      expect.stringMatching(/^siteId: siteId must be "root", a site id/),
      'devTokenUrl: devTokenUrl must be a URL such as https://127.0.0.1:4321/_dev/token',
    ]);
  });

  it('summarises all mistakes in one message', () => {
    const result = parseConfig({ mode: 'tenant', tenantId: 'x' });
    expect(!result.ok && result.error.message).toMatch(/^config.json has 3 mistakes: tenantId: /);
  });
});

describe('loadConfig', () => {
  const respond = (status: number, body: string): typeof fetch => {
    const calls: string[] = [];
    const fake = (async (url: string | URL | Request) => {
      calls.push(String(url));
      return new Response(body, { status });
    }) as typeof fetch;
    return Object.assign(fake, { calls });
  };

  it('reads config.json beside the page, not at the site root', async () => {
    const fake = respond(
      200,
      JSON.stringify({ mode: 'emulator', graphBaseUrl: 'http://127.0.0.1:9/v1.0' }),
    );
    const result = await loadConfig({
      pageUrl: 'https://host.example/app/tab.html?x=1#y',
      fetch: fake,
    });
    expect(result.ok).toBe(true);
    expect((fake as unknown as { calls: string[] }).calls).toEqual([
      'https://host.example/app/config.json',
    ]);
  });

  it('says where it looked when the file is missing', async () => {
    const result = await loadConfig({
      pageUrl: 'https://host.example/app/tab.html',
      fetch: respond(404, ''),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'config_missing' } });
    expect(!result.ok && result.error.message).toBe(
      'No config.json was found at https://host.example/app/config.json: put one beside the pages (npm run package writes it; see docs/deploy.md, step 5)',
    );
  });

  it('reports broken JSON, server errors and network failures plainly', async () => {
    const page = 'https://host.example/tab.html';
    expect(await loadConfig({ pageUrl: page, fetch: respond(200, '{"mode":') })).toMatchObject({
      error: { code: 'config_unreadable', message: expect.stringContaining('not valid JSON') },
    });
    expect(await loadConfig({ pageUrl: page, fetch: respond(500, 'oops') })).toMatchObject({
      error: { code: 'config_unreadable', message: expect.stringContaining('HTTP 500') },
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await loadConfig({ pageUrl: page, fetch: offline })).toMatchObject({
      error: {
        code: 'config_unreadable',
        message: expect.stringContaining('could not be fetched'),
      },
    });
  });

  it('passes the validation problems through', async () => {
    const result = await loadConfig({
      pageUrl: 'https://h.example/tab.html',
      fetch: respond(200, '{"mode":"tenant"}'),
    });
    expect(!result.ok && result.error.problems).toHaveLength(3);
  });
});
