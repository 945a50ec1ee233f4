import type { DomainError } from '../../domain/primitives/result';

/**
 * Why a token could not be had, each with a plain message and what the person can do about
 * it. The apps show `message` and `action` as they are; `code` drives the signed-out model.
 */
export type AuthErrorCode =
  | 'signed_out'
  | 'consent_required'
  | 'interaction_required'
  | 'popup_blocked'
  | 'cancelled'
  | 'network'
  | 'wrong_scope'
  | 'unknown';

export interface AuthError extends DomainError {
  readonly code: AuthErrorCode;
  /** What the person can do next, e.g. `Select Sign in and accept the permission request.` */
  readonly action: string;
  /** The identity platform's own code (e.g. `AADSTS65001`, `popup_window_error`) for support. */
  readonly detail?: string;
}

const TEXT: Record<AuthErrorCode, { message: string; action: string }> = {
  signed_out: {
    message: 'You are not signed in to Feedback Desk.',
    action: 'Select Sign in to continue.',
  },
  consent_required: {
    message: 'Feedback Desk has not yet been given permission to use the complaints site.',
    action:
      'Select Sign in and accept the permission request. If you are told an administrator must approve it, ask your Microsoft 365 administrator to grant consent for Feedback Desk.',
  },
  interaction_required: {
    message: 'Your sign-in has expired or needs to be confirmed.',
    action: 'Select Sign in to sign in again.',
  },
  popup_blocked: {
    message: 'The sign-in window was blocked.',
    action: 'Allow pop-ups for this site, then select Sign in again.',
  },
  cancelled: {
    message: 'Sign-in was cancelled before it finished.',
    action: 'Select Sign in when you are ready.',
  },
  network: {
    message: 'The sign-in service could not be reached.',
    action: 'Check your network connection, then try again.',
  },
  wrong_scope: {
    message: 'Your sign-in does not give access to the complaints site.',
    action:
      'Ask your Microsoft 365 administrator to grant Feedback Desk the Sites.Selected permission on the complaints site, then sign in again.',
  },
  unknown: {
    message: 'Sign-in failed.',
    action: 'Try again. If it keeps failing, tell your administrator the code shown.',
  },
};

/** `authError('popup_blocked')` → `{ code: 'popup_blocked', message: 'The sign-in window was blocked.', action: 'Allow pop-ups …' }` */
export function authError(code: AuthErrorCode, detail?: string): AuthError {
  const text = TEXT[code];
  return detail === undefined ? { code, ...text } : { code, ...text, detail };
}

/** Codes that a person can resolve by selecting Sign in (an interactive attempt). */
export function needsInteraction(code: AuthErrorCode): boolean {
  return (
    code === 'signed_out' ||
    code === 'consent_required' ||
    code === 'interaction_required' ||
    code === 'popup_blocked' ||
    code === 'cancelled'
  );
}

/**
 * Graph's refusals that are about sign-in rather than data, for the apps' error mapping:
 * `authErrorFromGraph(401, 'InvalidAuthenticationToken')` → `interaction_required`;
 * `authErrorFromGraph(403, 'accessDenied')` → `wrong_scope` (the app lacks Sites.Selected on
 * the site); anything else → `undefined` (not a sign-in problem).
 */
export function authErrorFromGraph(status: number, code: string): AuthError | undefined {
  if (status === 401) return authError('interaction_required', code);
  if (status === 403 && /^(accessDenied|Authorization_RequestDenied|Forbidden)$/i.test(code)) {
    return authError('wrong_scope', code);
  }
  return undefined;
}
