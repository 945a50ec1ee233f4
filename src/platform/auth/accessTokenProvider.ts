import type { Result } from '../../domain/primitives/result';
import type { AuthError } from './authError';

/** The one Graph permission Feedback Desk asks for (docs/architecture.md, Privacy and security: least privilege). */
export const SITES_SELECTED = 'https://graph.microsoft.com/Sites.Selected';
export const GRAPH_SCOPES: readonly string[] = [SITES_SELECTED];

export interface TokenRequestOptions {
  /**
   * May the provider show UI (a popup or an Office dialog)? Only after a person's gesture,
   * e.g. selecting Sign in; page start-up and background Graph calls stay silent.
   */
  readonly interactive?: boolean;
}

/**
 * Gets bearer tokens for Graph. Implementations: MSAL nested app authentication in Outlook
 * and Teams ({@link createMsalTokenProvider}), and the emulator's development token endpoint
 * in strict mode ({@link createDevTokenProvider}).
 */
export interface AccessTokenProvider {
  getToken(
    scopes: readonly string[],
    options?: TokenRequestOptions,
  ): Promise<Result<string, AuthError>>;
  /**
   * Forget a token Graph refused (401), so the next call fetches a fresh one silently.
   * `invalidate(token)`; then `getToken(scopes)` → a different token.
   */
  invalidate(token: string): void;
  /**
   * Sign out on this page: forget every token and account (MSAL's cache included), and ask for
   * none silently again until the person chooses Sign in.
   */
  signOut(): Promise<void>;
}

/** Thrown by {@link graphTokenCallback} so the Graph client's call fails with the reason. */
export class AuthRequiredError extends Error {
  override readonly name = 'AuthRequiredError';
  constructor(readonly authError: AuthError) {
    super(authError.message);
  }
}

/**
 * Adapts a provider to the `getAccessToken: () => Promise<string>` callback the Graph client
 * takes. It never shows UI: a missing token rejects with {@link AuthRequiredError}, which the
 * app turns into its signed-out state.
 */
export function graphTokenCallback(
  provider: AccessTokenProvider,
  scopes: readonly string[] = GRAPH_SCOPES,
  onAuthError?: (error: AuthError) => void,
): () => Promise<string> {
  return async () => {
    const result = await provider.getToken(scopes);
    if (result.ok) return result.value;
    onAuthError?.(result.error);
    throw new AuthRequiredError(result.error);
  };
}
