import { err, ok, type Result } from '../../domain/primitives/result';
import type { HostError } from './mailHost';
import type { OfficeApi } from './officeApi';

type OfficeGlobal = OfficeApi & {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
};

/**
 * Waits for Office.js (`Office.onReady`) and checks the pane runs inside Outlook.
 * Opened in a plain browser tab, it answers with a message pointing at the workbench.
 */
export async function whenOfficeReady(
  office: OfficeGlobal | undefined = (globalThis as { Office?: OfficeGlobal }).Office,
  timeoutMs = 15_000,
): Promise<Result<OfficeApi, HostError>> {
  if (!office || typeof office.onReady !== 'function') {
    return err({
      code: 'unsupported',
      message:
        'Office.js did not load: open Feedback Desk from Outlook, or use workbench.html in a browser.',
    });
  }
  const info = await Promise.race([
    office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs)),
  ]);
  if (!info) {
    return err({
      code: 'host_failed',
      message: 'Outlook did not answer in time: close the pane and open it again.',
    });
  }
  if (info.host !== 'Outlook') {
    return err({
      code: 'unsupported',
      message: 'This page is the Outlook pane: open it from Outlook, or use workbench.html.',
    });
  }
  return ok(office);
}
