import { createGraphClient, GraphRequestError, type GraphClient } from '../../data/graph';
import { DEV_USER_HEADER } from '../../data/graph/devUser';
import { createSharePointRest, type SharePointRest } from '../../data/sharepoint/restClient';
import { sharePointScope, siteRestWebUrl } from '../../data/sharepoint/webUrl';
import type { AppConfig } from '../config';
import type { AccessTokenProvider } from './accessTokenProvider';
import type { SessionStore } from './session';
import { createSignIn, type DemoIdentity, type SignIn, type SignInHosts } from './signInSession';

export type { DemoIdentity, SignInHosts } from './signInSession';

/**
 * The Graph client a page uses, and the sign-in session behind it (absent when no token is
 * needed: the emulator without `devTokenUrl`).
 */
export interface SignedInGraph {
  readonly client: GraphClient;
  readonly session: SessionStore | undefined;
  /** Tokens for other resources too (SharePoint's REST API); absent as `session` is. */
  readonly provider: AccessTokenProvider | undefined;
}

/**
 * Builds the page's Graph client over a sign-in session: every request takes its bearer token
 * from `session.getAccessToken`, and every 401/403 is handed to the session, so the page can
 * show Sign in / Try again instead of a data error.
 *
 * ```ts
 * const { client, session } = await createSignedInGraph(config, { pageUrl: location.href });
 * void session?.check();  // silent, at start
 * ```
 * With `{"mode":"emulator","graphBaseUrl":"http://127.0.0.1:4321/v1.0"}` → `session: undefined`.
 */
export async function createSignedInGraph(
  config: AppConfig,
  hosts: SignInHosts,
  demo?: DemoIdentity,
  /** Called as each Graph request leaves (`GraphClientOptions.onSend`). */
  onSend?: () => void,
): Promise<SignedInGraph> {
  return graphOver(config, await createSignIn(config, hosts, demo), demo, onSend);
}

/**
 * The Graph client over a sign-in already made (`createSignIn`): the tab makes the session
 * before its first render and the client with the store, in a chunk of its own.
 */
export function graphOver(
  config: AppConfig,
  { session, provider }: SignIn,
  demo?: DemoIdentity,
  onSend?: () => void,
): SignedInGraph {
  const plainDemo = config.mode === 'emulator' && !provider ? demoHeaders(demo) : undefined;
  const client = createGraphClient({
    baseUrl: config.graphBaseUrl,
    ...(session ? { getAccessToken: session.getAccessToken } : {}),
    ...(config.mode === 'tenant' ? { organisation: config.organisation } : {}),
    ...(plainDemo ? { headers: plainDemo } : {}),
    ...(onSend ? { onSend } : {}),
  });
  return {
    client: session ? reportingSignInFailures(client, session) : client,
    session,
    provider,
  };
}

/** The plain emulator's header naming the demo person, when there is one. */
export function demoHeaders(
  demo: DemoIdentity | undefined,
): (() => Record<string, string>) | undefined {
  if (!demo) return undefined;
  return () => {
    const upn = demo.upn();
    return upn ? { [DEV_USER_HEADER]: upn } : {};
  };
}

/**
 * SharePoint's REST API on the configured site, for the signed-in person's groups: its
 * address from Graph (`webUrl`), a token for SharePoint's own `Sites.Selected` from the same
 * provider, or the plain emulator's demo header.
 */
export function signedInSharePoint(
  config: AppConfig,
  graph: SignedInGraph,
  demo?: DemoIdentity,
): SharePointRest {
  const { provider } = graph;
  const headers = config.mode === 'emulator' && !provider ? demoHeaders(demo) : undefined;
  return createSharePointRest({
    webUrl: () => siteRestWebUrl(graph.client, config.graphBaseUrl, config.siteId),
    ...(provider
      ? {
          getAccessToken: async (webUrl: string) => {
            const token = await provider.getToken([sharePointScope(webUrl)]);
            if (!token.ok) throw new Error(token.error.message);
            return token.value;
          },
        }
      : {}),
    ...(headers ? { headers } : {}),
  });
}

/**
 * Wraps a Graph client so that a refusal about sign-in reaches the session: a 403
 * `accessDenied` on a read (the app lacks Sites.Selected on the site) and a 401. A 403 on a
 * write is SharePoint saying this person may not change that list (a sign-off by someone
 * who is not a head of service): it is the caller's to explain, and the session stays signed in. After a 401 the
 * session fetches a fresh token silently; when it has one, the call is sent once more (Graph
 * refused it before doing anything, so sending it again is safe). Other failures pass as
 * they are.
 */
export function reportingSignInFailures(client: GraphClient, session: SessionStore): GraphClient {
  const guarded = async <T>(send: () => Promise<T>, write = true): Promise<T> => {
    try {
      return await send();
    } catch (thrown) {
      if (!(thrown instanceof GraphRequestError)) throw thrown;
      if (write && thrown.status === 403) throw thrown;
      const aboutSignIn = await session.reportGraphFailure(thrown.status, thrown.code);
      if (aboutSignIn && thrown.status === 401 && session.getState().status === 'signed_in') {
        return send();
      }
      throw thrown;
    }
  };
  return {
    baseUrl: client.baseUrl,
    sdk: client.sdk,
    get: (path, options) => guarded(() => client.get(path, options), false),
    post: (path, body, options) => guarded(() => client.post(path, body, options)),
    patch: (path, body, options) => guarded(() => client.patch(path, body, options)),
    put: (path, body, options) => guarded(() => client.put(path, body, options)),
    delete: (path, options) => guarded(() => client.delete(path, options)),
  };
}
