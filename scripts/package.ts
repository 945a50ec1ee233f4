/**
 * `npm run package -- --hosting-url https://feedback.example.gov.uk/desk --app-id <guid>
 *   --client-id <guid> --tenant-id <tenant> [--site-id <site>] [--config deploy.json] [--out package]`
 *
 * Builds `package/feedback-desk.zip`, the app package a Teams administrator uploads once for
 * both the Outlook add-in and the Teams tab, validated offline against the manifest schema.
 * Every setting can also come from the environment (FEEDBACK_DESK_HOSTING_URL, …) or the JSON
 * file; flags win over the environment, which wins over the file. See docs/deploy.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPackage } from '../manifest/buildPackage';
import { resolvePackageSettings, SETTING_SOURCES } from '../manifest/packageSettings';
import { writeOutput } from '../src/cli/output';
import { createLogger, stderrSink } from '../src/log/logger';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const log = createLogger({ scope: 'package', sink: stderrSink });

function fail(lines: string[]): never {
  log.error(
    lines.length === 1
      ? (lines[0] ?? '')
      : ['the package was not built:', ...lines.map((line) => `  - ${line}`)].join('\n'),
  );
  process.exit(2);
}

const settingFlags = Object.fromEntries(
  Object.values(SETTING_SOURCES).map((source) => [source.flag, { type: 'string' as const }]),
);
let parsed;
try {
  parsed = parseArgs({
    options: {
      ...settingFlags,
      config: { type: 'string' },
      out: { type: 'string', default: 'package' },
    },
    strict: true,
  });
} catch (error) {
  fail([error instanceof Error ? error.message : String(error)]);
}
const { config, out, ...flags } = parsed.values as Record<string, string | undefined>;

let file: Record<string, unknown> | undefined;
if (config !== undefined) {
  try {
    const value: unknown = JSON.parse(readFileSync(config, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      fail([`${config} must hold one JSON object`]);
    file = value as Record<string, unknown>;
  } catch (error) {
    fail([
      `${config} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
}

const settings = resolvePackageSettings({ flags, env: process.env, ...(file ? { file } : {}) });
if (!settings.ok) fail(settings.problems);

const built = await buildPackage(settings.value, { root, outDir: path.resolve(out ?? 'package') });
if (!built.ok) fail(built.problems);

writeOutput(
  `Built ${path.relative(process.cwd(), built.value.zipPath)} for ${settings.value.hostingUrl} (manifest valid offline)`,
);
if (built.value.configPath)
  writeOutput(
    `Wrote ${path.relative(process.cwd(), built.value.configPath)}: upload it beside the pages`,
  );
writeOutput(
  `Host ${settings.value.hostingUrl}/taskpane.html, tab.html, auth-redirect.html, config.json and assets/icon-*.png`,
);
