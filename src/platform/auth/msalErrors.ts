import { authError, type AuthError } from './authError';

/**
 * Maps what MSAL throws to our codes. Duck-typed on `errorCode`/`subError` (MSAL's public
 * error fields) so it works for every MSAL error class without importing them.
 *
 * `authErrorFromMsal({ name: 'InteractionRequiredAuthError', errorCode: 'consent_required' })`
 * → `{ code: 'consent_required', … }`;
 * `authErrorFromMsal({ name: 'BrowserAuthError', errorCode: 'popup_window_error' })`
 * → `{ code: 'popup_blocked', … }`
 */
export function authErrorFromMsal(thrown: unknown): AuthError {
  const e = (typeof thrown === 'object' && thrown !== null ? thrown : {}) as {
    name?: unknown;
    errorCode?: unknown;
    subError?: unknown;
    errorMessage?: unknown;
    message?: unknown;
  };
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const sub = typeof e.subError === 'string' ? e.subError : '';
  const text = `${typeof e.errorMessage === 'string' ? e.errorMessage : ''} ${typeof e.message === 'string' ? e.message : ''}`;
  // AADSTS65001: consent missing; AADSTS65004: the person declined it.
  if (code === 'consent_required' || sub === 'consent_required' || /AADSTS65001\b/.test(text)) {
    return authError('consent_required', code || 'AADSTS65001');
  }
  if (/AADSTS65004\b/.test(text)) return authError('cancelled', 'AADSTS65004');
  if (/AADSTS70011\b/.test(text) || code === 'invalid_scope')
    return authError('wrong_scope', code || 'AADSTS70011');
  switch (code) {
    case 'popup_window_error':
    case 'empty_window_error':
    case 'popup_blocked':
      return authError('popup_blocked', code);
    case 'user_cancelled':
    case 'access_denied':
      return authError('cancelled', code);
    case 'no_account_error':
    case 'no_account_in_silent_request':
      return authError('signed_out', code);
    case 'no_network_connectivity':
    case 'post_request_failed':
    case 'get_request_failed':
    case 'endpoints_resolution_error':
      return authError('network', code);
    case 'interaction_required':
    case 'login_required':
    case 'no_tokens_found':
    case 'bad_token':
    case 'refresh_token_expired':
    case 'native_account_unavailable':
    case 'timed_out':
    case 'monitor_window_timeout':
    case 'ui_not_allowed':
      return authError('interaction_required', code);
    default:
      if (e.name === 'InteractionRequiredAuthError')
        return authError('interaction_required', code || undefined);
      return authError('unknown', code || (typeof e.name === 'string' ? e.name : undefined));
  }
}
