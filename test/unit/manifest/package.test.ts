import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackage, pngSize } from '../../../manifest/buildPackage';
import { fillManifest } from '../../../manifest/fillManifest';
import { resolvePackageSettings, type PackageSettings } from '../../../manifest/packageSettings';
import { validateManifestOffline } from '../../../manifest/validateManifest';
import { GRAPH_SCOPES } from '../../../src/platform/auth/accessTokenProvider';
import { parseConfig } from '../../../src/platform/config';

const root = path.resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'fd-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FLAGS = {
  'hosting-url': 'https://feedback.examplecounty.gov.uk/desk/',
  'app-id': '0f6b0f3e-8d4c-4f9a-a1e2-3b4c5d6e7f80',
  'client-id': 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  'tenant-id': 'examplecounty.onmicrosoft.com',
  'site-id': 'examplecounty.sharepoint.com:/sites/complaints',
};

/** The parts of the packaged manifest these tests read. */
interface PackagedManifest extends Record<string, unknown> {
  id: string;
  webApplicationInfo: { id: string; resource: string };
  validDomains: string[];
  staticTabs: Array<{ contentUrl: string }>;
  extensions: Array<{
    runtimes: Array<{ code: { page: string }; actions: Array<Record<string, unknown>> }>;
    ribbons: Array<{ contexts: string[] }>;
  }>;
  authorization: { permissions: { resourceSpecific: Array<{ name: string }> } };
}

const settingsFrom = (flags: Record<string, string>): PackageSettings => {
  const result = resolvePackageSettings({ flags });
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.value;
};

describe('package settings', () => {
  it('takes flags over environment over file, and trims the hosting URL', () => {
    const result = resolvePackageSettings({
      file: {
        hostingUrl: 'https://file.example/desk',
        appId: FLAGS['app-id'],
        clientId: FLAGS['client-id'],
        tenantId: 'file.onmicrosoft.com',
      },
      env: {
        FEEDBACK_DESK_HOSTING_URL: 'https://env.example/desk',
        FEEDBACK_DESK_TENANT_ID: 'env.onmicrosoft.com',
      },
      flags: { 'hosting-url': 'https://flag.example/desk/' },
    });
    expect(result.ok && result.value).toMatchObject({
      hostingUrl: 'https://flag.example/desk',
      hostname: 'flag.example',
      tenantId: 'env.onmicrosoft.com',
      privacyUrl: 'https://flag.example/desk/',
    });
  });

  it('names each missing or wrong setting with its flag and variable', () => {
    const result = resolvePackageSettings({
      flags: { 'hosting-url': 'http://insecure.example', 'app-id': 'not-a-guid' },
    });
    expect(!result.ok && result.problems).toEqual([
      'hostingUrl must be an https:// address, e.g. https://feedback.example.gov.uk/desk',
      expect.stringMatching(/^appId must be a GUID: the Teams app id/),
      expect.stringMatching(/^clientId is required \(--client-id or FEEDBACK_DESK_CLIENT_ID\)/),
      expect.stringMatching(/^tenantId is required \(--tenant-id or FEEDBACK_DESK_TENANT_ID\)/),
    ]);
  });

  it('refuses unknown keys in the settings file', () => {
    const result = resolvePackageSettings({ file: { hostingURL: 'x' }, flags: FLAGS });
    expect(!result.ok && result.problems).toEqual([
      'unknown setting(s) hostingURL: check the spelling',
    ]);
  });
});

describe('app package', () => {
  it('fills the manifest from the configuration, validates it offline and zips it with its icons', async () => {
    const settings = settingsFrom(FLAGS);
    const built = await buildPackage(settings, { root, outDir: tmp });
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const zip = await JSZip.loadAsync(readFileSync(built.value.zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toContain('{{');
    const manifest = JSON.parse(text) as PackagedManifest;
    expect(await validateManifestOffline(manifest)).toEqual([]);

    const host = 'https://feedback.examplecounty.gov.uk/desk';
    expect(manifest.id).toBe(FLAGS['app-id']);
    expect(manifest.webApplicationInfo).toEqual({
      id: FLAGS['client-id'],
      resource: `api://feedback.examplecounty.gov.uk/${FLAGS['client-id']}`,
    });
    expect(manifest.validDomains).toEqual(['feedback.examplecounty.gov.uk']);
    expect(manifest.staticTabs[0]?.contentUrl).toBe(`${host}/tab.html`);
    const extension = manifest.extensions[0]!;
    expect(extension.runtimes[0]?.code.page).toBe(`${host}/taskpane.html`);
    expect(extension.runtimes[0]?.actions[0]).toMatchObject({ type: 'openPage', pinnable: true });
    expect(extension.ribbons[0]?.contexts).toEqual(['mailRead']);
    expect(manifest.authorization.permissions.resourceSpecific.map((p) => p.name)).toEqual([
      'MailboxItem.ReadWrite.User',
      'Mailbox.SharedFolder',
    ]);
    // Every URL in the manifest, bar its schema, points at the configured host (or is the api:// resource).
    const urls =
      JSON.stringify({ ...manifest, $schema: undefined }).match(/"(https?|api):\/\/[^"]+"/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls)
      expect(url).toMatch(
        /^"(https:\/\/feedback\.examplecounty\.gov\.uk\/desk\/|api:\/\/feedback\.examplecounty\.gov\.uk\/)/,
      );

    expect(pngSize(Buffer.from(await zip.file('color.png')!.async('uint8array')))).toEqual({
      width: 192,
      height: 192,
    });
    expect(pngSize(Buffer.from(await zip.file('outline.png')!.async('uint8array')))).toEqual({
      width: 32,
      height: 32,
    });
  });

  it('writes config.json for the hosted pages with the same ids, and the app asks Graph for Sites.Selected only', async () => {
    const built = await buildPackage(settingsFrom(FLAGS), { root, outDir: tmp });
    if (!built.ok || !built.value.configPath) throw new Error('no config.json');
    const config = parseConfig(JSON.parse(readFileSync(built.value.configPath, 'utf8')));
    expect(config.ok && config.value).toMatchObject({
      mode: 'tenant',
      clientId: FLAGS['client-id'],
      tenantId: FLAGS['tenant-id'],
      siteId: FLAGS['site-id'],
    });
    expect(GRAPH_SCOPES).toEqual(['https://graph.microsoft.com/Sites.Selected']);
  });

  it('catches a placeholder the settings do not fill', () => {
    expect(fillManifest({ id: '{{appID}}' }, settingsFrom(FLAGS))).toEqual({
      ok: false,
      problems: ['The manifest template uses {{appID}}, which no setting fills.'],
    });
  });

  it('reports schema mistakes offline', async () => {
    const problems = await validateManifestOffline({ manifestVersion: '1.22', id: 'x' });
    expect(problems).toContain(`must have required property 'developer'`);
    expect(problems).toContain(
      '/id must match pattern "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"',
    );
  });
});

describe('icons', () => {
  /** Decodes our own PNGs (RGBA, filter 0 rows) to check their pixels. */
  const pixels = (file: string) => {
    const png = readFileSync(path.join(root, 'assets', file));
    const size = pngSize(png)!;
    let offset = 8;
    const idat: Buffer[] = [];
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT')
        idat.push(png.subarray(offset + 8, offset + 8 + length));
      offset += length + 12;
    }
    const raw = inflateSync(Buffer.concat(idat));
    const out: Array<[number, number, number, number]> = [];
    for (let y = 0; y < size.height; y += 1) {
      const row = y * (size.width * 4 + 1);
      expect(raw[row]).toBe(0);
      for (let x = 0; x < size.width; x += 1) {
        const i = row + 1 + x * 4;
        out.push([raw[i]!, raw[i + 1]!, raw[i + 2]!, raw[i + 3]!]);
      }
    }
    return out;
  };

  it('has the outline icon white on transparent, as Teams requires', () => {
    const all = pixels('outline.png');
    expect(all.some(([, , , a]) => a === 0)).toBe(true);
    expect(all.some(([, , , a]) => a === 255)).toBe(true);
    for (const [r, g, b, a] of all) if (a > 0) expect([r, g, b]).toEqual([255, 255, 255]);
  });

  it('has every add-in icon size, the colour icon opaque in its body', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(path.join(root, 'assets', `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
    const colour = pixels('color.png');
    expect(colour[96 * 192 + 10]).toEqual([0x1f, 0x5e, 0x8c, 255]);
  });
});

describe('npm run package', () => {
  const run = promisify(execFile);
  const script = path.join(root, 'scripts', 'package.ts');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

  it('builds from environment variables and says what to host', async () => {
    const out = path.join(tmp, 'cli');
    const env = {
      ...process.env,
      FEEDBACK_DESK_HOSTING_URL: FLAGS['hosting-url'],
      FEEDBACK_DESK_APP_ID: FLAGS['app-id'],
      FEEDBACK_DESK_CLIENT_ID: FLAGS['client-id'],
      FEEDBACK_DESK_TENANT_ID: FLAGS['tenant-id'],
    };
    const { stdout } = await run(tsx, [script, '--out', out], { env, cwd: root });
    expect(stdout).toContain(
      'feedback-desk.zip for https://feedback.examplecounty.gov.uk/desk (manifest valid offline)',
    );
    expect(readFileSync(path.join(out, 'feedback-desk.zip')).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 with one line per mistake', async () => {
    const failure = await run(
      tsx,
      [script, '--out', path.join(tmp, 'bad'), '--hosting-url', 'ftp://x'],
      { cwd: root, env: { PATH: process.env.PATH ?? '' } },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain(
      '  - hostingUrl must be an https:// address',
    );
  });
});
