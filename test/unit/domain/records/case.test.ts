import { describe, expect, it } from 'vitest';
import { feedbackCaseRecord, loadRecord } from '../../../../src/domain/records';

const storedV2 = {
  schemaVersion: 2,
  reference: 'CSC-2025-0042',
  type: 'complaint',
  procedure: 'children_statutory',
  status: 'open',
  currentStage: 1,
  received: '2025-12-19',
  causes: ['delay', 'communication'],
};

describe('case record', () => {
  it('loads the current version and fills defaults', () => {
    const loaded = loadRecord(feedbackCaseRecord, storedV2);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.causes).toEqual(['delay', 'communication']);
    expect(loaded.value.complainant).toBe('not_recorded');
    expect(loaded.value.learning).toEqual([]);
  });

  it('migrates a v1 item (one `cause`) to v2 (`causes`)', () => {
    const { causes: _causes, ...rest } = storedV2;
    const loaded = loadRecord(feedbackCaseRecord, { ...rest, schemaVersion: 1, cause: 'delay' });
    expect(loaded).toMatchObject({ ok: true, value: { schemaVersion: 2, causes: ['delay'] } });
  });

  it('treats an item without a version as v1', () => {
    const { causes: _causes, schemaVersion: _v, ...rest } = storedV2;
    const loaded = loadRecord(feedbackCaseRecord, { ...rest, cause: '' });
    expect(loaded).toMatchObject({ ok: true, value: { causes: [] } });
  });

  it('refuses an item written by a newer version with a plain message', () => {
    const loaded = loadRecord(feedbackCaseRecord, { ...storedV2, schemaVersion: 9 });
    expect(loaded).toMatchObject({ ok: false, error: { code: 'newer_version' } });
  });

  it('names the field and the problem for a bad item', () => {
    const loaded = loadRecord(feedbackCaseRecord, { ...storedV2, received: '2025-02-30' });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.message).toContain('received must be a date written YYYY-MM-DD');
  });
});
