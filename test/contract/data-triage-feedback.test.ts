import { describe, expect, it } from 'vitest';
import { withEmulatorStore } from './data-fixtures';

const h = withEmulatorStore();

/**
 * An officer's triage decision goes to SharePoint and comes back whole, concern kinds and all:
 * the pane weighs the next similar email by the features it reads back.
 */
describe('officers’ triage decisions against the emulator', () => {
  it('keeps the features and the kinds of concern of a dismissed flag', async () => {
    const store = h.store();
    const record = {
      schemaVersion: 1 as const,
      id: 'TF-kinds-1',
      decision: 'dismissed' as const,
      reason: 'about_a_document_or_report' as const,
      features: ['b1f3', 'b2a', 'k:physical_harm', 'k:domestic_abuse'],
      concernKinds: ['physical_harm', 'domestic_abuse'] as const,
      emailKey: `m:${'a'.repeat(64)}`,
    };
    const saved = await store.addTriageFeedback({
      ...record,
      concernKinds: [...record.concernKinds],
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.value.features).toEqual(record.features);
    expect(saved.value.value.concernKinds).toEqual(record.concernKinds);

    const loaded = await h.store().loadTriageFeedback();
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.map((s) => s.value)).toContainEqual(
      expect.objectContaining({ id: 'TF-kinds-1', features: record.features }),
    );
  });
});
