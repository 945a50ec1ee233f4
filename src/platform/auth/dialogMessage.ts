import { z } from 'zod';
import { authError, type AuthError, type AuthErrorCode } from './authError';

/**
 * What the sign-in dialog (the redirect bridge page opened with `?dialog=start`) sends back
 * to the add-in through `Office.context.ui.messageParent`. Validated on arrival: the dialog is
 * another page, and its message is untrusted input like any other.
 *
 * `parseDialogMessage('{"type":"token","accessToken":"eyJ…","expiresOn":1767225600000}')`
 * → `{ kind: 'token', accessToken: 'eyJ…', expiresOn: 1767225600000 }`
 */
const codes = [
  'signed_out',
  'consent_required',
  'interaction_required',
  'popup_blocked',
  'cancelled',
  'network',
  'wrong_scope',
  'unknown',
] as const satisfies readonly AuthErrorCode[];

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('token'), accessToken: z.string().min(1), expiresOn: z.number() }),
  z.object({
    type: z.literal('error'),
    code: z.enum(codes),
    detail: z.string().max(200).optional(),
  }),
]);

export type DialogMessage = z.infer<typeof messageSchema>;

export type ParsedDialogMessage =
  | { readonly kind: 'token'; readonly accessToken: string; readonly expiresOn: number }
  | { readonly kind: 'error'; readonly error: AuthError };

export function parseDialogMessage(raw: string): ParsedDialogMessage {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'error', error: authError('unknown', 'dialog_message_unreadable') };
  }
  const parsed = messageSchema.safeParse(value);
  if (!parsed.success)
    return { kind: 'error', error: authError('unknown', 'dialog_message_invalid') };
  const message = parsed.data;
  return message.type === 'token'
    ? { kind: 'token', accessToken: message.accessToken, expiresOn: message.expiresOn }
    : { kind: 'error', error: authError(message.code, message.detail) };
}

export const dialogTokenMessage = (accessToken: string, expiresOn: number): string =>
  JSON.stringify({ type: 'token', accessToken, expiresOn } satisfies DialogMessage);

export const dialogErrorMessage = (error: AuthError): string =>
  JSON.stringify(
    (error.detail === undefined
      ? { type: 'error', code: error.code }
      : {
          type: 'error',
          code: error.code,
          detail: error.detail.slice(0, 200),
        }) satisfies DialogMessage,
  );
