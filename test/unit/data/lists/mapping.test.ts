import { describe, expect, it } from 'vitest';
import { casesList, stagesList, actionPlansList, settingsList } from '../../../../src/data/lists';
import { readDate, writeDate } from '../../../../src/data/lists/fieldValues';
import { generateDemoData } from '../../../../src/data/seed/generateDemoData';
import { asIsoDate } from '../../../../src/domain/shared/brand';

/** What Graph hands back: nulls are left out, like SharePoint does. */
const roundTrip = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== null && !k.includes('@')));

describe('record ↔ fields', () => {
  const data = generateDemoData({ cases: 150, seed: 'mapping', today: asIsoDate('2026-06-30') });

  it('reads back every seeded case, stage and plan exactly as written', () => {
    for (const value of data.cases) {
      const back = casesList.fromFields(roundTrip(casesList.toFields(value)));
      expect(back).toEqual({ ok: true, value });
    }
    for (const value of data.stages)
      expect(stagesList.fromFields(roundTrip(stagesList.toFields(value)))).toEqual({
        ok: true,
        value,
      });
    for (const value of data.plans)
      expect(actionPlansList.fromFields(roundTrip(actionPlansList.toFields(value)))).toEqual({
        ok: true,
        value,
      });
    expect(settingsList.fromFields(roundTrip(settingsList.toFields(data.settings)))).toEqual({
      ok: true,
      value: data.settings,
    });
  });

  it('migrates a version 1 case (one cause) to version 2 (several causes)', () => {
    const loaded = casesList.fromFields({
      SchemaVersion: 1,
      Reference: 'CORP-2023-0007',
      FeedbackType: 'complaint',
      Procedure: 'corporate',
      CaseStatus: 'closed',
      CurrentStage: 1,
      Received: '2023-05-02T00:00:00Z',
      Cause: 'delay',
    });
    expect(loaded.ok && loaded.value.causes).toEqual(['delay']);
    expect(loaded.ok && loaded.value.schemaVersion).toBe(2);
  });

  it('says which field is wrong when an item cannot be read', () => {
    const loaded = casesList.fromFields({
      Reference: 'X-1',
      FeedbackType: 'complaint',
      CaseStatus: 'open',
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.message).toMatch(/received/);
  });

  it('refuses an item written by a newer version of the app', () => {
    const loaded = casesList.fromFields({ SchemaVersion: 9, Reference: 'X-1' });
    expect(!loaded.ok && loaded.error.code).toBe('newer_version');
  });

  it('writes multi-choice columns with the collection type Graph requires', () => {
    const fields = casesList.toFields(data.cases.find((c) => c.causes.length > 0)!);
    expect(fields['Causes@odata.type']).toBe('Collection(Edm.String)');
  });
});

describe('date-only columns', () => {
  it('writes midnight UTC and reads the nearest midnight (items typed in SharePoint are local midnight)', () => {
    expect(writeDate('2025-04-01')).toBe('2025-04-01T00:00:00Z');
    expect(readDate('2025-04-01T00:00:00Z')).toBe('2025-04-01');
    expect(readDate('2025-03-31T23:00:00Z')).toBe('2025-04-01');
    expect(readDate('2025-04-01T01:00:00Z')).toBe('2025-04-01');
    expect(readDate('')).toBeUndefined();
  });
});
