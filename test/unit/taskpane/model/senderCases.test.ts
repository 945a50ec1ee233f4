import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../src/data/store';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import type { FeedbackCase, Stage } from '../../../../src/domain/records';
import { asCaseReference, asIsoDate, asListItemId } from '../../../../src/domain/primitives/brand';
import { senderCaseView, senderLookbackStart } from '../../../../src/taskpane/model/senderCases';

const calendar = calendarForNation();

describe('senderLookbackStart: a year before the email came', () => {
  it('the same day a year earlier', () => {
    expect(senderLookbackStart('2025-06-10T10:15:00Z')).toBe('2024-06-10');
    expect(senderLookbackStart('2025-01-01T00:00:00Z')).toBe('2024-01-01');
  });
  it('29 February becomes 28 February the year before', () => {
    expect(senderLookbackStart('2024-02-29T09:00:00Z')).toBe('2023-02-28');
  });
  it('refuses something that is not a date', () => {
    expect(() => senderLookbackStart('yesterday')).toThrow(RangeError);
  });
});

const reference = asCaseReference('CSC-2025-0042');
const stored = <T>(value: T) => ({ itemId: asListItemId('1'), etag: '"1"', value });
const complaint = (over: Partial<FeedbackCase> = {}): FeedbackCase => ({
  schemaVersion: 2,
  reference,
  type: 'complaint',
  procedure: 'children_statutory',
  status: 'open',
  currentStage: 1,
  received: asIsoDate('2025-06-10'),
  summary: '',
  complainant: 'parent',
  causes: [],
  earlyResolution: false,
  learning: [],
  jointWithNhs: false,
  timeLimitWaived: false,
  ...over,
});
const stage = (over: Partial<Stage> = {}): Stage => ({
  schemaVersion: 1,
  caseReference: reference,
  number: 1,
  requested: asIsoDate('2025-06-10'),
  complex: false,
  pauses: [],
  ...over,
});
const file = (c: FeedbackCase, stages: Stage[]): CaseFile => ({
  case: stored(c),
  stages: stages.map(stored),
});

describe('senderCaseView: reference, stage and the next date due', () => {
  it("a children's Stage 1 complaint not yet acknowledged: the acknowledgement is next", () => {
    // Tue 10 Jun 2025 + 3 working days → Fri 13 Jun 2025.
    expect(senderCaseView(file(complaint(), [stage()]), calendar, '2025-06-11')).toEqual({
      reference: 'CSC-2025-0042',
      stage: 'Stage 1',
      due: { label: 'Acknowledgement', due: '2025-06-13' },
    });
  });

  it('once acknowledged, the response is next (10 working days from receipt)', () => {
    const view = senderCaseView(
      file(complaint(), [stage({ acknowledged: asIsoDate('2025-06-11') })]),
      calendar,
      '2025-06-13',
    );
    expect(view.due).toEqual({ label: 'Stage 1 response', due: '2025-06-24' });
  });

  it('an early resolution says so', () => {
    const view = senderCaseView(
      file(complaint({ currentStage: 0 }), [stage({ number: 0 })]),
      calendar,
      '2025-06-11',
    );
    expect(view.stage).toBe('Early resolution');
  });

  it('a compliment has no stage', () => {
    const view = senderCaseView(
      file(complaint({ type: 'compliment', procedure: null, currentStage: 0 }), []),
      calendar,
      '2025-06-11',
    );
    expect(view.stage).toBeUndefined();
    expect(view.reference).toBe('CSC-2025-0042');
  });

  it('without the working calendar yet, no date rather than a wrong one', () => {
    expect(senderCaseView(file(complaint(), [stage()]), undefined, '2025-06-11')).toEqual({
      reference: 'CSC-2025-0042',
      stage: 'Stage 1',
    });
  });
});
