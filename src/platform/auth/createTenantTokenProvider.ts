import { createNestablePublicClientApplication, type Configuration } from '@azure/msal-browser';
import type { TenantConfig } from '../config';
import type { AccessTokenProvider } from './accessTokenProvider';
import { createMsalTokenProvider, type MsalClient } from './msalTokenProvider';
import { signInWithOfficeDialog, type OfficeDialogApi } from './officeDialog';
import { bridgeUrls } from './redirectBridge';

export interface TenantSignInHosts {
  /** The page's address (`location.href`): the redirect bridge is found beside it. */
  readonly pageUrl: string;
  /** In Teams: `() => app.initialize()` from `@microsoft/teams-js`. Runs BEFORE MSAL is created. */
  readonly initializeTeams?: () => Promise<void>;
  /** In Outlook: the `Office` global, for the dialog fallback where popups are blocked. */
  readonly office?: OfficeDialogApi;
  /** MSAL's factory; tests pass a fake. Default: `createNestablePublicClientApplication`. */
  readonly createClient?: (configuration: Configuration) => Promise<MsalClient>;
}

/**
 * The production provider: MSAL nested app authentication (NAA) with the app registration of
 * `config`. Inside Outlook or Teams MSAL borrows the host's signed-in account; in a plain
 * browser `createNestablePublicClientApplication` falls back to a standard public client
 * whose popups land on the redirect bridge page (`auth-redirect.html`).
 *
 * ```ts
 * const provider = await createTenantTokenProvider(config, {
 *   pageUrl: location.href, initializeTeams: () => app.initialize() });
 * const graph = createGraphClient({ ..., getAccessToken: graphTokenCallback(provider) });
 * ```
 */
export async function createTenantTokenProvider(
  config: Pick<TenantConfig, 'tenantId' | 'clientId'>,
  hosts: TenantSignInHosts,
): Promise<AccessTokenProvider> {
  // TeamsJS first: NAA finds the Teams host through it, and MSAL checks once, at creation.
  if (hosts.initializeTeams) await hosts.initializeTeams();
  const urls = bridgeUrls(hosts.pageUrl);
  const createClient = hosts.createClient ?? createNestablePublicClientApplication;
  const client = await createClient({
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      redirectUri: urls.bridge,
    },
    // Tokens live for the tab's session only (docs/architecture.md, Privacy and security: nothing lasting in the browser).
    cache: { cacheLocation: 'sessionStorage' },
  });
  const office = hosts.office;
  return createMsalTokenProvider({
    client,
    ...(office
      ? { dialogFallback: () => signInWithOfficeDialog(office, urls.dialogStart, urls.origin) }
      : {}),
  });
}
