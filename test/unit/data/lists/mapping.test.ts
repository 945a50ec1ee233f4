import { describe, expect, it } from 'vitest';
import { casesList, stagesList, actionPlansList, settingsList } from '../../../../src/data/lists';
import { readDate, writeDate } from '../../../../src/data/lists/fieldValues';
import { generateDemoData } from '../../../../src/data/seed/generateDemoData';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

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

describe("date-only columns (SharePoint keeps them at midnight in the site's time zone, UK time)", () => {
  it('writes midnight in UK time, in UTC', () => {
    expect(writeDate('2025-04-01')).toBe('2025-03-31T23:00:00Z'); // British Summer Time
    expect(writeDate('2025-01-15')).toBe('2025-01-15T00:00:00Z'); // Greenwich Mean Time
    expect(writeDate('2025-03-30')).toBe('2025-03-30T00:00:00Z'); // clocks go forward at 01:00
    expect(writeDate('2025-10-26')).toBe('2025-10-25T23:00:00Z'); // clocks go back at 02:00
    expect(writeDate(undefined)).toBeNull();
  });

  it('reads the day the stored instant falls on in UK time', () => {
    expect(readDate('2025-03-31T23:00:00Z')).toBe('2025-04-01');
    expect(readDate('2025-04-01T00:00:00Z')).toBe('2025-04-01'); // written by an older version
    expect(readDate('2025-03-31T22:30:00Z')).toBe('2025-03-31'); // 23:30 on 31 March
    expect(readDate('2025-10-25T23:00:00Z')).toBe('2025-10-26');
    expect(readDate('2025-01-15T00:00:00Z')).toBe('2025-01-15');
    expect(readDate('2025-04-01')).toBe('2025-04-01');
    expect(readDate('')).toBeUndefined();
    expect(readDate('not a date')).toBeUndefined();
  });

  it('reads back every date it writes, across two years of clock changes', () => {
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      expect(readDate(writeDate(date))).toBe(date);
    }
  });
});
