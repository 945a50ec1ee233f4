import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { whenOfficeReady } from '../../../../src/platform/outlook/officeReady';

type Ready = Parameters<typeof whenOfficeReady>[0];
const office = (host: string | null, never = false) =>
  new OfficeMockObject({
    host: 'outlook',
    onReady: () =>
      never ? new Promise(() => {}) : Promise.resolve({ host, platform: 'OfficeOnline' }),
    context: { mailbox: {} },
  }) as unknown as Ready;

describe('whenOfficeReady', () => {
  it('answers with Office once Outlook is ready', async () => {
    const ready = await whenOfficeReady(office('Outlook'));
    expect(ready.ok).toBe(true);
  });

  it('points at the workbench when Office.js is missing or the host is not Outlook', async () => {
    expect(await whenOfficeReady(undefined)).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    const word = await whenOfficeReady(office('Word'));
    expect(word.ok === false && word.error.message).toContain('workbench.html');
  });

  it('gives up with a plain message when Outlook never answers', async () => {
    expect(await whenOfficeReady(office('Outlook', true), 20)).toMatchObject({
      ok: false,
      error: {
        code: 'host_failed',
        message: 'Outlook did not answer in time: close the pane and open it again.',
      },
    });
  });
});
