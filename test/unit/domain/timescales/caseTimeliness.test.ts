import { describe, expect, it } from 'vitest';
import {
  defaultCouncilSettings,
  feedbackCaseSchema,
  stageSchema,
  type FeedbackCase,
  type Stage,
} from '../../../../src/domain/records';
import { caseTimeliness, type CaseClock } from '../../../../src/domain/timescales/caseTimeliness';
import { timelinessFromSettings } from '../../../../src/domain/timescales/fromSettings';
import { asIsoDate, type IsoDate } from '../../../../src/domain/primitives/brand';

const d = asIsoDate;
const context = (() => {
  const built = timelinessFromSettings(defaultCouncilSettings());
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
})();

function aCase(fields: Partial<Record<string, unknown>>): FeedbackCase {
  return feedbackCaseSchema.parse({
    schemaVersion: 2,
    reference: 'CSC-2025-0042',
    type: 'complaint',
    procedure: 'children_statutory',
    status: 'open',
    currentStage: 1,
    received: '2025-12-19',
    ...fields,
  });
}

function aStage(fields: Partial<Record<string, unknown>>): Stage {
  return stageSchema.parse({
    schemaVersion: 1,
    caseReference: 'CSC-2025-0042',
    number: 1,
    requested: '2025-12-19',
    ...fields,
  });
}

const byEvent = (clocks: CaseClock[]) => Object.fromEntries(clocks.map((c) => [c.event, c]));

describe('caseTimeliness: children’s statutory', () => {
  it('the worked example: received Fri 2025-12-19, acknowledged 22 Dec, on 5 Jan', () => {
    const clocks = byEvent(
      caseTimeliness(aCase({}), [aStage({ acknowledged: '2025-12-22' })], d('2026-01-05'), context),
    );
    expect(clocks.acknowledgement).toMatchObject({
      stage: 1,
      due: '2025-12-24',
      status: 'met',
      workingDaysTaken: 1,
    });
    expect(clocks.stage1_response).toMatchObject({
      stage: 1,
      kind: 'deadline',
      due: '2026-01-07',
      status: 'due_soon',
      workingDaysTaken: 8,
      workingDaysLeft: 2,
    });
    expect(clocks.stage2_request_window).toBeUndefined();
  });

  it('an agreed extension and a pause move the Stage 1 due date', () => {
    const stage = aStage({
      extension: { agreedOn: '2026-01-05', reason: 'complex history' },
      pauses: [{ from: '2026-01-09', to: '2026-01-14', reason: 'adr' }],
    });
    const clock = byEvent(
      caseTimeliness(aCase({}), [stage], d('2026-01-20'), context),
    ).stage1_response;
    // 20 working days → 2026-01-21, plus 3 paused working days (12, 13, 14 Jan) → 2026-01-26.
    expect(clock).toMatchObject({
      due: '2026-01-26',
      extended: true,
      pausedWorkingDays: 3,
      status: 'on_track',
    });
  });

  it('a pause still running: status paused, and the due date moves with each day', () => {
    const stage = aStage({ pauses: [{ from: '2026-01-05', reason: 'safeguarding_enquiry' }] });
    const on8th = byEvent(
      caseTimeliness(aCase({}), [stage], d('2026-01-08'), context),
    ).stage1_response;
    expect(on8th).toMatchObject({ status: 'paused', pausedWorkingDays: 3, due: '2026-01-12' });
    const on9th = byEvent(
      caseTimeliness(aCase({}), [stage], d('2026-01-09'), context),
    ).stage1_response;
    expect(on9th).toMatchObject({ status: 'paused', pausedWorkingDays: 4, due: '2026-01-13' });
  });

  it('flags a pause over three months without both parties’ agreement', () => {
    const stage = aStage({ pauses: [{ from: '2026-01-05', reason: 'adr' }] });
    const late = byEvent(
      caseTimeliness(aCase({}), [stage], d('2026-04-07'), context),
    ).stage1_response;
    expect(late?.pauseNeedsAgreement).toBe(true);
    const agreed = aStage({ pauses: [{ from: '2026-01-05', reason: 'adr', agreedByBoth: true }] });
    expect(
      byEvent(caseTimeliness(aCase({}), [agreed], d('2026-04-07'), context)).stage1_response
        ?.pauseNeedsAgreement,
    ).toBe(false);
  });

  it('imported pauses (working days only) count on the response clock', () => {
    const stage = aStage({
      responded: '2026-01-12',
      pauses: [{ workingDays: 3, reason: 'imported' }],
    });
    expect(
      byEvent(caseTimeliness(aCase({}), [stage], d('2026-02-01'), context)).stage1_response,
    ).toMatchObject({
      status: 'met',
      workingDaysTaken: 10,
    });
  });

  it('through Stage 2 and Stage 3', () => {
    const stages = [
      aStage({ acknowledged: '2025-12-22', responded: '2026-01-07' }),
      aStage({
        number: 2,
        requested: '2026-01-26',
        started: '2026-02-09',
        acknowledged: '2026-01-27',
        complex: true,
      }),
    ];
    const clocks = byEvent(
      caseTimeliness(aCase({ currentStage: 2 }), stages, d('2026-03-02'), context),
    );
    expect(clocks.stage1_response).toMatchObject({ status: 'met', workingDaysTaken: 10 });
    // The request came 13 working days after the response: inside the 20-day window.
    expect(clocks.stage2_request_window).toMatchObject({
      kind: 'request_window',
      status: 'met',
      workingDaysTaken: 13,
    });
    // Complex case: 65 working days from the request (the Ombudsman's reading), over Easter.
    expect(clocks.stage2_response).toMatchObject({
      stage: 2,
      limit: 65,
      due: '2026-04-29',
      status: 'on_track',
    });

    const fromStatement = caseTimeliness(aCase({ currentStage: 2 }), stages, d('2026-03-02'), {
      ...context,
      childrenStage2ClockStart: 'statement_agreed',
    });
    expect(byEvent(fromStatement).stage2_response).toMatchObject({ clockStart: '2026-02-09' });

    const stage3 = [
      ...stages.slice(0, 1),
      aStage({ number: 2, requested: '2026-01-26', responded: '2026-03-02' }),
      aStage({
        number: 3,
        requested: '2026-03-16',
        panelMet: '2026-04-24',
        panelReport: '2026-04-30',
      }),
    ];
    const later = byEvent(
      caseTimeliness(aCase({ currentStage: 3 }), stage3, d('2026-05-11'), context),
    );
    expect(later.stage3_request_window).toMatchObject({ status: 'met', workingDaysTaken: 10 });
    // Request Mon 16 March; 30 working days over Easter (3 and 6 April) → Wed 29 April.
    expect(later.stage3_panel).toMatchObject({ due: '2026-04-29', status: 'met' });
    expect(later.stage3_panel_report).toMatchObject({
      due: '2026-05-01',
      status: 'met',
      workingDaysTaken: 4,
    });
    // Report Thu 30 April; 15 working days over the 4 May bank holiday → Fri 22 May.
    expect(later.stage3_council_response).toMatchObject({
      due: '2026-05-22',
      status: 'on_track',
      workingDaysLeft: 9,
    });
  });

  it('a late response is met_late; an unanswered one goes overdue', () => {
    const late = byEvent(
      caseTimeliness(aCase({}), [aStage({ responded: '2026-01-09' })], d('2026-02-01'), context),
    );
    expect(late.stage1_response).toMatchObject({ status: 'met_late', workingDaysLeft: -2 });
    const none = byEvent(caseTimeliness(aCase({}), [aStage({})], d('2026-01-09'), context));
    expect(none.stage1_response).toMatchObject({ status: 'overdue', workingDaysLeft: -2 });
    expect(none.acknowledgement).toMatchObject({ status: 'overdue' });
  });

  it('a closed case lists what completed and only open request windows', () => {
    const closed = aCase({ status: 'closed', closed: '2026-01-07' });
    const stages = [aStage({ responded: '2026-01-07' })];
    const soon = caseTimeliness(closed, stages, d('2026-01-20'), context).map((c) => [
      c.event,
      c.status,
    ]);
    expect(soon).toEqual([
      ['stage1_response', 'met'],
      ['stage2_request_window', 'on_track'],
    ]);
    const after = caseTimeliness(closed, stages, d('2026-03-01'), context).map((c) => c.event);
    expect(after).toEqual(['stage1_response']);
  });

  it('ignores stages of other cases and clocks that have not started', () => {
    const other = aStage({ caseReference: 'CSC-2025-0099', number: 2, requested: '2026-01-02' });
    const clocks = caseTimeliness(aCase({}), [aStage({}), other], d('2025-12-31'), context);
    expect(clocks.map((c) => c.event)).toEqual(['acknowledgement', 'stage1_response']);
    expect(caseTimeliness(aCase({}), [aStage({})], d('2025-12-18'), context)).toEqual([]);
  });
});

describe('caseTimeliness: adults’ and corporate', () => {
  it('adults: acknowledgement and the six-month letter', () => {
    const adults = aCase({
      reference: 'ASC-2025-0001',
      procedure: 'adults_statutory',
      received: '2025-08-29',
    });
    const stage = aStage({
      caseReference: 'ASC-2025-0001',
      requested: '2025-08-29',
      acknowledged: '2025-09-02',
    });
    const clocks = byEvent(caseTimeliness(adults, [stage], d('2026-03-02'), context));
    expect(clocks.acknowledgement).toMatchObject({ due: '2025-09-03', status: 'met' });
    expect(clocks.six_month_letter).toMatchObject({
      due: '2026-02-28',
      unit: 'calendar_months',
      status: 'overdue',
    });
  });

  it('corporate: the response runs from the acknowledgement (the Code)', () => {
    const corporate = aCase({
      reference: 'CORP-2025-0001',
      procedure: 'corporate',
      received: '2025-06-02',
    });
    const acknowledged = aStage({
      caseReference: 'CORP-2025-0001',
      requested: '2025-06-02',
      acknowledged: '2025-06-04',
    });
    const clocks = byEvent(caseTimeliness(corporate, [acknowledged], d('2025-06-10'), context));
    expect(clocks.stage1_acknowledgement).toMatchObject({ due: '2025-06-09', status: 'met' });
    expect(clocks.stage1_response).toMatchObject({
      clockStart: '2025-06-04',
      due: '2025-06-18',
      provisionalStart: false,
    });
  });

  it('corporate: before an acknowledgement, its due date stands in as the start', () => {
    const corporate = aCase({
      reference: 'CORP-2025-0001',
      procedure: 'corporate',
      received: '2025-06-02',
    });
    const stage = aStage({ caseReference: 'CORP-2025-0001', requested: '2025-06-02' });
    const clocks = byEvent(caseTimeliness(corporate, [stage], d('2025-06-10'), context));
    expect(clocks.stage1_acknowledgement).toMatchObject({ status: 'overdue' });
    expect(clocks.stage1_response).toMatchObject({
      clockStart: '2025-06-09',
      due: '2025-06-23',
      provisionalStart: true,
    });
  });

  it('corporate Stage 2 with an extension: 20 → 40 working days', () => {
    const corporate = aCase({
      reference: 'CORP-2025-0001',
      procedure: 'corporate',
      currentStage: 2,
      received: '2025-06-02',
    });
    const stages = [
      aStage({
        caseReference: 'CORP-2025-0001',
        requested: '2025-06-02',
        acknowledged: '2025-06-03',
        responded: '2025-06-13',
      }),
      aStage({
        caseReference: 'CORP-2025-0001',
        number: 2,
        requested: '2025-07-01',
        acknowledged: '2025-07-02',
        extension: { agreedOn: '2025-07-20', reason: 'waiting for records' },
      }),
    ];
    const clocks = caseTimeliness(corporate, stages, d('2025-08-01'), context).filter(
      (c) => c.stage === 2,
    );
    expect(byEvent(clocks).stage2_response).toMatchObject({
      limit: 40,
      due: '2025-08-28',
      status: 'on_track',
    });
  });
});

describe('caseTimeliness: compliments, MP enquiries, comments', () => {
  it.each([
    ['compliment', 'acknowledgement', 'acknowledged', 5, '2025-12-30'],
    ['mp_enquiry', 'response', 'responded', 10, '2026-01-07'],
    ['comment', 'response', 'responded', 10, '2026-01-07'],
  ] as const)(
    '%s: %s (completed when %s) within %i working days',
    (type, event, field, limit, due) => {
      const open = aCase({ reference: 'X-1', type, procedure: null, currentStage: 0 });
      expect(caseTimeliness(open, [], d('2025-12-22'), context)).toEqual([
        expect.objectContaining({
          stage: null,
          procedure: type,
          event,
          limit,
          due,
          status: 'on_track',
        }),
      ]);
      const done = aCase({
        reference: 'X-1',
        type,
        procedure: null,
        currentStage: 0,
        [field]: due,
      });
      expect(caseTimeliness(done, [], d('2026-02-01'), context)[0]?.status).toBe('met');
    },
  );

  it('uses the council’s settings: nation, closure days and changed timescales', () => {
    const settings = {
      ...defaultCouncilSettings(),
      nation: 'scotland' as const,
      closureDays: [d('2025-12-29')] as IsoDate[],
      timescaleOverrides: { rules: { mp_enquiry: { response: { limit: 15 } } } },
    };
    const built = timelinessFromSettings(settings);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const mp = aCase({ reference: 'MP-1', type: 'mp_enquiry', procedure: null, currentStage: 0 });
    // 15 working days from 19 Dec, skipping 25, 26, 29 Dec and 1, 2 Jan (Scotland).
    expect(caseTimeliness(mp, [], d('2025-12-22'), built.value)[0]).toMatchObject({
      limit: 15,
      due: '2026-01-16',
    });
  });

  it('refuses invalid timescale changes or an invalid uploaded feed', () => {
    const badPolicy = timelinessFromSettings({
      ...defaultCouncilSettings(),
      timescaleOverrides: { rules: { mp_enquiry: { response: { limit: -5 } } } },
    });
    expect(badPolicy).toMatchObject({ ok: false, error: { code: 'invalid_timescale_policy' } });
    const badFeed = timelinessFromSettings({
      ...defaultCouncilSettings(),
      bankHolidayFeed: { nope: 1 },
    });
    expect(badFeed).toMatchObject({ ok: false, error: { code: 'invalid_bank_holiday_feed' } });
  });
});
