import { err, ok, type Result } from '../../domain/primitives/result';
import { authError, type AuthError } from './authError';
import { parseDialogMessage } from './dialogMessage';

/**
 * The Office dialog fallback for sign-in where popups are blocked (some Outlook clients):
 * `Office.context.ui.displayDialogAsync` opens the redirect bridge page in `?dialog=start`
 * mode, which signs in with a full-page redirect and sends the token back with
 * `messageParent`. Office.js is passed in as {@link OfficeDialogApi}, the slice we use, so
 * tests drive it with `office-addin-mock`.
 */
export interface OfficeAsyncResult<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: { readonly code: number; readonly message?: string };
}

export interface OfficeDialogHandle {
  addEventHandler(
    eventType: string,
    handler: (arg: { message?: string; origin?: string; error?: number }) => void,
  ): void;
  close(): void;
}

export interface OfficeDialogApi {
  readonly context: {
    readonly ui: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number; promptBeforeOpen?: boolean },
        callback: (result: OfficeAsyncResult<OfficeDialogHandle>) => void,
      ): void;
    };
  };
  readonly EventType: {
    readonly DialogMessageReceived: string;
    readonly DialogEventReceived: string;
  };
  readonly AsyncResultStatus: { readonly Failed: string };
}

export interface DialogToken {
  readonly accessToken: string;
  readonly expiresOn: number;
}

/** Office's dialog error numbers, as documented for `displayDialogAsync`. */
export function authErrorFromDialogCode(code: number): AuthError {
  switch (code) {
    case 12009: // the person chose to ignore the dialog
    case 12006: // the person closed the dialog
      return authError('cancelled', `office_${code}`);
    case 12011: // the browser's pop-up blocker
    case 12007: // a dialog is already open
      return authError('popup_blocked', `office_${code}`);
    default:
      return authError('unknown', `office_${code}`);
  }
}

/**
 * Opens the dialog at `url` and resolves with the token it sends back, or the reason there
 * is none. `expectedOrigin`: only a message that says it comes from there is read; one from
 * any other origin, or that names none (a host too old to say), is ignored — a token is
 * never taken from a page we cannot place.
 */
export function signInWithOfficeDialog(
  office: OfficeDialogApi,
  url: string,
  expectedOrigin: string,
): Promise<Result<DialogToken, AuthError>> {
  return new Promise((resolve) => {
    office.context.ui.displayDialogAsync(
      url,
      { height: 60, width: 30, promptBeforeOpen: false },
      (opened) => {
        if (opened.status === office.AsyncResultStatus.Failed) {
          resolve(err(authErrorFromDialogCode(opened.error?.code ?? 0)));
          return;
        }
        const dialog = opened.value;
        let settled = false;
        const finish = (result: Result<DialogToken, AuthError>) => {
          if (settled) return;
          settled = true;
          dialog.close();
          resolve(result);
        };
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
          if (arg.origin !== expectedOrigin) return;
          const message = parseDialogMessage(arg.message ?? '');
          finish(
            message.kind === 'token'
              ? ok({ accessToken: message.accessToken, expiresOn: message.expiresOn })
              : err(message.error),
          );
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
          finish(err(authErrorFromDialogCode(arg.error ?? 0)));
        });
      },
    );
  });
}
