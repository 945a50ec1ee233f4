import { describe, expect, it } from 'vitest';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import type { CaseFile } from '../../../../src/data/store';
import type { FeedbackCase, Stage } from '../../../../src/domain/records';
import { draftLetter } from '../../../../src/taskpane/model/letterDraft';

const calendar = calendarForNation();

function fileOf(c: Partial<Record<keyof FeedbackCase, unknown>>, stage?: Partial<Stage>): CaseFile {
  const value = {
    schemaVersion: 2,
    reference: 'CSC-2025-0147',
    type: 'complaint',
    procedure: 'children_statutory',
    status: 'open',
    currentStage: 1,
    received: '2025-12-19',
    summary: '',
    complainant: 'parent',
    causes: [],
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
    ...c,
  } as FeedbackCase;
  const stages: unknown[] = stage
    ? [
        {
          itemId: '2',
          etag: '"s,1"',
          value: {
            schemaVersion: 1,
            caseReference: value.reference,
            number: 1,
            requested: value.received,
            complex: false,
            pauses: [],
            ...stage,
          } as Stage,
        },
      ]
    : [];
  return { case: { itemId: '1', etag: '"c,1"', value }, stages } as unknown as CaseFile;
}

const base = {
  recipientName: 'Alex Carter',
  officerName: 'Priya Shah',
  councilName: 'Example County Council',
  templates: {},
  calendar,
};

describe('drafting a letter for a case', () => {
  it("acknowledges a children's Stage 1 complaint with its response date over Christmas, in words", () => {
    const draft = draftLetter({
      ...base,
      kind: 'acknowledgement',
      file: fileOf({}, {}),
      today: '2025-12-22',
    });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(draft.value.text).toContain('7 January 2026');
    expect(draft.value.text).toContain('CSC-2025-0147');
    expect(draft.value.text).toContain('Dear Alex Carter');
    expect(draft.value.text).toContain('Example County Council');
    expect(draft.value.text).toContain('advocate');
  });

  it('gives a corporate complaint the response date counted from an acknowledgement sent today', () => {
    const draft = draftLetter({
      ...base,
      kind: 'acknowledgement',
      file: fileOf(
        { reference: 'COR-2025-0009', procedure: 'corporate', received: '2025-06-10' },
        {},
      ),
      today: '2025-06-11',
    });
    expect(draft.ok && draft.value.text).toContain('25 June 2025');
  });

  it('extends a Stage 1 response to 20 working days, with the reason and the Ombudsman', () => {
    const draft = draftLetter({
      ...base,
      kind: 'extension',
      file: fileOf({}, {}),
      today: '2026-01-05',
      reason: 'we are waiting for the social worker’s records.',
    });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(draft.value.newDue).toBe('2026-01-21');
    expect(draft.value.text).toContain('21 January 2026');
    expect(draft.value.text).toContain('7 January 2026');
    expect(draft.value.text).toContain('waiting for the social worker’s records');
    expect(draft.value.text).toContain('Ombudsman');
  });

  it('asks for the reason of an extension, and refuses one the policy does not allow', () => {
    const noReason = draftLetter({
      ...base,
      kind: 'extension',
      file: fileOf({}, {}),
      today: '2026-01-05',
      reason: '  ',
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'reason_missing' } });
    const compliment = draftLetter({
      ...base,
      kind: 'extension',
      file: fileOf({ type: 'compliment', procedure: null, currentStage: 0 }),
      today: '2026-01-05',
      reason: 'busy',
    });
    expect(compliment).toMatchObject({ ok: false, error: { code: 'no_deadline' } });
  });

  it("uses the council's own template, escaped into HTML", () => {
    const draft = draftLetter({
      ...base,
      recipientName: 'Jo <b>Bloggs</b>',
      templates: {
        'acknowledgement.compliment': 'Hello {{name}}, thanks ({{reference}}) from {{council}}',
      },
      kind: 'acknowledgement',
      file: fileOf({
        type: 'compliment',
        procedure: null,
        currentStage: 0,
        reference: 'COM-2025-0001',
      }),
      today: '2025-12-22',
    });
    expect(draft.ok && draft.value.html).toBe(
      '<p>Hello Jo &lt;b&gt;Bloggs&lt;/b&gt;, thanks (COM-2025-0001) from Example County Council</p>',
    );
  });
});
