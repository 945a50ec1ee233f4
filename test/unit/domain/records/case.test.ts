import { describe, expect, it } from 'vitest';
import { feedbackCaseRecord, loadRecord, whyNotWithdraw } from '../../../../src/domain/records';
import { asCaseReference } from '../../../../src/domain/primitives/brand';

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

describe('whether a case may be withdrawn as asked', () => {
  const open = { reference: asCaseReference('CSC-2025-0042'), status: 'open' as const };

  it('takes an open case for any reason, a duplicate naming another case', () => {
    expect(whyNotWithdraw(open, { reason: 'complainant_withdrew' })).toBeUndefined();
    expect(whyNotWithdraw(open, { reason: 'saved_in_error' })).toBeUndefined();
    expect(
      whyNotWithdraw(open, { reason: 'duplicate', duplicateOf: 'CSC-2025-0040' }),
    ).toBeUndefined();
  });

  it('refuses a closed case', () => {
    expect(whyNotWithdraw({ ...open, status: 'closed' }, { reason: 'duplicate' })).toBe(
      'Case CSC-2025-0042 is already closed.',
    );
  });

  it('asks a duplicate which case it duplicates, and refuses itself or what is not a reference', () => {
    expect(whyNotWithdraw(open, { reason: 'duplicate' })).toBe('Say which case it duplicates.');
    expect(whyNotWithdraw(open, { reason: 'duplicate', duplicateOf: ' ' })).toBe(
      'Say which case it duplicates.',
    );
    expect(whyNotWithdraw(open, { reason: 'duplicate', duplicateOf: 'CSC-2025-0042' })).toBe(
      'A case cannot be a duplicate of itself.',
    );
    expect(whyNotWithdraw(open, { reason: 'duplicate', duplicateOf: 'the other one' })).toMatch(
      /is not a case reference/,
    );
  });

  it('refuses another case named for a reason that is not a duplicate', () => {
    expect(
      whyNotWithdraw(open, { reason: 'complainant_withdrew', duplicateOf: 'CSC-2025-0040' }),
    ).toBe('Only a duplicate names another case.');
  });
});
