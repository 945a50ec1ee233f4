import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { err, ok, type Result } from '../../domain/primitives/result';
import type { AccessTokenProvider, TokenRequestOptions } from './accessTokenProvider';
import { authError, needsInteraction, type AuthError } from './authError';
import { authErrorFromMsal } from './msalErrors';
import type { DialogToken } from './officeDialog';
import { TokenCache } from './tokenCache';

/** The part of MSAL's `IPublicClientApplication` the chain uses; tests pass a fake. */
export type MsalClient = Pick<
  IPublicClientApplication,
  | 'getActiveAccount'
  | 'getAllAccounts'
  | 'setActiveAccount'
  | 'acquireTokenSilent'
  | 'ssoSilent'
  | 'acquireTokenPopup'
  | 'clearCache'
>;

type MsalResult = AuthenticationResult;

export interface MsalTokenProviderOptions {
  readonly client: MsalClient;
  /**
   * The Office dialog fallback, present only inside Office: called when the popup is
   * blocked. See {@link signInWithOfficeDialog}.
   */
  readonly dialogFallback?: () => Promise<Result<DialogToken, AuthError>>;
  readonly now?: () => number;
}

/**
 * Tokens through MSAL (nested app authentication in Outlook and Teams, or a standard public
 * client in a plain browser). Tries, in order, stopping at the first token:
 * 1. `acquireTokenSilent` for the known account (refreshes an expired token on its own);
 * 2. `ssoSilent` (the host's signed-in account; no UI);
 * 3. only when `interactive`: `acquireTokenPopup`, and where the popup is blocked, the
 *    Office dialog fallback.
 *
 * A token Graph refused ({@link AccessTokenProvider.invalidate}) is refreshed with
 * `forceRefresh` on the next call. Failures come back as {@link AuthError} values:
 * `consent_required` when the app has no consent yet, `signed_out` with no account, …
 */
export function createMsalTokenProvider(options: MsalTokenProviderOptions): AccessTokenProvider {
  const { client } = options;
  const now = options.now ?? Date.now;
  const dialogTokens = new TokenCache();
  const refused = new Set<string>();
  // After Sign out, the silent routes would sign the host's account straight back in.
  let signedOut = false;

  const accept = (result: MsalResult): Result<string, AuthError> => {
    if (result.account) client.setActiveAccount(result.account);
    return ok(result.accessToken);
  };

  async function silent(scopes: string[]): Promise<Result<string, AuthError>> {
    const account = client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
    let last: AuthError = authError('signed_out');
    if (account) {
      try {
        const result = await client.acquireTokenSilent({
          scopes,
          account,
          forceRefresh: refused.size > 0,
        });
        if (!refused.has(result.accessToken)) {
          refused.clear();
          return accept(result);
        }
        last = authError('interaction_required', 'token_refused');
      } catch (thrown) {
        last = authErrorFromMsal(thrown);
        // A network failure will not be cured by another silent route.
        if (!needsInteraction(last.code)) return err(last);
      }
    }
    try {
      const result = await client.ssoSilent({ scopes });
      refused.clear();
      return accept(result);
    } catch (thrown) {
      const sso = authErrorFromMsal(thrown);
      // Keep the more telling reason: "consent required" beats "signed out".
      return err(last.code === 'consent_required' || sso.code === 'signed_out' ? last : sso);
    }
  }

  async function interactive(scopes: string[]): Promise<Result<string, AuthError>> {
    try {
      return accept(await client.acquireTokenPopup({ scopes }));
    } catch (thrown) {
      const popup = authErrorFromMsal(thrown);
      if (popup.code !== 'popup_blocked' || !options.dialogFallback) return err(popup);
    }
    const dialog = await options.dialogFallback();
    if (!dialog.ok) return dialog;
    dialogTokens.put(scopes, dialog.value.accessToken, dialog.value.expiresOn);
    return ok(dialog.value.accessToken);
  }

  return {
    async getToken(scopes, requestOptions: TokenRequestOptions = {}) {
      const list = [...scopes];
      if (signedOut) {
        if (requestOptions.interactive !== true) return err(authError('signed_out'));
        signedOut = false;
      }
      const fromDialog = dialogTokens.get(list, now());
      if (fromDialog !== undefined) return ok(fromDialog);
      const quiet = await silent(list);
      if (quiet.ok || requestOptions.interactive !== true || !needsInteraction(quiet.error.code))
        return quiet;
      return interactive(list);
    },
    invalidate(token) {
      if (!dialogTokens.invalidate(token)) refused.add(token);
    },
    async signOut() {
      signedOut = true;
      dialogTokens.clear();
      refused.clear();
      client.setActiveAccount(null);
      // MSAL's own cache (accounts, ID, access and refresh tokens) in this browser, without
      // sending the person to Entra ID's sign-out page (nested app authentication has none).
      await client.clearCache();
    },
  };
}
