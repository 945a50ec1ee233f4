import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { parseConfig } from '../src/platform/config';
import { fillManifest } from './fillManifest';
import type { PackageSettings } from './packageSettings';
import { validateManifestOffline } from './validateManifest';

/** Icons the app package carries, with the sizes Teams requires. */
export const PACKAGE_ICONS = [
  { file: 'color.png', width: 192, height: 192 },
  { file: 'outline.png', width: 32, height: 32 },
] as const;

export interface BuiltPackage {
  readonly zipPath: string;
  /** Written only when the settings name the SharePoint site. */
  readonly configPath?: string;
  readonly manifest: Record<string, unknown>;
}

export type BuildResult = { ok: true; value: BuiltPackage } | { ok: false; problems: string[] };

/** `pngSize(buffer)` → `{ width: 192, height: 192 }`, from the PNG header. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (
    png.length < 24 ||
    png.readUInt32BE(0) !== 0x89504e47 ||
    png.toString('ascii', 12, 16) !== 'IHDR'
  )
    return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Fills the manifest template, validates it offline, checks the icons, and writes
 * `<outDir>/feedback-desk.zip` (manifest.json, color.png, outline.png) — the one package a
 * Teams administrator uploads for both the Outlook add-in and the Teams tab. With a site id,
 * also writes `<outDir>/config.json` for the hosted pages.
 */
export async function buildPackage(
  settings: PackageSettings,
  options: { root: string; outDir: string },
): Promise<BuildResult> {
  const template: unknown = JSON.parse(
    await readFile(path.join(options.root, 'manifest', 'manifest.template.json'), 'utf8'),
  );
  const filled = fillManifest(template, settings);
  if (!filled.ok) return filled;
  const problems = await validateManifestOffline(filled.value);

  const icons = new Map<string, Buffer>();
  for (const icon of PACKAGE_ICONS) {
    const file = path.join(options.root, 'assets', icon.file);
    const png = await readFile(file).catch(() => undefined);
    const size = png && pngSize(png);
    if (!png || !size)
      problems.push(
        `assets/${icon.file} is missing or not a PNG (run npx tsx scripts/generate-icons.ts)`,
      );
    else if (size.width !== icon.width || size.height !== icon.height) {
      problems.push(
        `assets/${icon.file} is ${size.width}×${size.height}; Teams requires ${icon.width}×${icon.height}`,
      );
    } else icons.set(icon.file, png);
  }

  let config: string | undefined;
  if (settings.siteId !== undefined) {
    const parsed = parseConfig({
      mode: 'tenant',
      tenantId: settings.tenantId,
      clientId: settings.clientId,
      siteId: settings.siteId,
      organisation: settings.organisation,
    });
    if (parsed.ok) config = `${JSON.stringify(parsed.value, null, 2)}\n`;
    else problems.push(...parsed.error.problems.map((problem) => `config.json: ${problem}`));
  }
  if (problems.length > 0) return { ok: false, problems };

  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical for the same settings.
  const date = new Date('2025-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(filled.value, null, 2)}\n`, { date });
  for (const [file, png] of icons) zip.file(file, png, { date });
  await mkdir(options.outDir, { recursive: true });
  const zipPath = path.join(options.outDir, 'feedback-desk.zip');
  await writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  let configPath: string | undefined;
  if (config !== undefined) {
    configPath = path.join(options.outDir, 'config.json');
    await writeFile(configPath, config);
  }
  return {
    ok: true,
    value: { zipPath, manifest: filled.value, ...(configPath === undefined ? {} : { configPath }) },
  };
}
