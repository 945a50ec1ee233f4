import { createGraphClient } from '../../src/data/graph/client';
import { archiveEmail } from '../../src/data/graphStore/archive';
import { createStoreContext } from '../../src/data/graphStore/context';
import { complaintMessageOfSize } from '../../test/support/mimeMessage';

/**
 * The archive step of a save on its own (docs/performance.md, `taskpane.archive.5mb`): a
 * 5,000,000-byte message (a PDF, a PNG and a Windows-1252 part) uploaded by the store's
 * archiveEmail to the demo stack's emulator, over 4 MiB so through an upload session in
 * 3.2 MiB fragments. Node's fetch stands in for the pane's browser; the figure is the
 * store's requests and the emulator's work, not Outlook's getAsFileAsync. Each run a new case
 * folder (a fresh path, not a replace).
 */
export async function archiveFigures(graphUrl: string, runs = 7): Promise<number[]> {
  const client = createGraphClient({ baseUrl: graphUrl, retryDelaySeconds: 0 });
  const ctx = createStoreContext(client, 'root');
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const message = complaintMessageOfSize(5_000_000, `bench-${run}`);
    const started = performance.now();
    await archiveEmail(
      ctx,
      `BEN-2025-${String(run + 1).padStart(4, '0')}`,
      {
        internetMessageId: message.messageId,
        subject: 'Complaint about the care home fees',
        from: { name: 'Alex Example', address: 'alex.example@example.org' },
        to: ['complaints@examplecounty.gov.uk'],
        receivedAt: '2025-12-19T09:30:00Z',
        body: '',
        mime: new Uint8Array(message.bytes),
      },
      `bench${run}`,
    );
    times.push(performance.now() - started);
  }
  return times;
}
