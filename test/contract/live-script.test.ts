import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * `npm run test:live` never passes without having run: with no live site configured it says
 * what it needs and exits non-zero (scripts/test-live.ts; docs/contracts.md, "The live suite").
 */
describe('npm run test:live without a live site', () => {
  it('names the three variables it needs and exits 2', () => {
    const env = { ...process.env };
    delete env.FD_LIVE_GRAPH;
    delete env.FD_LIVE_SITE;
    delete env.FD_LIVE_TOKEN;
    const run = spawnSync('npx', ['tsx', 'scripts/test-live.ts'], { env, encoding: 'utf8' });
    expect(run.status).toBe(2);
    for (const name of ['FD_LIVE_GRAPH', 'FD_LIVE_SITE', 'FD_LIVE_TOKEN'])
      expect(run.stderr).toContain(name);
    expect(run.stderr).toContain('did not run');
  });

  it('refuses a Graph URL that is not https, before running anything', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/test-live.ts'], {
      env: {
        ...process.env,
        FD_LIVE_GRAPH: 'http://127.0.0.1:4321/v1.0',
        FD_LIVE_SITE: 'example.sharepoint.com:/sites/dev',
        FD_LIVE_TOKEN: 'x',
      },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('https');
  });
});
