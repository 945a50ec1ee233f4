import { surnameKey } from '../../domain/records';
import { runBatch } from '../graph/batch';
import type { GraphClient } from '../graph/client';
import { readAllPages } from '../graph/paging';

interface NameItem {
  id: string;
  fields?: { FromName?: unknown; FromSurname?: unknown };
}

/**
 * Fills `FromSurname` on the correspondence saved before the column existed (or by a tool that
 * did not write it), so the pane finds every sender by surname, not just those saved since.
 * Reads only the two columns, page by page (no filter: an unfiltered read is not held to the
 * threshold), and writes the missing ones in batches. Returns how many it filled; a second run
 * fills none. A write refused is reported with the count, and the next run takes it up again.
 */
export async function fillSenderSurnames(client: GraphClient, listPath: string): Promise<number> {
  const { items } = await readAllPages<NameItem>(
    client,
    `${listPath}/items?$expand=fields($select=FromName,FromSurname)&$top=5000`,
  );
  const missing = items.flatMap((item) => {
    const name = item.fields?.FromName;
    const surname = typeof name === 'string' ? surnameKey(name) : undefined;
    return surname && !item.fields?.FromSurname ? [{ id: item.id, surname }] : [];
  });
  const answers = await runBatch(
    client,
    missing.map((m) => ({
      method: 'PATCH' as const,
      url: `${listPath}/items/${m.id}/fields`,
      body: { FromSurname: m.surname },
    })),
  );
  const refused = answers.filter((a) => a.status >= 300).length;
  if (refused > 0)
    throw new Error(
      `The surname was filled on ${missing.length - refused} of ${missing.length} emails; ${refused} were refused (run provisioning again to finish).`,
    );
  return missing.length;
}
