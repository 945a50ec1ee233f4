import type { AppConfig } from '../config';
import type { AccessTokenProvider } from './accessTokenProvider';
import { createDevTokenProvider } from './devTokenProvider';
import type { OfficeDialogApi } from './officeDialog';
import { createSessionStore, type SessionStore } from './session';

/** What the page offers sign-in: its address, and Office.js in Outlook (dialog fallback). */
export interface SignInHosts {
  /** `location.href`: the redirect bridge and `config.json` sit beside the page. */
  readonly pageUrl: string;
  readonly office?: OfficeDialogApi;
}

/**
 * Who the standalone pages act as against the emulator: its "Signed in as" person. The plain
 * emulator is told by a header (`DEV_USER_HEADER`); strict mode by the token asked for them.
 * Against a tenant the person is whoever signed in, and this is not used.
 */
export interface DemoIdentity {
  readonly upn: () => string | undefined;
}

/**
 * The page's sign-in: the session the page shows (Sign in / Try again) and watches, and the
 * token provider behind it; both absent when no token is needed (the emulator without
 * `devTokenUrl`). Kept apart from the Graph client (`signedInGraph.ts`), so a page can show
 * its sign-in state before the client's code is loaded.
 */
export interface SignIn {
  readonly session: SessionStore | undefined;
  readonly provider: AccessTokenProvider | undefined;
}

export async function createSignIn(
  config: AppConfig,
  hosts: SignInHosts,
  demo?: DemoIdentity,
): Promise<SignIn> {
  const provider = await tokenProviderFor(config, hosts, demo);
  return { provider, session: provider ? createSessionStore(provider) : undefined };
}

/**
 * The token provider a config calls for: none for the plain emulator, the emulator's
 * development tokens in strict mode (`devTokenUrl`), MSAL nested app authentication for a
 * tenant (loaded with `import()`, so the demo and the tests never download MSAL).
 */
async function tokenProviderFor(
  config: AppConfig,
  hosts: SignInHosts,
  demo?: DemoIdentity,
): Promise<AccessTokenProvider | undefined> {
  if (config.mode === 'emulator') {
    return config.devTokenUrl
      ? createDevTokenProvider({
          tokenUrl: config.devTokenUrl,
          ...(demo ? { user: demo.upn } : {}),
        })
      : undefined;
  }
  const { createTenantTokenProvider } = await import(
    /* webpackChunkName: "sign-in" */ './createTenantTokenProvider'
  );
  return createTenantTokenProvider(config, hosts);
}
