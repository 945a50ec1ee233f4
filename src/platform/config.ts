import { z } from 'zod';
import { err, ok, type DomainError, type Result } from '../domain/primitives/result';
import { CONFIG_REQUEST, configUrl } from './configRequest';

/**
 * Runtime configuration, read from `config.json` beside the pages (so one build serves any
 * tenant) and validated here, at the boundary, with a plain message for each mistake.
 *
 * Emulator (the demo and the tests), optionally with the standalone pages' demo people:
 * `{"mode":"emulator","graphBaseUrl":"http://127.0.0.1:4321/v1.0",
 *   "demoUsers":[{"name":"Sam Patel","upn":"sam@demo.invalid","role":"officer"}]}`
 * Emulator in strict mode (real bearer tokens from the emulator's development token endpoint):
 * `{"mode":"emulator","graphBaseUrl":"https://127.0.0.1:4321/v1.0",
 *   "devTokenUrl":"https://127.0.0.1:4321/_dev/token"}`
 * A council's tenant:
 * `{"mode":"tenant","tenantId":"contoso.onmicrosoft.com",
 *   "clientId":"11111111-2222-3333-4444-555555555555",
 *   "siteId":"contoso.sharepoint.com:/sites/complaints"}`
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/i;
/** `root`, `hostname,siteCollectionGuid,webGuid`, or `hostname:/sites/path`. */
const SITE_ID =
  /^(root|[a-z0-9.-]+,[0-9a-f-]{36},[0-9a-f-]{36}|[a-z0-9.-]+:\/(sites|teams)\/[^\s?#]+)$/i;

const siteId = z.string({ error: 'siteId is required' }).regex(SITE_ID, {
  message:
    'siteId must be "root", a site id such as "contoso.sharepoint.com,<guid>,<guid>", or a path such as "contoso.sharepoint.com:/sites/complaints"',
});

const graphUrl = (example: string) =>
  z.url({ message: `graphBaseUrl must be a URL such as ${example}` });

/** A person the standalone pages can sign in as: `{ name, upn, role? }`. */
export const demoUserSchema = z.strictObject(
  {
    name: z
      .string({ error: 'each demo user needs a name' })
      .trim()
      .min(1, 'a demo user’s name must not be empty'),
    upn: z
      .string({ error: 'each demo user needs a upn (their sign-in name)' })
      .trim()
      .min(1, 'a demo user’s upn must not be empty'),
    role: z.string().trim().min(1, 'a demo user’s role must not be empty').optional(),
  },
  { error: unknownKeyMessage },
);

/**
 * The names of the site's groups for the three roles, when the council chose its own at
 * provisioning (`provision --officers-group …`): `{"headsOfService":"Heads of Service (Adults)"}`.
 */
const roleGroupsSchema = z
  .strictObject(
    {
      officers: z.string().trim().min(1, 'a group name must not be empty').optional(),
      managers: z.string().trim().min(1, 'a group name must not be empty').optional(),
      headsOfService: z.string().trim().min(1, 'a group name must not be empty').optional(),
    },
    { error: unknownKeyMessage },
  )
  .optional();

export const emulatorConfigSchema = z.strictObject(
  {
    mode: z.literal('emulator'),
    /** e.g. `http://127.0.0.1:4321/v1.0` */
    graphBaseUrl: graphUrl('http://127.0.0.1:4321/v1.0'),
    siteId: siteId.default('root'),
    /**
     * The emulator's development token endpoint (strict mode only), e.g.
     * `https://127.0.0.1:4321/_dev/token`. Absent: the emulator takes requests without tokens.
     */
    devTokenUrl: z
      .url({ message: 'devTokenUrl must be a URL such as https://127.0.0.1:4321/_dev/token' })
      .optional(),
    /**
     * The standalone pages' "Signed in as" people (fictitious), e.g.
     * `[{"name":"Sam Patel","upn":"sam@demo.invalid","role":"officer"}]`. Default: nobody.
     */
    demoUsers: z.array(demoUserSchema).default([]),
    /**
     * The upn of the demo user the standalone tab signs in as until another is picked (the
     * demo's complaints manager, who may do everything the tab offers); default: the first of
     * `demoUsers`, as the workbench does.
     */
    demoTabUser: z.string().trim().min(1).optional(),
    groups: roleGroupsSchema,
  },
  { error: unknownKeyMessage },
);

export const tenantConfigSchema = z.strictObject(
  {
    mode: z.literal('tenant'),
    tenantId: z
      .string({ error: 'tenantId is required (Entra ID → Overview → Tenant ID)' })
      .refine((value) => GUID.test(value) || TENANT_DOMAIN.test(value), {
        message:
          'tenantId must be the Directory (tenant) ID, a GUID, or the tenant’s domain such as contoso.onmicrosoft.com',
      }),
    clientId: z
      .string({ error: 'clientId is required (Entra ID → App registrations → your app)' })
      .regex(GUID, {
        message: 'clientId must be the app registration’s Application (client) ID, a GUID',
      }),
    siteId,
    graphBaseUrl: graphUrl('https://graph.microsoft.com/v1.0')
      .refine((value) => value.startsWith('https://'), {
        message: 'graphBaseUrl must use https:// when talking to a tenant',
      })
      .default('https://graph.microsoft.com/v1.0'),
    /** Organisation name for the `NONISV|<org>|FeedbackDesk/<version>` user agent. */
    organisation: z
      .string()
      .min(1, 'organisation must not be empty')
      .max(60, 'organisation must be at most 60 characters')
      .default('Council'),
    groups: roleGroupsSchema,
  },
  { error: unknownKeyMessage },
);

export const appConfigSchema = z.discriminatedUnion(
  'mode',
  [emulatorConfigSchema, tenantConfigSchema],
  {
    error: () => 'mode must be "emulator" (the local Graph emulator) or "tenant" (Microsoft 365)',
  },
);

export type AppConfig = z.infer<typeof appConfigSchema>;
export type EmulatorConfig = z.infer<typeof emulatorConfigSchema>;
export type TenantConfig = z.infer<typeof tenantConfigSchema>;
export type DemoUser = z.infer<typeof demoUserSchema>;

export type ConfigErrorCode = 'config_missing' | 'config_unreadable' | 'config_invalid';

export interface ConfigError extends DomainError {
  readonly code: ConfigErrorCode;
  /** One plain sentence per mistake, e.g. `clientId: clientId must be … a GUID`. */
  readonly problems: readonly string[];
}

function unknownKeyMessage(issue: { code?: string; keys?: readonly string[] }): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const keys = issue.keys ?? [];
  return `unknown setting${keys.length === 1 ? '' : 's'} ${keys.map((k) => `"${k}"`).join(', ')}: check the spelling`;
}

/**
 * Checks a parsed `config.json` value.
 *
 * `parseConfig({ mode: 'tenant', tenantId: 'x', clientId: 'abc', siteId: 'root' })` →
 * `{ ok: false, error: { code: 'config_invalid', problems: [
 *   'tenantId: tenantId must be the Directory (tenant) ID, …',
 *   'clientId: clientId must be the app registration’s Application (client) ID, a GUID'] } }`
 */
export function parseConfig(value: unknown): Result<AppConfig, ConfigError> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(
      'config_invalid',
      'config.json must hold one JSON object, such as {"mode":"emulator","graphBaseUrl":"http://127.0.0.1:4321/v1.0"}',
    );
  }
  const parsed = appConfigSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return err({
    code: 'config_invalid',
    message: `config.json has ${problems.length === 1 ? 'a mistake' : `${problems.length} mistakes`}: ${problems.join('; ')}`,
    problems,
  });
}

export interface LoadConfigOptions {
  /** The page's own address; `config.json` is looked up beside it. Default: `location.href`. */
  readonly pageUrl?: string;
  readonly fetch?: typeof fetch;
}

/**
 * Fetches `./config.json` relative to the page and validates it.
 *
 * On `https://host/app/tab.html` it reads `https://host/app/config.json`; a 404 gives
 * `{ ok: false, error: { code: 'config_missing', message: 'No config.json was found at …' } }`.
 */
export async function loadConfig(
  options: LoadConfigOptions = {},
): Promise<Result<AppConfig, ConfigError>> {
  const pageUrl = options.pageUrl ?? globalThis.location.href;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = configUrl(pageUrl);
  // Only the path is reported: a page URL may carry query parameters we should not echo.
  const where = `${url.origin}${url.pathname}`;
  let response: Response;
  try {
    response = await doFetch(url.toString(), CONFIG_REQUEST);
  } catch {
    return failure(
      'config_unreadable',
      `config.json could not be fetched from ${where}: check the network and that the site is served over HTTPS`,
    );
  }
  if (response.status === 404) {
    return failure(
      'config_missing',
      `No config.json was found at ${where}: put one beside the pages (npm run package writes it; see docs/deploy.md, step 5)`,
    );
  }
  if (!response.ok) {
    return failure(
      'config_unreadable',
      `config.json could not be read from ${where} (HTTP ${response.status})`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return failure(
      'config_unreadable',
      `config.json at ${where} is not valid JSON: check for a missing comma or quote`,
    );
  }
  return parseConfig(body);
}

function failure(code: ConfigErrorCode, message: string): Result<never, ConfigError> {
  return err({ code, message, problems: [message] });
}

/** Where the Graph scope lives, by config: the emulator accepts the same scope names as Graph. */
export const GRAPH_SITES_SELECTED_SCOPE = 'https://graph.microsoft.com/Sites.Selected';
