import { afterEach, describe, expect, it } from 'vitest';
import { loadWorkbench } from '../../../../src/taskpane/boot/loadWorkbench';
import { FALLBACK_DEMO_USERS } from '../../../../src/taskpane/workbench/demoUsers';

const PAGE = 'http://127.0.0.1:9/workbench.html';
const EMAIL = {
  id: 'm1',
  from: { name: 'A Resident', address: 'resident@example.invalid' },
  subject: 'Bins',
  receivedAt: '2025-04-07T10:00:00Z',
  body: 'Hello',
};
const realFetch = globalThis.fetch;

/** Serves `config.json` and `demo/emails.json` beside the page, as the demo stack does. */
function serve(config: unknown): void {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const path = new URL(String(input instanceof Request ? input.url : input)).pathname;
    if (path === '/config.json') return new Response(JSON.stringify(config));
    if (path === '/demo/emails.json') return new Response(JSON.stringify([EMAIL]));
    return new Response('', { status: 404 });
  }) as typeof fetch;
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

const emulator = { mode: 'emulator', graphBaseUrl: 'http://127.0.0.1:4321/v1.0' };

describe('loadWorkbench', () => {
  it('takes the "Signed in as" people from the parsed config', async () => {
    serve({
      ...emulator,
      demoUsers: [{ name: 'Sam Patel', upn: 'sam@demo.invalid', role: 'officer' }],
    });
    const setup = await loadWorkbench(PAGE);
    expect(setup.ok && setup.value.users).toEqual([
      { name: 'Sam Patel', upn: 'sam@demo.invalid', role: 'officer' },
    ]);
    expect(setup.ok && setup.value.config).toMatchObject({ mode: 'emulator', siteId: 'root' });
  });

  it('falls back on one demo officer when the config names nobody', async () => {
    serve(emulator);
    const setup = await loadWorkbench(PAGE);
    expect(setup.ok && setup.value.users).toEqual(FALLBACK_DEMO_USERS);
  });

  it('says which demo user is wrong instead of dropping them quietly', async () => {
    serve({ ...emulator, demoUsers: [{ name: 'Sam Patel' }] });
    const setup = await loadWorkbench(PAGE);
    expect(setup).toMatchObject({
      ok: false,
      error: {
        code: 'config_invalid',
        message: expect.stringContaining('demoUsers.0.upn: each demo user needs a upn'),
      },
    });
  });
});
