import { z } from 'zod';

/**
 * What `npm run package` needs to know about a council's deployment, from (highest first)
 * command-line flags, environment variables, then a JSON file (`--config deploy.json`).
 * Validated with zod; each mistake gets a plain message naming the flag and the variable.
 *
 * `resolvePackageSettings({ flags: { 'hosting-url': 'https://fd.example.gov.uk/app', … } })`
 * → `{ ok: true, value: { hostingUrl: 'https://fd.example.gov.uk/app', hostname: 'fd.example.gov.uk', … } }`
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+)$/i;

/** Each setting: its flag, its environment variable and its key in the JSON file. */
export const SETTING_SOURCES = {
  hostingUrl: { flag: 'hosting-url', env: 'FEEDBACK_DESK_HOSTING_URL' },
  appId: { flag: 'app-id', env: 'FEEDBACK_DESK_APP_ID' },
  clientId: { flag: 'client-id', env: 'FEEDBACK_DESK_CLIENT_ID' },
  tenantId: { flag: 'tenant-id', env: 'FEEDBACK_DESK_TENANT_ID' },
  siteId: { flag: 'site-id', env: 'FEEDBACK_DESK_SITE_ID' },
  organisation: { flag: 'organisation', env: 'FEEDBACK_DESK_ORGANISATION' },
  version: { flag: 'version', env: 'FEEDBACK_DESK_VERSION' },
  privacyUrl: { flag: 'privacy-url', env: 'FEEDBACK_DESK_PRIVACY_URL' },
  termsUrl: { flag: 'terms-url', env: 'FEEDBACK_DESK_TERMS_URL' },
} as const;

export type SettingName = keyof typeof SETTING_SOURCES;

const httpsUrl = (name: SettingName, example: string) =>
  z
    .string({ error: `${name} is required (${describe(name)}), e.g. ${example}` })
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      message: `${name} must be an https:// address, e.g. ${example}`,
    });

function describe(name: SettingName): string {
  const source = SETTING_SOURCES[name];
  return `--${source.flag} or ${source.env}`;
}

const guid = (name: SettingName, what: string) =>
  z
    .string({ error: `${name} is required (${describe(name)}): ${what}` })
    .regex(GUID, { message: `${name} must be a GUID: ${what}` });

export const packageSettingsSchema = z
  .object({
    hostingUrl: httpsUrl('hostingUrl', 'https://feedback.example.gov.uk/desk').refine(
      (value) =>
        !URL.canParse(value) || (new URL(value).search === '' && new URL(value).hash === ''),
      { message: 'hostingUrl must not carry a query string or a fragment' },
    ),
    appId: guid(
      'appId',
      'the Teams app id, any new GUID you keep for this app (e.g. from `node -e "console.log(crypto.randomUUID())"`)',
    ),
    clientId: guid('clientId', 'the Application (client) ID of the Entra ID app registration'),
    tenantId: z
      .string({
        error: `tenantId is required (${describe('tenantId')}): the Directory (tenant) ID or the tenant's domain`,
      })
      .regex(TENANT, {
        message:
          "tenantId must be the Directory (tenant) ID (a GUID) or the tenant's domain, e.g. contoso.onmicrosoft.com",
      }),
    /** Optional: when given, `package/config.json` is written for the hosted pages too. */
    siteId: z.string().min(1).optional(),
    organisation: z
      .string()
      .min(1)
      .max(32, 'organisation must be at most 32 characters (the manifest’s developer name)')
      .default('Feedback Desk'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, { message: 'version must look like 1.2.3' })
      .default('0.1.0'),
    privacyUrl: httpsUrl('privacyUrl', 'https://example.gov.uk/privacy').optional(),
    termsUrl: httpsUrl('termsUrl', 'https://example.gov.uk/terms').optional(),
  })
  .strict();

export interface PackageSettings {
  /** Without a trailing slash: `https://feedback.example.gov.uk/desk`. */
  readonly hostingUrl: string;
  readonly hostname: string;
  readonly appId: string;
  readonly clientId: string;
  readonly tenantId: string;
  readonly siteId?: string;
  readonly organisation: string;
  readonly version: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
}

export interface SettingSources {
  readonly flags?: Partial<Record<string, string | undefined>>;
  readonly env?: Partial<Record<string, string | undefined>>;
  readonly file?: Record<string, unknown>;
}

export type SettingsResult =
  { ok: true; value: PackageSettings } | { ok: false; problems: string[] };

export function resolvePackageSettings(sources: SettingSources): SettingsResult {
  const merged: Record<string, unknown> = { ...(sources.file ?? {}) };
  for (const [name, source] of Object.entries(SETTING_SOURCES)) {
    const fromEnv = sources.env?.[source.env];
    const fromFlag = sources.flags?.[source.flag];
    if (fromEnv !== undefined && fromEnv !== '') merged[name] = fromEnv;
    if (fromFlag !== undefined && fromFlag !== '') merged[name] = fromFlag;
  }
  const parsed = packageSettingsSchema.safeParse(merged);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown setting(s) ${issue.keys.join(', ')}: check the spelling`
          : issue.message,
      ),
    };
  }
  const hostingUrl = parsed.data.hostingUrl.replace(/\/+$/, '');
  const { privacyUrl, termsUrl, siteId, ...rest } = parsed.data;
  return {
    ok: true,
    value: {
      ...rest,
      hostingUrl,
      hostname: new URL(hostingUrl).hostname,
      privacyUrl: privacyUrl ?? `${hostingUrl}/`,
      termsUrl: termsUrl ?? `${hostingUrl}/`,
      ...(siteId === undefined ? {} : { siteId }),
    },
  };
}
