import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../src/domain/primitives/result';
import { authError } from '../../../../src/platform/auth/authError';
import {
  dialogErrorMessage,
  dialogTokenMessage,
} from '../../../../src/platform/auth/dialogMessage';
import {
  signInWithOfficeDialog,
  type OfficeDialogApi,
} from '../../../../src/platform/auth/officeDialog';

type Handler = (arg: { message?: string; origin?: string; error?: number }) => void;

/** Office.js as `office-addin-mock` gives it, with a dialog the test can speak through. */
function officeWithDialog(open: { fail?: number } = {}) {
  const handlers = new Map<string, Handler>();
  const seen = { url: '', closed: 0 };
  const office = new OfficeMockObject(
    {
      EventType: {
        DialogMessageReceived: 'dialogMessageReceived',
        DialogEventReceived: 'dialogEventReceived',
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        ui: {
          displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
            seen.url = url;
            if (open.fail !== undefined) {
              callback({
                status: 'failed',
                value: undefined,
                error: { code: open.fail, message: 'blocked' },
              });
              return;
            }
            callback({
              status: 'succeeded',
              value: {
                addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
                close: () => {
                  seen.closed += 1;
                },
              },
            });
          },
        },
      },
    },
    // office-addin-mock's host enum value for Outlook (properties need no load/sync there).
    'outlook' as ConstructorParameters<typeof OfficeMockObject>[1],
  ) as unknown as OfficeDialogApi;
  const send = (type: string, arg: Parameters<Handler>[0]) => handlers.get(type)?.(arg);
  return { office, seen, send };
}

const URL_START = 'https://app.example/auth-redirect.html?dialog=start';
const ORIGIN = 'https://app.example';

describe('Office dialog fallback', () => {
  it('opens the bridge page and returns the token it sends back', async () => {
    const { office, seen, send } = officeWithDialog();
    const pending = signInWithOfficeDialog(office, URL_START, ORIGIN);
    send('dialogMessageReceived', {
      message: dialogTokenMessage('dialog-token', 42),
      origin: ORIGIN,
    });
    expect(await pending).toEqual(ok({ accessToken: 'dialog-token', expiresOn: 42 }));
    expect(seen.url).toBe(URL_START);
    expect(seen.closed).toBe(1);
  });

  it('ignores messages from another origin, and messages that name no origin', async () => {
    const { office, send } = officeWithDialog();
    const pending = signInWithOfficeDialog(office, URL_START, ORIGIN);
    send('dialogMessageReceived', {
      message: dialogTokenMessage('evil', 42),
      origin: 'https://evil.example',
    });
    send('dialogMessageReceived', { message: dialogTokenMessage('nameless', 42) });
    send('dialogMessageReceived', {
      message: dialogTokenMessage('empty', 42),
      origin: '',
    });
    send('dialogMessageReceived', { message: dialogTokenMessage('good', 42), origin: ORIGIN });
    expect(await pending).toEqual(ok({ accessToken: 'good', expiresOn: 42 }));
  });

  it('passes on the reason the dialog gives', async () => {
    const { office, send } = officeWithDialog();
    const pending = signInWithOfficeDialog(office, URL_START, ORIGIN);
    send('dialogMessageReceived', {
      message: dialogErrorMessage(authError('consent_required', 'AADSTS65001')),
      origin: ORIGIN,
    });
    expect(await pending).toMatchObject({
      ok: false,
      error: { code: 'consent_required', detail: 'AADSTS65001' },
    });
  });

  it('treats a garbled message as a failure, not a token', async () => {
    const { office, send } = officeWithDialog();
    const pending = signInWithOfficeDialog(office, URL_START, ORIGIN);
    send('dialogMessageReceived', { message: '{"type":"token"}', origin: ORIGIN });
    expect(await pending).toMatchObject({
      ok: false,
      error: { code: 'unknown', detail: 'dialog_message_invalid' },
    });
  });

  it('reports a dialog closed by the person as cancelled', async () => {
    const { office, send } = officeWithDialog();
    const pending = signInWithOfficeDialog(office, URL_START, ORIGIN);
    send('dialogEventReceived', { error: 12006 });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('reports a dialog the browser blocked', async () => {
    const { office } = officeWithDialog({ fail: 12011 });
    expect(await signInWithOfficeDialog(office, URL_START, ORIGIN)).toMatchObject({
      ok: false,
      error: { code: 'popup_blocked', detail: 'office_12011' },
    });
  });
});
