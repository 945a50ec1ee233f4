import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphClient, failure, newDataDir, startHarness, type Harness } from './harness';
import { startEmulator } from '../../emulator/server';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe('the emulator server', () => {
  it('answers CORS preflights for pages on other origins', async () => {
    const response = await fetch(`${h.emulator.graphUrl}/sites/root/lists`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://localhost:3000',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers':
          'authorization, content-type, if-match, prefer, x-custom-thing',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const header of [
      'authorization',
      'content-type',
      'if-match',
      'prefer',
      'client-request-id',
      'x-custom-thing',
    ])
      expect(allowed).toContain(header);
    const get = await fetch(`${h.emulator.graphUrl}/sites/root`, {
      headers: { Origin: 'https://localhost:3000' },
    });
    expect(get.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(get.headers.get('request-id')).toBeTruthy();
  });

  it('echoes client-request-id into the error body', async () => {
    const response = await fetch(`${h.emulator.graphUrl}/sites/root/lists/missing`, {
      headers: { 'client-request-id': 'abc-123' },
    });
    const body = (await response.json()) as { error: { innerError: Record<string, string> } };
    expect(body.error.innerError['client-request-id']).toBe('abc-123');
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
  });

  it('answers an unknown segment with 400 BadRequest', async () => {
    const error = await failure(h.client.api('/sites/root/nonsense').get());
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('BadRequest');
  });

  it('lets the host authorize requests and answers refusals in Graph shape', async () => {
    const dataDir = newDataDir();
    const guarded = await startEmulator({
      port: 0,
      dataDir,
      authorize: (req) =>
        req.headers['x-test-user'] === 'allowed'
          ? { ok: true }
          : {
              ok: false,
              status: 401,
              code: 'InvalidAuthenticationToken',
              message: 'Access token is empty.',
            },
    });
    try {
      const error = await failure(graphClient(guarded).api('/sites/root').get());
      expect(error.statusCode).toBe(401);
      expect(error.code).toBe('InvalidAuthenticationToken');
      const ok = await fetch(`${guarded.graphUrl}/sites/root`, {
        headers: { 'x-test-user': 'allowed' },
      });
      expect(ok.status).toBe(200);
    } finally {
      await guarded.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('npm run emulator prints its URL and stops cleanly on SIGTERM', async () => {
    const dataDir = newDataDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'emulator/main.ts', '--port', '0', '--data', dataDir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
          if (match) resolve(match[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      expect((await fetch(`${url}/v1.0/sites/root`)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
