import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import appManifest from '@microsoft/app-manifest';

const { AppManifestUtils } = appManifest;

/**
 * Validates a manifest against the Microsoft 365 app manifest JSON schema shipped inside
 * `@microsoft/app-manifest` — offline: the schema is read from node_modules, never fetched.
 *
 * `await validateManifestOffline(manifest)` → `[]` when valid, else lines such as
 * `/developer/privacyUrl must match format "uri"`.
 */
export async function validateManifestOffline(
  manifest: Record<string, unknown>,
): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string' || !/^(\d+\.\d+|devPreview)$/.test(version))
    return ['manifestVersion is missing or not a version such as 1.22'];
  const require = createRequire(import.meta.url);
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schemaPath = path.join(
    packageRoot,
    'build',
    'json-schemas',
    'teams',
    version === 'devPreview' ? 'vDevPreview' : `v${version}`,
    'MicrosoftTeams.schema.json',
  );
  let schema: unknown;
  try {
    schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  } catch {
    return [`No offline schema for manifest version ${version} in @microsoft/app-manifest`];
  }
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
  // ajv repeats a problem once per schema branch it tried; say each once.
  return [...new Set(problems.map((problem) => problem.replace(/\. Details: .*$/, '').trim()))];
}
