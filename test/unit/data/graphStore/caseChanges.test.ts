import { describe, expect, it } from 'vitest';
import { changesFromVersions, type CaseVersion } from '../../../../src/data/graphStore/caseChanges';

// Versions as Graph lists them, newest first; fictitious people.
const version = (id: string, fields: Record<string, unknown>, who = 'Alex Rowan'): CaseVersion => ({
  id,
  lastModifiedDateTime: `2026-02-0${id[0]}T10:00:00Z`,
  lastModifiedBy: { user: { displayName: who, email: 'alex.rowan@council.example' } },
  fields,
});

describe('changes of type, procedure or stage read from a case’s versions', () => {
  it('lists each change with the reason saved in its own version and SharePoint’s stamps', () => {
    const changes = changesFromVersions([
      version(
        '4.0',
        {
          FeedbackType: 'comment',
          Procedure: null,
          CurrentStage: 0,
          ChangeReason: 'Asked a question, no complaint',
        },
        'Jo Birch',
      ),
      version('3.0', {
        FeedbackType: 'complaint',
        Procedure: 'corporate',
        CurrentStage: 1,
        ChangeReason: null,
      }),
      version('2.0', {
        FeedbackType: 'complaint',
        Procedure: 'corporate',
        CurrentStage: 1,
        ChangeReason: 'Parking, not social care',
      }),
      version('1.0', {
        FeedbackType: 'complaint',
        Procedure: 'children_statutory',
        CurrentStage: 1,
      }),
    ]);
    expect(changes).toEqual([
      {
        at: '2026-02-02T10:00:00Z',
        by: { name: 'Alex Rowan', upn: 'alex.rowan@council.example' },
        changes: [{ field: 'procedure', from: 'children_statutory', to: 'corporate' }],
        why: 'Parking, not social care',
      },
      {
        at: '2026-02-04T10:00:00Z',
        by: { name: 'Jo Birch', upn: 'alex.rowan@council.example' },
        changes: [
          { field: 'type', from: 'complaint', to: 'comment' },
          { field: 'procedure', from: 'corporate', to: null },
          { field: 'currentStage', from: 1, to: 0 },
        ],
        why: 'Asked a question, no complaint',
      },
    ]);
  });

  it('says nothing of the first version, or of versions that change other fields', () => {
    expect(changesFromVersions([version('1.0', { CurrentStage: 1 })])).toEqual([]);
    expect(
      changesFromVersions([
        version('2.0', { FeedbackType: 'complaint', CurrentStage: 1, ChangeReason: 'old' }),
        version('1.0', { FeedbackType: 'complaint', CurrentStage: 1 }),
      ]),
    ).toEqual([]);
  });

  it('an escalation without a reason is listed without one', () => {
    const [change] = changesFromVersions([
      version('2.0', { FeedbackType: 'complaint', CurrentStage: 2 }),
      version('1.0', { FeedbackType: 'complaint', CurrentStage: 1 }),
    ]);
    expect(change).toMatchObject({ changes: [{ field: 'currentStage', from: 1, to: 2 }] });
    expect(change).not.toHaveProperty('why');
  });
});
