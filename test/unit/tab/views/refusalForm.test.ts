import { describe, expect, it } from 'vitest';
import { loadRecord, refusalRecord } from '../../../../src/domain/records';
import {
  emptyRefusalForm,
  nextRefusalId,
  refusalFormOf,
  refusalFromForm,
} from '../../../../src/tab/views/records/refusalForm';

const cases = new Set(['CORP-2025-0311']);

const lateCorporate = {
  ...emptyRefusalForm,
  received: '2025-07-14',
  refused: '2025-07-21',
  procedure: 'corporate' as const,
  serviceArea: 'Parking',
  reason: 'outside_time_limit' as const,
};

describe('the refusal form', () => {
  it('signposts the Ombudsman on a new refusal unless the manager unticks it', () => {
    expect(emptyRefusalForm.signposted).toBe(true);
  });

  it('turns a late corporate complaint not linked to a case into the record the store keeps', () => {
    expect(refusalFromForm(lateCorporate, 'REF-2025-0004', cases)).toEqual({
      ok: true,
      value: {
        schemaVersion: 1,
        id: 'REF-2025-0004',
        received: '2025-07-14',
        refused: '2025-07-21',
        procedure: 'corporate',
        serviceArea: 'Parking',
        reason: 'outside_time_limit',
        signposted: true,
      },
    });
  });

  it('keeps a case link and the words of an "other" reason, trimmed, and reads back as typed', () => {
    const form = {
      ...emptyRefusalForm,
      received: '2025-09-01',
      refused: '2025-09-01',
      caseReference: ' CORP-2025-0311 ',
      reason: 'other' as const,
      reasonOther: '  Anonymous, no way to reply ',
      signposted: false,
    };
    const result = refusalFromForm(form, 'REF-2025-0009', cases);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value).toMatchObject({
      caseReference: 'CORP-2025-0311',
      reasonOther: 'Anonymous, no way to reply',
      signposted: false,
    });
    expect(result.value).not.toHaveProperty('procedure');
    expect(refusalFormOf(result.value)).toEqual({
      ...form,
      caseReference: 'CORP-2025-0311',
      reasonOther: 'Anonymous, no way to reply',
    });
  });

  it('drops the words of an "other" reason when another reason is chosen after', () => {
    const result = refusalFromForm(
      { ...lateCorporate, reason: 'service_request', reasonOther: 'left over' },
      'REF-2025-0001',
      cases,
    );
    expect(result.ok && result.value).not.toHaveProperty('reasonOther');
  });

  it('says what is missing, field by field, and saves nothing', () => {
    const result = refusalFromForm(
      { ...emptyRefusalForm, reason: 'other' },
      'REF-2025-0001',
      cases,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual(
      ['procedure', 'received', 'reasonOther', 'refused'].sort(),
    );
    expect(refusalFromForm(emptyRefusalForm, 'x', cases)).toMatchObject({
      ok: false,
      problems: { reason: 'Choose why it was not accepted' },
    });
  });

  it('refuses a refusal dated before the complaint came, and a case we do not hold', () => {
    expect(
      refusalFromForm({ ...lateCorporate, refused: '2025-07-13' }, 'REF-2025-0001', cases),
    ).toMatchObject({
      ok: false,
      problems: { refused: 'It cannot be refused before the date it was received' },
    });
    const unknown = refusalFromForm(
      { ...lateCorporate, caseReference: 'CORP-2025-9999' },
      'REF-2025-0001',
      cases,
    );
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.problems.caseReference).toMatch(/No case has the reference/);
  });

  it('numbers refusals within the year they were refused', () => {
    expect(nextRefusalId(['REF-2025-0007', 'REF-2024-0031', 'COST-2025-0050'], '2025-06-01')).toBe(
      'REF-2025-0008',
    );
    expect(nextRefusalId([], '2026-01-09')).toBe('REF-2026-0001');
  });
});

describe('a stored refusal', () => {
  const stored = {
    schemaVersion: 1,
    id: 'REF-2025-0002',
    received: '2025-05-02',
    refused: '2025-05-09',
    procedure: 'adults_statutory',
    reason: 'handled_elsewhere',
    signposted: true,
  };

  it('reads back', () => {
    expect(loadRecord(refusalRecord, stored).ok).toBe(true);
  });

  it('is refused when refused before received, or "other" without its words', () => {
    expect(loadRecord(refusalRecord, { ...stored, refused: '2025-05-01' }).ok).toBe(false);
    expect(loadRecord(refusalRecord, { ...stored, reason: 'other' }).ok).toBe(false);
    expect(loadRecord(refusalRecord, { ...stored, reasonOther: 'stray words' }).ok).toBe(false);
    expect(loadRecord(refusalRecord, { ...stored, reason: 'vexatious' }).ok).toBe(false);
  });
});
