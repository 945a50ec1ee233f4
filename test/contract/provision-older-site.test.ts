import { describe, expect, it } from 'vitest';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { asIsoDate } from '../../src/domain/primitives/brand';
import { newComplaint, testEmail, withEmulatorStore } from './data-fixtures';

/**
 * A site provisioned by an older Feedback Desk, before issue 16's columns (how a case arrived,
 * escalation after delay, early Ombudsman referral, the child or young person, legal hold,
 * place, the reason for a change, the Stage 2 elements, and an Ombudsman case's or cost's
 * procedure and service area), holding items saved then. Provisioning again adds the columns
 * and keeps every item as it was; the product then reads the old items and writes the new
 * fields. The older site is made by removing those columns from a provisioned one before
 * anything is written (the emulator, like SharePoint, refuses values for columns it lacks).
 */
const h = withEmulatorStore();

const newColumns: Readonly<Record<string, readonly string[]>> = {
  Cases: [
    'ReceivedVia',
    'EscalatedForDelay',
    'EarlyOmbudsmanReferral',
    'LookedAfterChild',
    'YoungPersonAge',
    'Advocacy',
    'LegalHold',
    'PostcodeDistrict',
    'Ward',
    'ChangeReason',
  ],
  Stages: ['ElementsInvestigated', 'ElementsUpheld', 'ElementsPartlyUpheld'],
  Ombudsman: ['Procedure', 'ServiceArea'],
  Costs: ['Procedure', 'ServiceArea'],
  Correspondence: ['FromSurname'],
};

interface Item {
  id: string;
  fields: Record<string, unknown>;
}

const listId = (name: string) => h.provision.lists[name]!;
const columnNames = async (list: string) =>
  (
    await h.client.get<{ value: { name: string }[] }>(
      `/sites/root/lists/${listId(list)}/columns?$select=name`,
    )
  ).value.map((c) => c.name);
const itemsOf = async (list: string) =>
  (await h.client.get<{ value: Item[] }>(`/sites/root/lists/${listId(list)}/items?$expand=fields`))
    .value;
/**
 * What an item holds, without what SharePoint changes on every save of the list, nor the
 * sender's surname provisioning fills in (checked on its own).
 */
const contentOf = (items: readonly Item[]) =>
  items.map((i) => {
    const {
      _UIVersionString: _v,
      Modified: _m,
      '@odata.etag': _e,
      FromSurname: _s,
      ...rest
    } = i.fields;
    return { id: i.id, fields: rest };
  });

describe('provisioning a site made by an older version', () => {
  it('adds the new columns, keeps every item, and the store then reads and writes them', async () => {
    for (const [list, columns] of Object.entries(newColumns))
      for (const column of columns)
        if (column !== 'FromSurname')
          await h.client.delete(`/sites/root/lists/${listId(list)}/columns/${column}`);

    // Items saved by the older version: a complaint with its stage, an Ombudsman case, a cost.
    const store = h.store();
    const email = testEmail({ from: { name: 'Morgan Older-Site', address: 'm.o@example.org' } });
    const saved = await store.saveCaseFromEmail(newComplaint(), email, {
      name: 'Robin Officer',
      upn: 'robin.officer@example.org',
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const reference = saved.value.case.value.reference;
    // The older version wrote no surname: the column (with what this one wrote in it) goes.
    await h.client.delete(`/sites/root/lists/${listId('Correspondence')}/columns/FromSurname`);
    await h.client.post(`/sites/root/lists/${listId('Ombudsman')}/items`, {
      fields: {
        Title: '24 001 002',
        OmbudsmanReference: '24 001 002',
        CaseReference: reference,
        SchemaVersion: 1,
        Received: '2025-06-01',
        Decision: 'upheld',
        RemedyAmount: 300,
      },
    });
    await h.client.post(`/sites/root/lists/${listId('Costs')}/items`, {
      fields: {
        Title: 'COST-2025-0001',
        CostId: 'COST-2025-0001',
        CaseReference: reference,
        SchemaVersion: 1,
        CostDate: '2025-07-01',
        CostType: 'mediation',
        Amount: 250,
      },
    });
    for (const [list, columns] of Object.entries(newColumns))
      expect(await columnNames(list)).not.toEqual(expect.arrayContaining([columns[0]]));
    const before = Object.fromEntries(
      await Promise.all(
        Object.keys(newColumns).map(async (list) => [list, contentOf(await itemsOf(list))]),
      ),
    );

    const report = await provisionSite(h.client, 'root');
    const added = report.changes
      .filter((c) => c.action === 'added_column')
      .map((c) => `${c.list}.${c.column}`)
      .sort();
    expect(added).toEqual(
      Object.entries(newColumns)
        .flatMap(([list, columns]) => columns.map((c) => `${list}.${c}`))
        .sort(),
    );
    expect(report.changes.filter((c) => c.action === 'created_list')).toEqual([]);
    for (const [list, columns] of Object.entries(newColumns))
      expect(await columnNames(list)).toEqual(expect.arrayContaining([...columns]));
    // Every item is there, holding exactly what it held.
    for (const list of Object.keys(newColumns))
      expect(contentOf(await itemsOf(list))).toEqual(before[list]);

    // The email saved before the surname column existed is found by its sender's surname.
    const filled = report.changes.filter((c) => c.action === 'filled_column');
    expect(filled).toEqual([
      {
        list: 'Correspondence',
        action: 'filled_column',
        column: 'FromSurname',
        detail: '{"items":1}',
      },
    ]);
    const bySurname = await store.findCases({ kind: 'surname', surname: 'older-site' });
    expect(bySurname.ok && bySurname.value.map((f) => f.case.value.reference)).toEqual([reference]);

    // The product reads the old items and writes the new fields on them.
    const file = await store.getCase(reference);
    if (!file.ok || !file.value) throw new Error('the old case does not read');
    expect(file.value.case.value.legalHold).toBeUndefined();
    const updated = await store.updateCase(
      reference,
      { receivedVia: 'web_form', legalHold: true, postcodeDistrict: 'LS6' },
      file.value.case.etag,
    );
    expect(updated.ok).toBe(true);
    const snapshot = await h.store().loadSnapshot();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(snapshot.value.problems ?? []).toEqual([]);
    expect(snapshot.value.cases[0]?.value).toMatchObject({
      reference,
      receivedVia: 'web_form',
      legalHold: true,
      postcodeDistrict: 'LS6',
    });
    expect(snapshot.value.ombudsman[0]?.value).toMatchObject({
      reference: '24 001 002',
      remedyAmount: 300,
    });
    expect(snapshot.value.ombudsman[0]?.value.procedure).toBeUndefined();
    const edited = await h.store().saveOmbudsmanCase(
      {
        ...snapshot.value.ombudsman[0]!.value,
        procedure: 'children_statutory',
        serviceArea: 'Fostering',
      },
      snapshot.value.ombudsman[0]!.etag,
    );
    expect(edited.ok).toBe(true);
    expect(snapshot.value.costs[0]?.value).toMatchObject({ id: 'COST-2025-0001', amount: 250 });
    expect(asIsoDate(snapshot.value.costs[0]!.value.date)).toBe('2025-07-01');

    // And a second run finds nothing to do.
    expect((await provisionSite(h.client, 'root')).changes).toEqual([]);
  });
});
