import { describe, expect, it } from 'vitest';
import { addEmailToCase } from '../../src/services/caseActions';
import type { IncomingEmail } from '../../src/services/incomingEmail';
import { saveNewCase } from '../../src/services/saveNewCase';
import type { EmailMessage } from '../../src/data/store';
import { messageKey } from '../../src/data/graphStore/messageKey';
import { newComplaint, withEmulatorStore, testEmail } from './data-fixtures';

/**
 * A save that stops half-way (the case made, the archive upload refused) says so, and filing
 * the email again finishes it: one case, one correspondence item, one archived file.
 */

const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };

const h = withEmulatorStore();

function incoming(message: EmailMessage): IncomingEmail & { tagged: number } {
  const email = {
    tagged: 0,
    message: async () => message,
    markFiled: async () => {
      email.tagged += 1;
      return undefined;
    },
  };
  return email;
}

async function archivedFiles(reference: string): Promise<string[]> {
  const response = await fetch(
    `${h.emulator.graphUrl}/sites/root/lists/${h.provision.lists['Archived emails']}/drive/root:/${reference}:/children`,
  );
  if (response.status === 404) return [];
  return ((await response.json()) as { value: { name: string }[] }).value.map((f) => f.name);
}

describe('a save meeting a failed archive upload', () => {
  it('reports the case saved without the email, and filing again completes it exactly once', async () => {
    const store = h.store();
    const message = testEmail();
    const email = incoming(message);
    // One upload of an .eml fails with a 500 (not retried by the client).
    await h.control('POST', 'faults', {
      faults: [{ status: 500, method: 'PUT', pathPattern: '\\.eml' }],
    });
    const saved = await saveNewCase(store, email, newComplaint(), officer, { safeguarding: false });
    await h.control('DELETE', 'faults');

    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const reference = saved.value.file.case.value.reference;
    expect(saved.value.emailNotFiled?.code).toBe('unavailable');
    expect(saved.value.file.stages.map((s) => s.value.number)).toEqual([1]);
    expect(email.tagged).toBe(0); // not marked filed while it is not on the case

    const reopened = await store.findCaseForEmail({
      internetMessageId: message.internetMessageId,
      references: [],
    });
    expect(reopened.ok && reopened.value?.case.value.reference).toBe(reference);
    expect(reopened.ok && reopened.value?.emailNotFiled).toBe(true);
    expect(await archivedFiles(reference)).toEqual([]);

    if (!reopened.ok || !reopened.value) return;
    const finished = await addEmailToCase(store, reopened.value, email);
    expect(finished.ok).toBe(true);
    expect(email.tagged).toBe(1);

    const after = await store.findCaseForEmail({
      internetMessageId: message.internetMessageId,
      references: [],
    });
    expect(after.ok && after.value?.emailNotFiled).toBeUndefined();
    const snapshot = await store.loadSnapshot();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const key = await messageKey(message.internetMessageId);
    const cases = (await (
      await fetch(
        `${h.emulator.graphUrl}/sites/root/lists/${h.provision.lists['Cases']}/items?$expand=fields&$top=500`,
      )
    ).json()) as { value: { fields: Record<string, unknown> }[] };
    expect(
      cases.value.filter((c) => c.fields['MessageKey'] === key).map((c) => c.fields['Reference']),
    ).toEqual([reference]);
    const letters = snapshot.value.correspondence.filter(
      (c) => c.value.internetMessageId === message.internetMessageId,
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]!.value.caseReference).toBe(reference);
    expect(letters[0]!.value.archivePath).toMatch(new RegExp(`^Archived emails/${reference}/`));
    expect(await archivedFiles(reference)).toHaveLength(1);

    // Saving again (the officer pressing Save case once more) changes nothing.
    const again = await saveNewCase(store, email, newComplaint(), officer, { safeguarding: false });
    expect(again.ok && again.value.file.case.value.reference).toBe(reference);
    expect(again.ok && again.value.emailNotFiled).toBeUndefined();
    expect(await archivedFiles(reference)).toHaveLength(1);
  });

  it('finishes a save that stopped before the first stage too', async () => {
    const store = h.store();
    const message = testEmail();
    const first = await store.saveCaseFromEmail(newComplaint(), message, officer);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const reference = first.value.case.value.reference;
    // The state a save stopped right after the case leaves: no stage, no correspondence.
    const lists = h.provision.lists;
    for (const list of ['Stages', 'Correspondence']) {
      const items = (await (
        await fetch(
          `${h.emulator.graphUrl}/sites/root/lists/${lists[list]}/items?$expand=fields&$top=500`,
        )
      ).json()) as { value: { id: string; fields: Record<string, unknown> }[] };
      for (const item of items.value.filter((i) => i.fields['CaseReference'] === reference))
        await fetch(`${h.emulator.graphUrl}/sites/root/lists/${lists[list]}/items/${item.id}`, {
          method: 'DELETE',
        });
    }
    const reopened = await store.findCaseForEmail({
      internetMessageId: message.internetMessageId,
      references: [],
    });
    expect(reopened.ok && reopened.value?.emailNotFiled).toBe(true);
    expect(reopened.ok && reopened.value?.stages).toEqual([]);
    if (!reopened.ok || !reopened.value) return;
    const finished = await addEmailToCase(store, reopened.value, incoming(message));
    expect(finished.ok && finished.value.file.stages.map((s) => s.value.number)).toEqual([1]);
    expect(finished.ok && finished.value.file.stages[0]!.value.requested).toBe('2025-12-19');
  });
});
